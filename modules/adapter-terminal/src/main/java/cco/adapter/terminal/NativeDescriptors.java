package cco.adapter.terminal;

import cco.domain.port.InheritedDescriptors;
import com.sun.jna.LastErrorException;

/** close(2) on a descriptor inherited from the launcher. */
final class NativeDescriptors implements InheritedDescriptors {

    @Override
    public void close(int fd) {
        try {
            LibC.close(fd);
        } catch (LastErrorException e) {
            // already closed: the reader at the other end has its end of stream
        }
    }
}
