package dev.swarmdesk.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine puts before a log line's text with timestamps=1 and details=1: the time, a
 * space, the details (comma-separated key=value pairs, each side query-escaped, sorted by key),
 * a space. Engine 20.10 writes, for a service task:
 * {@code 2026-11-21T08:03:34.892699975Z com.docker.swarm.node.id=sbwf…,com.docker.swarm.service.id=sm6p…,com.docker.swarm.task.id=92c1… out 10}
 *
 * @param time the line's time, or null when there was none (or it did not parse)
 * @param attributes the details, decoded
 * @param length how many bytes of the line the prefix takes, including its spaces
 */
record LogPrefix(Instant time, Map<String, String> attributes, int length) {

    static final String NODE_ID = "com.docker.swarm.node.id";
    static final String SERVICE_ID = "com.docker.swarm.service.id";
    static final String TASK_ID = "com.docker.swarm.task.id";

    /** The longest timestamp the engine writes (with a numeric offset) has 35 characters. */
    private static final int MAX_TIME = 40;

    static LogPrefix parse(byte[] b, int off, int end, boolean timestamps, boolean details) {
        int at = off;
        Instant time = null;
        if (timestamps) {
            int space = indexOf(b, (byte) ' ', at, Math.min(end, at + MAX_TIME));
            if (space > at) {
                try {
                    time = Instant.parse(new String(b, at, space - at, StandardCharsets.US_ASCII));
                    at = space + 1;
                } catch (DateTimeParseException e) {
                    // not a timestamp: the whole line is text
                }
            }
        }
        Map<String, String> attrs = Map.of();
        if (details && at < end) {
            int space = indexOf(b, (byte) ' ', at, end);
            if (space == at) {
                at++; // a line without details: the engine writes an empty token
            } else if (space > at && indexOf(b, (byte) '=', at, space) > at) {
                attrs = attributes(new String(b, at, space - at, StandardCharsets.UTF_8));
                at = space + 1;
            }
        }
        return new LogPrefix(time, attrs, at - off);
    }

    private static Map<String, String> attributes(String token) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : token.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(unescape(pair.substring(0, eq)), unescape(pair.substring(eq + 1)));
            }
        }
        return Map.copyOf(out);
    }

    private static String unescape(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static int indexOf(byte[] b, byte wanted, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }
}
