package cco.domain.port;

/** The launcher (jlink/cco) that started this JVM and waits for it. */
public interface Launcher {

    /** Closes {@code fd}, inherited from the launcher, so that the launcher sees the end of what was written there. */
    void closeDescriptor(int fd);

    /** From now on, this process gets SIGHUP when the launcher exits, however it exits. */
    void hangUpWhenItExits();
}
