package cco.cli;

/** The version cco was built as, filled in by the build. */
final class BuildVersion {
    /**
     * Not a compile-time constant: javac would copy a constant into every class that reads it, and
     * an incremental build after a version change recompiles only this one (install.sh or
     * package.sh run again in a checkout would then report the old version).
     */
    static final String VERSION = String.valueOf("${project.version}");

    private BuildVersion() {
    }
}
