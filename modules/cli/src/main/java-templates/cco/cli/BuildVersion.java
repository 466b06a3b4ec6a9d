package cco.cli;

/** The version cco was built as, filled in by the build. */
final class BuildVersion {
    static final String VERSION = "${project.version}";

    private BuildVersion() {
    }
}
