package dev.swarmdesk.cluster;

import java.time.Instant;
import java.util.Objects;

/**
 * What to read from {@link ClusterSource#streamLogs}: the log of a whole service (every task,
 * merged) or of one task.
 *
 * @param follow keep the stream open and deliver new lines as they are written
 * @param timestamps ask the engine for each line's time ({@link LogLine#time()} is null otherwise)
 * @param tail how many of the latest lines per task to start with, or {@link #ALL}
 * @param since only lines written at or after this moment, or null for no limit
 */
public record LogRequest(Target target, String id, boolean follow, boolean timestamps, long tail, Instant since) {

    /** Every line there is. */
    public static final long ALL = -1;

    /** Whose log. */
    public enum Target { SERVICE, TASK }

    public LogRequest {
        Objects.requireNonNull(target, "target");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a log request needs a service or task id");
        }
        if (tail < ALL) {
            throw new IllegalArgumentException("tail must be a count or ALL: " + tail);
        }
    }

    /** The whole log of a service, followed, with timestamps. */
    public static LogRequest service(String serviceId) {
        return new LogRequest(Target.SERVICE, serviceId, true, true, ALL, null);
    }

    /** The whole log of one task, followed, with timestamps. */
    public static LogRequest task(String taskId) {
        return new LogRequest(Target.TASK, taskId, true, true, ALL, null);
    }

    public LogRequest withFollow(boolean newFollow) {
        return new LogRequest(target, id, newFollow, timestamps, tail, since);
    }

    public LogRequest withTimestamps(boolean newTimestamps) {
        return new LogRequest(target, id, follow, newTimestamps, tail, since);
    }

    public LogRequest withTail(long newTail) {
        return new LogRequest(target, id, follow, timestamps, newTail, since);
    }

    public LogRequest withSince(Instant newSince) {
        return new LogRequest(target, id, follow, timestamps, tail, newSince);
    }
}
