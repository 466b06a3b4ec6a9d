package cco.domain.terminal;

/** The signals the terminal layer acts on, with their POSIX names and numbers (the same on Linux and macOS). */
public enum TerminalSignal {
    HANGUP("HUP", 1),
    INTERRUPT("INT", 2),
    TERMINATE("TERM", 15),
    WINDOW_CHANGE("WINCH", 28),
    CONTINUE("CONT", -1);

    private final String posixName;
    private final int number;

    TerminalSignal(String posixName, int number) {
        this.posixName = posixName;
        this.number = number;
    }

    public String posixName() {
        return posixName;
    }

    /** True for the signals that end a session relayed by cco. */
    public boolean ends() {
        return this == HANGUP || this == INTERRUPT || this == TERMINATE;
    }

    /** The shell's convention for a process ended by this signal: 128 + its number. */
    public int exitStatus() {
        if (!ends()) {
            throw new IllegalStateException(posixName + " does not end a session");
        }
        return 128 + number;
    }
}
