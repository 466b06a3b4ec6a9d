package cco.adapter.terminal;

import cco.domain.port.Launcher;

/** close(2) and prctl(PR_SET_PDEATHSIG) towards the launcher, this process's parent. */
final class LinuxLauncher implements Launcher {

    @Override
    public void closeDescriptor(int fd) {
        Descriptors.closeQuietly(fd);
    }

    @Override
    public void hangUpWhenItExits() {
        LibC.prctl(LibC.PR_SET_PDEATHSIG, LibC.SIGHUP, 0, 0, 0);
    }
}
