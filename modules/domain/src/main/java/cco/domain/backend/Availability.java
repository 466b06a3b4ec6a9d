package cco.domain.backend;

/** Whether a backend can isolate a session on this machine, and if not, why and how to fix it. */
public sealed interface Availability {

    record Usable(String detail) implements Availability {
    }

    record Unusable(String reason, String fix) implements Availability {
    }
}
