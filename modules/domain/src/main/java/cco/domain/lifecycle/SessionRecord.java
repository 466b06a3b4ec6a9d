package cco.domain.lifecycle;

import cco.domain.launch.Aftermath;
import java.nio.file.Path;

/**
 * A session's entry in cco's state: a directory of its own (its private copies, the marker of its
 * start) and, written before anything is created on the host, its owner and its aftermath.
 */
public record SessionRecord(Path directory, Owner owner, Aftermath aftermath) {

    public SessionRecord with(Aftermath replaced) {
        return new SessionRecord(directory, owner, replaced);
    }
}
