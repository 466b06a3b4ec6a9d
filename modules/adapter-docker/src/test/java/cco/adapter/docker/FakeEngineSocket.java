package cco.adapter.docker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A unix socket that answers every connection with one canned HTTP response, or with silence. */
final class FakeEngineSocket implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Thread acceptor;

    FakeEngineSocket(Path socket, String response) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = Thread.ofVirtual().start(() -> serve(response));
    }

    private void serve(String response) {
        try {
            while (true) {
                try (SocketChannel client = server.accept()) {
                    client.read(ByteBuffer.allocate(4096));
                    if (response == null) {
                        Thread.sleep(10_000);
                    } else {
                        client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // closed by the test
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
