package cco.domain.backend;

/** A backend that was considered and could not be used. */
public record Rejection(BackendKind kind, Availability.Unusable why) {

    public String describe() {
        return kind.displayName() + ": " + why.reason() + " (fix: " + why.fix() + ")";
    }
}
