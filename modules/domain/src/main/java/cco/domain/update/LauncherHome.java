package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;

/** The release's launcher holds the placeholder {@code '@CCO_HOME@'} where its absolute home goes (jlink/cco). */
public final class LauncherHome {
    private static final String PLACEHOLDER = "'@CCO_HOME@'";

    private LauncherHome() {
    }

    /** The launcher for a bundle at {@code home}; the home is quoted in single quotes, so it may not hold one (nor a backslash or a newline). */
    public static String substitute(String launcher, String home) {
        if (home.contains("'") || home.contains("\\") || home.contains("\n") || !home.startsWith("/")) {
            throw new CcoException(FailureKind.UPDATE, "cannot install into " + home + ": the launcher needs an absolute path without a quote, backslash or newline");
        }
        int at = launcher.indexOf(PLACEHOLDER);
        if (at < 0 || launcher.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "the release's launcher bin/cco does not hold its home's placeholder once");
        }
        return launcher.substring(0, at) + "'" + home + "'" + launcher.substring(at + PLACEHOLDER.length());
    }
}
