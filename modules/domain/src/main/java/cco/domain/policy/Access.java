package cco.domain.policy;

/** What the sandboxed agent may do with a path. */
public enum Access {
    READ_WRITE("read-write"),
    READ_ONLY("read-only"),
    /** Invisible or unreadable inside the sandbox. */
    DENIED("denied"),
    /** A fresh, empty, writable directory private to the session; nothing of the host's shows. */
    PRIVATE("private");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
