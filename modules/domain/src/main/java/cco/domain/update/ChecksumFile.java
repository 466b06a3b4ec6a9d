package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A checksum file as sha256sum writes it: {@code <64 hex digits>  <file name>}, one line. */
public final class ChecksumFile {
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)\\n?");

    private ChecksumFile() {
    }

    /** The SHA-256 the checksum file gives for {@code archiveName}, in lower case; refused when it names another file. */
    public static String expectedDigest(String content, String archiveName) {
        Matcher matcher = LINE.matcher(content);
        if (!matcher.matches()) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "the checksum file of " + archiveName + " is not one line '<sha256>  <name>'");
        }
        if (!matcher.group(2).equals(archiveName)) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED,
                    "the checksum file of " + archiveName + " is for another file: " + matcher.group(2));
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }
}
