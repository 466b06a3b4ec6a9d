package cco.domain.update;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release's semantic version, MAJOR.MINOR.PATCH[-PRE-RELEASE]; build metadata (+...) is not accepted. */
public record ReleaseVersion(long major, long minor, long patch, List<String> preRelease) implements Comparable<ReleaseVersion> {
    private static final Pattern SHAPE = Pattern.compile(
            "(0|[1-9][0-9]{0,17})\\.(0|[1-9][0-9]{0,17})\\.(0|[1-9][0-9]{0,17})(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,18}");

    public ReleaseVersion {
        preRelease = List.copyOf(preRelease);
    }

    public static Optional<ReleaseVersion> parse(String text) {
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> preRelease = matcher.group(4) == null ? List.of() : List.of(matcher.group(4).split("\\."));
        return Optional.of(new ReleaseVersion(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3)), preRelease));
    }

    /** Semantic Versioning's precedence: a pre-release comes before its release; numeric identifiers before others. */
    @Override
    public int compareTo(ReleaseVersion other) {
        int core = Long.compare(major, other.major);
        core = core != 0 ? core : Long.compare(minor, other.minor);
        core = core != 0 ? core : Long.compare(patch, other.patch);
        if (core != 0) {
            return core;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            int identifier = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (identifier != 0) {
                return identifier;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifiers(String one, String other) {
        boolean oneNumeric = NUMERIC.matcher(one).matches();
        boolean otherNumeric = NUMERIC.matcher(other).matches();
        if (oneNumeric && otherNumeric) {
            return Long.compare(Long.parseLong(one), Long.parseLong(other));
        }
        if (oneNumeric != otherNumeric) {
            return oneNumeric ? -1 : 1;
        }
        return one.compareTo(other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease));
    }
}
