package cco.adapter.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The host's extra CA certificates, which a corporate TLS proxy needs trusted: those installed
 * under /usr/local/share/ca-certificates, and the bundles named by NODE_EXTRA_CA_CERTS and
 * SSL_CERT_FILE. Unreadable ones are left out: they could not be trusted on the host either.
 * Docker images trust them, and so does self-update's https.
 */
public final class HostCertificates {
    private static final Path LOCAL_CERTIFICATES = Path.of("/usr/local/share/ca-certificates");
    private static final java.util.regex.Pattern CERTIFICATE = java.util.regex.Pattern.compile(
            "-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----");

    private HostCertificates() {
    }

    /** Each file's certificates, in PEM, by a name of its own. */
    public static Map<String, byte[]> installed(Map<String, String> environment) {
        return of(environment, LOCAL_CERTIFICATES);
    }

    static Map<String, byte[]> of(Map<String, String> environment, Path localCertificates) {
        Map<String, byte[]> certificates = new TreeMap<>();
        if (Files.isDirectory(localCertificates)) {
            try (Stream<Path> files = Files.walk(localCertificates)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".crt") && Files.isRegularFile(path)).sorted().toList()) {
                    read(file).ifPresent(content -> certificates.put("local-" + flat(localCertificates.relativize(file)), content));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // An unreadable directory holds nothing cco can pass on.
            }
        }
        for (String variable : List.of("NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE")) {
            String value = environment.getOrDefault(variable, "");
            if (value.startsWith("/")) {
                read(Path.of(value)).ifPresent(content -> certificates.put(variable.toLowerCase(java.util.Locale.ROOT) + ".crt", content));
            }
        }
        return certificates;
    }

    private static String flat(Path relative) {
        return relative.toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The certificates of a PEM file and nothing else: a bundle may hold a private key too, and
     * what is read here goes into an image layer every user of the daemon can read.
     */
    private static java.util.Optional<byte[]> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return java.util.Optional.empty();
            }
            StringBuilder certificates = new StringBuilder();
            java.util.regex.Matcher matcher = CERTIFICATE.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                certificates.append(matcher.group()).append('\n');
            }
            return certificates.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(certificates.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
