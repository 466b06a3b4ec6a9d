package cco.adapter.bubblewrap;

/** What is at a host path, following symlinks. */
enum FileKind {
    MISSING, DIRECTORY, OTHER
}
