package cco.adapter.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks a Docker Engine whether it is alive ({@code GET /_ping}) over its unix socket, with a
 * deadline, using only the JDK so that the check costs no library start-up.
 */
final class EnginePing {
    private static final int MAX_RESPONSE_BYTES = 16 * 1024;

    /** The engine's answer: its HTTP status and the API version it announces. */
    record Answer(int status, Optional<String> apiVersion) {
    }

    private EnginePing() {
    }

    static Answer ping(Path socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            ByteBuffer response = ByteBuffer.allocate(MAX_RESPONSE_BYTES);
            while (response.hasRemaining()) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0 || selector.select(remainingMillis) == 0) {
                    throw new IOException("no answer within " + timeout.toMillis() + " ms");
                }
                selector.selectedKeys().clear();
                if (channel.read(response) < 0) {
                    break;
                }
            }
            return parse(new String(response.array(), 0, response.position(), StandardCharsets.ISO_8859_1));
        }
    }

    static Answer parse(String response) throws IOException {
        String[] lines = response.split("\r\n");
        String[] statusLine = lines[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + statusLine[1], e);
        }
        Optional<String> apiVersion = Optional.empty();
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).toLowerCase(Locale.ROOT).equals("api-version")) {
                apiVersion = Optional.of(lines[i].substring(colon + 1).strip());
            }
        }
        return new Answer(status, apiVersion);
    }
}
