package cco.domain.port;

/** File descriptors cco inherited from its launcher. */
public interface InheritedDescriptors {

    /** Closes {@code fd} in this process, so that the reader at its other end sees the end of the stream. */
    void close(int fd);
}
