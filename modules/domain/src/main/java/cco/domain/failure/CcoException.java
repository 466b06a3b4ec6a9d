package cco.domain.failure;

/** A failure with a one-line, user-facing message; never shown with a stack trace unless debugging. */
public class CcoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    public CcoException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static CcoException usage(String message) {
        return new CcoException(FailureKind.USAGE, message);
    }

    public FailureKind kind() {
        return kind;
    }
}
