package cco.domain.port;

/** What a relay needs to follow Ctrl-Z where the session's terminal is cco's own pseudo-terminal on this host. */
public interface JobControl {

    /**
     * True when a process of the terminal's foreground process group is stopped: after Ctrl-Z the
     * whole job (its session leader then stops itself and takes the foreground), or an agent
     * that suspended itself.
     */
    boolean foregroundStopped();

    /** Continues the terminal's foreground process group and the session leader's (SIGCONT). */
    void continueForeground();
}
