package dev.swarmdesk.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Log response bodies byte for byte as Engine 20.10 writes them (recorded from the lab swarm). */
final class LogBytes {

    static final String NODE = "sbwf0c9j6khwt00k3ybzcdcwa";
    static final String SERVICE = "sm6p95h7xwokvmgjbafw8vvsh";
    static final String TASK_1 = "92c10d7xg2ckxsxgp80rl84gi";
    static final String TASK_2 = "y6fn6hha23ko3kmzdvgkp15zt";

    /** Recorded: the prefix of `out 10 héllo` from task 1 with timestamps=1&details=1. */
    static final String RECORDED_PREFIX = "2026-11-21T08:03:34.892699975Z com.docker.swarm.node.id=" + NODE
            + ",com.docker.swarm.service.id=" + SERVICE + ",com.docker.swarm.task.id=" + TASK_1 + " ";

    private LogBytes() {
    }

    static String prefix(String time, String task) {
        return time + " com.docker.swarm.node.id=" + NODE + ",com.docker.swarm.service.id=" + SERVICE
                + ",com.docker.swarm.task.id=" + task + " ";
    }

    /** One multiplexed frame: type, three zero bytes, big-endian length, payload. */
    static byte[] frame(int type, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(payload.length >>> 24);
        out.write(payload.length >>> 16);
        out.write(payload.length >>> 8);
        out.write(payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static byte[] frame(int type, String payload) {
        return frame(type, utf8(payload));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The body cut at each of the given positions, as successive socket reads would return it. */
    static List<byte[]> cut(byte[] body, int... at) {
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int a : at) {
            pieces.add(java.util.Arrays.copyOfRange(body, from, a));
            from = a;
        }
        pieces.add(java.util.Arrays.copyOfRange(body, from, body.length));
        return pieces;
    }
}
