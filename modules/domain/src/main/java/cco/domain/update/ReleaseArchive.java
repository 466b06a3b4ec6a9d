package cco.domain.update;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release of cco as install/package.sh makes it: {@code cco-VERSION-linux-ARCH.tar.gz}, whose
 * one top directory is {@code cco-VERSION/}, beside its checksum file {@code ARCHIVE.sha256} and,
 * when it is signed, the checksum file's signature {@code ARCHIVE.sha256.sig}.
 */
public record ReleaseArchive(ReleaseVersion version, String architecture) {
    private static final Pattern NAME = Pattern.compile("cco-(.+)-linux-([a-z0-9_]+)\\.tar\\.gz");

    public static Optional<ReleaseArchive> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return ReleaseVersion.parse(matcher.group(1)).map(version -> new ReleaseArchive(version, matcher.group(2)));
    }

    /** The newest release for this machine's architecture among the file names of a directory. */
    public static Optional<ReleaseArchive> newest(Collection<String> fileNames, String architecture) {
        return fileNames.stream().map(ReleaseArchive::parse).flatMap(Optional::stream)
                .filter(release -> release.architecture.equals(architecture))
                .max(Comparator.comparing(ReleaseArchive::version));
    }

    /** The machine names releases use ({@code uname -m}) for the JVM's os.arch. */
    public static String architectureOf(String osArch) {
        return switch (osArch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> osArch;
        };
    }

    public String fileName() {
        return "cco-" + version + "-linux-" + architecture + ".tar.gz";
    }

    public String checksumFileName() {
        return checksumOf(fileName());
    }

    /** Where a release archive's checksum file is: beside it, its name (or URL) plus ".sha256". */
    public static String checksumOf(String archive) {
        return archive + ".sha256";
    }

    /** Where the signature of a release archive's checksum file is: beside it, the checksum file's name (or URL) plus ".sig". */
    public static String signatureOf(String archive) {
        return checksumOf(archive) + ".sig";
    }

    public String topDirectory() {
        return "cco-" + version;
    }
}
