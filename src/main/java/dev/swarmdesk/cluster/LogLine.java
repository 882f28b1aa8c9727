package dev.swarmdesk.cluster;

import java.time.Instant;
import java.util.Objects;

/**
 * One complete line of a service's or task's log, as the engine reported it.
 *
 * @param time when the container wrote it, or null when timestamps were not asked for
 * @param serviceId the service, or "" when the engine did not say
 * @param taskId the task that wrote it, or "" when the engine did not say
 * @param nodeId the node the task runs on, or ""
 * @param text the line without its line break (a long line the engine split is joined again)
 */
public record LogLine(Instant time, String serviceId, String taskId, String nodeId, LogStream stream, String text) {

    public LogLine {
        serviceId = Objects.requireNonNullElse(serviceId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        nodeId = Objects.requireNonNullElse(nodeId, "");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }

    public boolean isStderr() {
        return stream == LogStream.STDERR;
    }
}
