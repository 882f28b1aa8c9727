package dev.swarmdesk.ui.fx;

import dev.swarmdesk.cluster.ClusterChange;
import dev.swarmdesk.cluster.ClusterSnapshot;
import java.util.List;

/** What reaches the FX thread in one hand-off: every change since the last one, and the latest snapshot. */
public record ModelUpdate(List<ClusterChange> changes, ClusterSnapshot snapshot) {

    public ModelUpdate {
        changes = List.copyOf(changes);
    }
}
