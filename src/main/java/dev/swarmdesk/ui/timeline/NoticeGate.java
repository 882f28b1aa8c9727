package dev.swarmdesk.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Decides what to notify and when: only failures and nodes going down, only while enabled, and at
 * most one notice per second; what arrives in between is held and told as one line
 * ("3 tasks failed · node lab-worker-2 is down"). The first piece of news waits a moment for the
 * rest of its burst, which may reach the FX thread over more than one hand-off.
 */
final class NoticeGate {

    static final Duration GAP = Duration.ofSeconds(1);
    static final Duration GATHER = Duration.ofMillis(250);

    private final BooleanSupplier enabled;
    private final List<String> failures = new ArrayList<>();
    private final List<String> nodesDown = new ArrayList<>();
    private Instant lastShown;
    private Instant heldSince;

    NoticeGate(BooleanSupplier enabled) {
        this.enabled = enabled;
    }

    /** Holds the entries worth telling; returns when {@link #take} will have a line, if ever. */
    Optional<Instant> offer(List<TimelineRow> entries, Instant now) {
        if (!enabled.getAsBoolean()) {
            return Optional.empty();
        }
        boolean wasEmpty = failures.isEmpty() && nodesDown.isEmpty();
        for (TimelineRow r : entries) {
            if (r.kind() == TimelineKind.FAILURE) {
                failures.add(r.summary());
            } else if (r.kind() == TimelineKind.NODE_DOWN) {
                nodesDown.add(r.summary());
            }
        }
        if (wasEmpty) {
            heldSince = now;
        }
        return due(now);
    }

    /**
     * When {@link #take} will have a line: once the burst had {@link #GATHER} to arrive and
     * {@link #GAP} has passed since the last notice; empty when nothing is held.
     */
    Optional<Instant> due(Instant now) {
        if (failures.isEmpty() && nodesDown.isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = heldSince.plus(GATHER);
        if (lastShown != null && lastShown.plus(GAP).isAfter(earliest)) {
            earliest = lastShown.plus(GAP);
        }
        return Optional.of(earliest.isAfter(now) ? earliest : now);
    }

    /** The line to show now, if one is held, the gap has passed and notices are still on. */
    Optional<String> take(Instant now) {
        if (!enabled.getAsBoolean()) {
            failures.clear();
            nodesDown.clear();
            return Optional.empty();
        }
        Optional<Instant> due = due(now);
        if (due.isEmpty() || due.get().isAfter(now)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(2);
        if (!nodesDown.isEmpty()) {
            parts.add(nodesDown.size() == 1 ? nodesDown.get(0) : nodesDown.size() + " nodes are down");
        }
        if (!failures.isEmpty()) {
            parts.add(failures.size() == 1 ? failures.get(0) : failures.size() + " tasks failed");
        }
        failures.clear();
        nodesDown.clear();
        lastShown = now;
        return Optional.of(String.join(" · ", parts));
    }
}
