package dev.swarmdesk.ui.timeline;

import dev.swarmdesk.domain.FailoverRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * How a timeline entry ended, so far: a failure is recovering until its replacement runs.
 *
 * @param replacementNode the replacement's node by name (its id when the node is unknown)
 * @param recovery from the failure to the replacement running; null unless recovered
 * @param note why a failure will not be completed (e.g. "service removed"); "" otherwise
 */
public record Outcome(Status status, String replacementTaskId, String replacementNode,
                      Instant replacementCreatedAt, Instant replacementRunningAt, Duration recovery, String note) {

    public enum Status { NONE, RECOVERING, RECOVERED, GAVE_UP }

    static final Outcome NONE = new Outcome(Status.NONE, "", "", null, null, null, "");
    static final Outcome RECOVERING = new Outcome(Status.RECOVERING, "", "", null, null, null, "");

    static Outcome recovered(FailoverRecord r, String replacementNode) {
        return new Outcome(Status.RECOVERED, r.replacementTaskId(), replacementNode, r.replacementCreatedAt(),
                r.replacementRunningAt(), r.recoveryTime(), "");
    }

    static Outcome gaveUp(String note) {
        return new Outcome(Status.GAVE_UP, "", "", null, null, null, note);
    }

    public boolean recovering() {
        return status == Status.RECOVERING;
    }
}
