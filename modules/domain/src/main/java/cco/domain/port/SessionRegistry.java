package cco.domain.port;

import cco.domain.lifecycle.Owner;
import cco.domain.lifecycle.SessionRecord;
import java.util.List;

/** The records of this user's sessions in cco's state, and the lock all of them take to change any. */
public interface SessionRegistry {

    /** Held while sessions start, finish or are recovered; released by close. */
    Lock lock();

    /** The running process {@code pid} as a session's owner. */
    Owner owner(long pid);

    /** A new record, with its directory and the marker of the session's start, owned by {@code owner}, with no aftermath yet. */
    SessionRecord open(Owner owner);

    /** Writes the record, replacing the earlier version whole. */
    void save(SessionRecord record);

    /** Every readable record. */
    List<SessionRecord> all();

    boolean alive(Owner owner);

    /** The file whose modification time is the session's start (ctime of later changes is newer). */
    java.nio.file.Path started(SessionRecord record);

    /** Removes the record and its directory. */
    void delete(SessionRecord record);

    interface Lock extends AutoCloseable {
        @Override
        void close();
    }
}
