package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * One file fetched over https into a directory, under the name the URL ends with. Redirects are
 * followed except to plain http; a release is refused above a size no bundle reaches.
 */
final class HttpsDownload {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(10);
    private static final long LARGEST_FILE = 1L << 30;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._+-]+");

    private final HttpClient client;

    HttpsDownload(SSLContext trust) {
        this.client = HttpClient.newBuilder().sslContext(trust).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Path fetch(URI url, Path directory) {
        return fetch(url, directory, false).orElseThrow();
    }

    /** Empty when the server says it has no such file (404, 410); any other failure is one. */
    Optional<Path> fetchIfThere(URI url, Path directory) {
        return fetch(url, directory, true);
    }

    private Optional<Path> fetch(URI url, Path directory, boolean mayBeMissing) {
        Path target = directory.resolve(fileName(url));
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(TRANSFER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // 403: what object stores (S3, CloudFront) answer for an object that is not there.
                if (mayBeMissing && (response.statusCode() == 403 || response.statusCode() == 404 || response.statusCode() == 410)) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw failure(url, "the server answered " + response.statusCode());
                }
                copyAtMost(body, target, url);
            }
            return Optional.of(target);
        } catch (HttpTimeoutException e) {
            throw failure(url, "no answer in time");
        } catch (IOException e) {
            throw failure(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(url, "interrupted");
        }
    }

    /** The last segment of the URL's path, undecoded: an escaped slash cannot make it a path elsewhere. */
    private static String fileName(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!"https".equals(url.getScheme()) || url.getRawQuery() != null || !FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new CcoException(FailureKind.USAGE, "self-update: " + url + " is not an https URL of a release archive "
                    + "(https://HOST/PATH/cco-VERSION-linux-ARCH.tar.gz, its checksum at the same URL plus .sha256)");
        }
        return name;
    }

    private static void copyAtMost(InputStream body, Path target, URI url) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                copied += read;
                if (copied > LARGEST_FILE) {
                    throw failure(url, "larger than " + LARGEST_FILE + " bytes");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static CcoException failure(URI url, String why) {
        return new CcoException(FailureKind.UPDATE, "self-update: cannot download " + url + ": " + why);
    }
}
