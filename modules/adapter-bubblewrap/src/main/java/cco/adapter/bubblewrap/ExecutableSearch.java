package cco.adapter.bubblewrap;

import java.io.File;

/**
 * Where cco looks for the programs it runs outside the sandbox: the system directories first,
 * then $PATH (ProgramLocator ignores its relative entries), so that a program planted in a
 * writable directory (the project, for one) cannot stand in for bwrap in a later session.
 */
final class ExecutableSearch {
    static final String SYSTEM_DIRECTORIES = "/usr/bin:/bin:/usr/sbin:/sbin:/usr/local/bin";

    private ExecutableSearch() {
    }

    /** The system directories, then the entries of $PATH. */
    static String systemThenPath(String pathVariable) {
        return SYSTEM_DIRECTORIES + File.pathSeparator + (pathVariable == null ? "" : pathVariable);
    }
}
