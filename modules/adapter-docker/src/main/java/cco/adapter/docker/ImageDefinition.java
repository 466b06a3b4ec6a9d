package cco.adapter.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Everything that defines cco's agent image: the Dockerfile and entrypoint shipped in this
 * module, the base image (by id, so a re-pulled base is a new definition), the extra packages,
 * and the host's extra CA certificates. Its tag is a hash of all of them.
 */
record ImageDefinition(String baseImage, String baseImageId, List<String> extraPackages, Map<String, byte[]> caCertificates) {
    static final String REPOSITORY = "cco-agent";
    static final String LABEL_IMAGE = "dev.cco.image";

    ImageDefinition {
        extraPackages = List.copyOf(extraPackages);
        caCertificates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(caCertificates));
    }

    String tag() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : List.of(resource("Dockerfile"), resource("entrypoint"), baseImageId.getBytes(StandardCharsets.UTF_8),
                    String.join(",", extraPackages).getBytes(StandardCharsets.UTF_8))) {
                digest.update(part);
                digest.update((byte) 0);
            }
            caCertificates.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            });
            return REPOSITORY + ":" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The build context: the Dockerfile, the entrypoint and the CA certificates, as a tar stream. */
    byte[] context() {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            add(out, "Dockerfile", resource("Dockerfile"), 0644);
            add(out, "entrypoint", resource("entrypoint"), 0755);
            TarArchiveEntry directory = new TarArchiveEntry("ca-certificates/");
            directory.setMode(040755);
            out.putArchiveEntry(directory);
            out.closeArchiveEntry();
            for (Map.Entry<String, byte[]> certificate : caCertificates.entrySet()) {
                add(out, "ca-certificates/" + certificate.getKey(), certificate.getValue(), 0644);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tar.toByteArray();
    }

    private static void add(TarArchiveOutputStream out, String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(mode);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    static byte[] resource(String name) {
        try (InputStream in = ImageDefinition.class.getResourceAsStream("image/" + name)) {
            if (in == null) {
                throw new IllegalStateException("cco's image " + name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
