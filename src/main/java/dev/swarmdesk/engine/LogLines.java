package dev.swarmdesk.engine;

import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogStream;
import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the bytes of a log response into complete lines. Without a TTY the body is multiplexed
 * ({@link LogFrames}); each frame is one message with its own prefix, and the engine cuts a line
 * longer than 16 KiB into several messages, so a message without a line break is kept, per task
 * and stream, until the one that ends it. With a TTY the body is raw text ending lines with CRLF,
 * and a cut line carries the same prefix again in its middle, which is removed. Lines are decoded
 * as UTF-8 only when complete, so a character cut between frames or reads comes out whole.
 */
final class LogLines {

    /** A line that never ends is handed on in pieces of this size rather than held forever. */
    static final int MAX_LINE = 1 << 20;

    private enum Mode { SNIFF, FRAMES, RAW }

    private final boolean timestamps;
    private final boolean details;
    private final Consumer<LogLine> out;
    private final LogFrames frames = new LogFrames(this::frame);
    private final Map<String, Partial> partials = new LinkedHashMap<>();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private Mode mode;

    private static final class Partial {
        final LogPrefix prefix;
        final LogStream stream;
        final ByteArrayOutputStream text = new ByteArrayOutputStream();

        Partial(LogPrefix prefix, LogStream stream) {
            this.prefix = prefix;
            this.stream = stream;
        }
    }

    /** @param tty whether the task has a TTY (raw body); a body that cannot be frames is read raw anyway */
    LogLines(boolean tty, boolean timestamps, boolean details, Consumer<LogLine> out) {
        this.mode = tty ? Mode.RAW : Mode.SNIFF;
        this.timestamps = timestamps;
        this.details = details;
        this.out = out;
    }

    void feed(byte[] b, int off, int len) {
        if (mode == Mode.SNIFF) {
            // decide on the first four bytes, which may come in more than one read
            raw.write(b, off, len);
            if (raw.size() < 4) {
                return;
            }
            byte[] first = raw.toByteArray();
            raw.reset();
            mode = LogFrames.looksLikeHeader(first, 0) ? Mode.FRAMES : Mode.RAW;
            b = first;
            off = 0;
            len = first.length;
        }
        if (mode == Mode.FRAMES) {
            frames.feed(b, off, len);
        } else {
            rawBytes(b, off, len);
        }
    }

    /** The body ended: what is left of an unfinished line is a line too. */
    void finish() {
        if (mode == Mode.SNIFF && raw.size() > 0) {
            mode = Mode.RAW;
        }
        if (mode == Mode.RAW && raw.size() > 0) {
            byte[] rest = raw.toByteArray();
            raw.reset();
            rawLine(rest, rest.length);
        }
        for (Partial p : partials.values()) {
            emit(p.prefix, p.stream, p.text.toByteArray(), 0, p.text.size());
        }
        partials.clear();
    }

    private void frame(int type, byte[] payload) {
        if (type == LogFrames.SYSTEMERR) {
            throw new ClusterAccessException(Kind.REFUSED,
                    "the engine reported: " + new String(payload, StandardCharsets.UTF_8).trim());
        }
        LogStream stream = type == LogFrames.STDERR ? LogStream.STDERR : LogStream.STDOUT;
        LogPrefix prefix = LogPrefix.parse(payload, 0, payload.length, timestamps, details);
        String key = prefix.attribute(LogPrefix.TASK_ID) + '/' + stream;
        int start = prefix.length();
        for (int nl; (nl = LogPrefix.indexOf(payload, (byte) '\n', start, payload.length)) >= 0; start = nl + 1) {
            Partial p = partials.remove(key);
            if (p == null) {
                emit(prefix, stream, payload, start, nl);
            } else {
                p.text.write(payload, start, nl - start);
                emit(p.prefix, stream, p.text.toByteArray(), 0, p.text.size());
            }
        }
        if (start < payload.length) {
            Partial p = partials.computeIfAbsent(key, k -> new Partial(prefix, stream));
            p.text.write(payload, start, payload.length - start);
            if (p.text.size() >= MAX_LINE) {
                partials.remove(key);
                emit(p.prefix, stream, p.text.toByteArray(), 0, p.text.size());
            }
        }
    }

    private void rawBytes(byte[] b, int off, int len) {
        int end = off + len;
        int start = off;
        for (int nl; (nl = LogPrefix.indexOf(b, (byte) '\n', start, end)) >= 0; start = nl + 1) {
            if (raw.size() == 0) {
                rawLine(Arrays.copyOfRange(b, start, nl), nl - start);
            } else {
                raw.write(b, start, nl - start);
                byte[] line = raw.toByteArray();
                raw.reset();
                rawLine(line, line.length);
            }
        }
        raw.write(b, start, end - start);
        if (raw.size() >= MAX_LINE) {
            byte[] line = raw.toByteArray();
            raw.reset();
            rawLine(line, line.length);
        }
    }

    private void rawLine(byte[] line, int end) {
        LogPrefix prefix = LogPrefix.parse(line, 0, end, timestamps, details);
        int textStart = prefix.length();
        if (textStart > 0) {
            // a line the engine cut into messages repeats the same prefix where each piece starts
            byte[] marker = Arrays.copyOf(line, textStart);
            ByteArrayOutputStream joined = null;
            int from = textStart;
            for (int at; (at = find(line, marker, from, end)) >= 0; from = at + marker.length) {
                joined = joined == null ? new ByteArrayOutputStream(end) : joined;
                joined.write(line, from, at - from);
            }
            if (joined != null) {
                joined.write(line, from, end - from);
                emit(prefix, LogStream.STDOUT, joined.toByteArray(), 0, joined.size());
                return;
            }
        }
        emit(prefix, LogStream.STDOUT, line, textStart, end);
    }

    private static int find(byte[] b, byte[] marker, int from, int end) {
        outer:
        for (int i = from; i <= end - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (b[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void emit(LogPrefix prefix, LogStream stream, byte[] b, int start, int end) {
        if (end > start && b[end - 1] == '\r') {
            end--;
        }
        String text = new String(b, start, end - start, StandardCharsets.UTF_8);
        out.accept(new LogLine(prefix.time(), prefix.attribute(LogPrefix.SERVICE_ID),
                prefix.attribute(LogPrefix.TASK_ID), prefix.attribute(LogPrefix.NODE_ID), stream, text));
    }
}
