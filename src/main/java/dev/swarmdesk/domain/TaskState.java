package dev.swarmdesk.domain;

import java.util.Locale;

/**
 * Task states as Swarm reports them. Newer engines may invent states; those map to
 * {@link #UNKNOWN} while the task keeps the engine's own text, so nothing crashes on them.
 */
public enum TaskState {
    NEW, ALLOCATED, PENDING, ASSIGNED, ACCEPTED, PREPARING, READY, STARTING, RUNNING,
    COMPLETE, SHUTDOWN, FAILED, REJECTED, REMOVE, ORPHANED, UNKNOWN;

    public static TaskState parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** A task that ended because something went wrong (not a requested shutdown). */
    public boolean isFailure() {
        return this == FAILED || this == REJECTED || this == ORPHANED;
    }

    /** A task that will not change state again. */
    public boolean isTerminal() {
        return ordinal() >= COMPLETE.ordinal() && this != UNKNOWN;
    }

    /** On its way to running, not there yet. */
    public boolean isStarting() {
        return ordinal() < RUNNING.ordinal();
    }
}
