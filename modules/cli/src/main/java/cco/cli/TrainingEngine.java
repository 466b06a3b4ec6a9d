package cco.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A stand-in for the Docker Engine API on a unix socket, for the AOT training of a Docker session
 * only (no daemon need run at install): it answers the calls a warm session makes (ping, list,
 * inspect, create, attach, start, wait, remove) with the smallest valid answers, so that the
 * training loads, links and profiles docker-java's path as a real session does.
 */
final class TrainingEngine implements AutoCloseable {
    private static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private final ServerSocketChannel server;

    TrainingEngine(Path socket) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread acceptor = new Thread(this::accept, "cco-training-engine");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread worker = new Thread(() -> serve(connection), "cco-training-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(SocketChannel connection) {
        try (connection; InputStream in = Channels.newInputStream(connection); OutputStream out = Channels.newOutputStream(connection)) {
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                long length = 0;
                boolean chunked = false;
                for (String header; !(header = line(in)).isEmpty(); ) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(lower.substring("content-length:".length()).strip());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                skipBody(in, length, chunked);
                String[] parts = requestLine.split(" ");
                String path = parts[1].replaceFirst("^/v[0-9.]+", "").replaceFirst("\\?.*", "");
                if (!answer(parts[0], path, out)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The training goes on without this connection.
        }
    }

    /** False when the connection ends with the answer (an attachment's stream). */
    private static boolean answer(String method, String path, OutputStream out) throws IOException {
        if (path.endsWith("/attach")) {
            out.write(("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\n"
                    + "Upgrade: tcp\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            pause(); // an attachment that ends at once is never reported started
            return false;
        }
        if (path.equals("/_ping")) {
            respond(out, 200, "text/plain", "OK");
        } else if (path.equals("/containers/json")) {
            respond(out, 200, "application/json", "[]");
        } else if (path.startsWith("/images/") && path.endsWith("/json")) {
            respond(out, 200, "application/json", "{\"Id\":\"sha256:" + ID + "\",\"RepoTags\":[],\"Config\":{}}");
        } else if (path.equals("/containers/create")) {
            respond(out, 201, "application/json", "{\"Id\":\"" + ID + "\",\"Warnings\":[]}");
        } else if (path.endsWith("/wait")) {
            respond(out, 200, "application/json", "{\"StatusCode\":0}");
        } else if (path.endsWith("/start") || method.equals("DELETE") || path.endsWith("/resize")) {
            respond(out, 204, "text/plain", "");
        } else {
            respond(out, 404, "application/json", "{\"message\":\"not part of the training\"}");
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(OutputStream out, int status, String type, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nApi-Version: 1.41\r\nContent-Type: " + type + "\r\nContent-Length: " + content.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
    }

    private static void skipBody(InputStream in, long length, boolean chunked) throws IOException {
        if (!chunked) {
            in.skipNBytes(length);
            return;
        }
        for (long size; (size = Long.parseLong(line(in).strip(), 16)) > 0; ) {
            in.skipNBytes(size);
            line(in);
        }
        line(in);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
