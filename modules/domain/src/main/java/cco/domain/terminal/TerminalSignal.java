package cco.domain.terminal;

/** The signals the terminal layer acts on, by their POSIX names. */
public enum TerminalSignal {
    HANGUP("HUP"),
    INTERRUPT("INT"),
    TERMINATE("TERM"),
    WINDOW_CHANGE("WINCH"),
    CONTINUE("CONT");

    private final String posixName;

    TerminalSignal(String posixName) {
        this.posixName = posixName;
    }

    public String posixName() {
        return posixName;
    }

    /** The shell's convention for a process ended by this signal: 128 + its number (the same on every POSIX system). */
    public int exitStatus() {
        return switch (this) {
            case HANGUP -> 129;
            case INTERRUPT -> 130;
            case TERMINATE -> 143;
            case WINDOW_CHANGE, CONTINUE -> throw new IllegalStateException(posixName + " does not end a session");
        };
    }
}
