package dev.swarmdesk.cluster;

import java.util.List;

/**
 * Changes applied together, with the snapshot they produced.
 *
 * @param initialLoad true for the first full listing after start (or after a reset), and for the
 *     reset itself: it describes what already was, or that SwarmDesk now looks at another
 *     cluster, not what just happened, so news feeds do not report it as events
 */
public record ChangeBatch(List<ClusterChange> changes, ClusterSnapshot snapshot, boolean initialLoad) {

    public ChangeBatch {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
