package cco.domain.backend;

/** A concrete isolation mechanism. */
public enum BackendKind {
    BUBBLEWRAP("native (bubblewrap)", true),
    SEATBELT("native (Seatbelt)", true),
    DOCKER("docker", false);

    private final String displayName;
    private final boolean isNative;

    BackendKind(String displayName, boolean isNative) {
        this.displayName = displayName;
        this.isNative = isNative;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isNative() {
        return isNative;
    }
}
