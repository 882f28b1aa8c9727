package dev.swarmdesk.domain;

import java.time.Instant;

/**
 * The state of a service's last rolling update, as the engine reports it
 * ("updating", "paused", "completed", "rollback_started", ...), or {@link #NONE}.
 */
public record UpdateStatus(String state, String message, Instant startedAt, Instant completedAt) {

    public static final UpdateStatus NONE = new UpdateStatus("", "", null, null);

    public boolean inProgress() {
        return "updating".equals(state) || "rollback_started".equals(state);
    }
}
