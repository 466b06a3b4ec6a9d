package cco.domain.mount;

/** What is at a host path, following symlinks, as the mount plan sees it. */
enum FileKind {
    MISSING, DIRECTORY, OTHER
}
