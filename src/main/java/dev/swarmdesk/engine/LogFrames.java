package dev.swarmdesk.engine;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;

/**
 * Splits the engine's multiplexed log stream (a service without a TTY) into frames: an 8-byte
 * header (stream type, three zero bytes, big-endian uint32 payload length), then the payload.
 * It is fed whatever the socket returns, so a header or a payload may be cut anywhere.
 * Bytes that are not frames end the stream with a {@link ClusterAccessException}.
 */
final class LogFrames {

    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;
    /** Newer engines report an error in the middle of a stream with this type. */
    static final int SYSTEMERR = 3;

    /** No frame the engine writes comes near this; a larger length means the bytes are not frames. */
    private static final int MAX_PAYLOAD = 16 << 20;

    /** Receives each complete frame. */
    interface Sink {
        void frame(int type, byte[] payload);
    }

    private final Sink sink;
    private final byte[] header = new byte[8];
    private int headerFill;
    private byte[] payload;
    private int payloadFill;

    LogFrames(Sink sink) {
        this.sink = sink;
    }

    /** Whether four bytes can start a frame header (what a raw TTY stream almost never starts with). */
    static boolean looksLikeHeader(byte[] b, int off) {
        return (b[off] & 0xff) <= SYSTEMERR && b[off + 1] == 0 && b[off + 2] == 0 && b[off + 3] == 0;
    }

    void feed(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (payload == null) {
                int n = Math.min(8 - headerFill, end - off);
                System.arraycopy(b, off, header, headerFill, n);
                headerFill += n;
                off += n;
                if (headerFill == 8) {
                    startPayload();
                }
            } else {
                int n = Math.min(payload.length - payloadFill, end - off);
                System.arraycopy(b, off, payload, payloadFill, n);
                payloadFill += n;
                off += n;
            }
            if (payload != null && payloadFill == payload.length) {
                byte[] done = payload;
                payload = null;
                headerFill = 0;
                sink.frame(header[0] & 0xff, done);
            }
        }
    }

    private void startPayload() {
        long length = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                | (header[7] & 0xff);
        if (!looksLikeHeader(header, 0) || length > MAX_PAYLOAD) {
            throw new ClusterAccessException(Kind.REFUSED, String.format("the engine's log stream is garbled (frame header %02x %02x %02x %02x,"
                    + " length %d)", header[0], header[1], header[2], header[3], length));
        }
        payload = new byte[(int) length];
        payloadFill = 0;
    }
}
