package dev.swarmdesk.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Kills a container with one Engine API request over a node's unix socket: no process start in
 * the measured path, so the benchmark's zero is the moment the kill is sent.
 */
final class RawKill {

    private RawKill() {
    }

    static void kill(String dockerHost, String containerId) throws IOException {
        String path = URI.create(dockerHost).getPath();
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(path));
            String req = "POST /containers/" + containerId + "/kill HTTP/1.1\r\nHost: engine\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            ch.write(ByteBuffer.wrap(req.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocate(4096);
            ch.read(buf);
            String reply = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
            if (!reply.startsWith("HTTP/1.1 204") && !reply.startsWith("HTTP/1.0 204")) {
                throw new IOException("kill refused: " + reply.lines().findFirst().orElse(reply));
            }
        }
    }
}
