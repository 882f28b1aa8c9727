package dev.swarmdesk.ui.fx;

import dev.swarmdesk.cluster.ClusterChange;
import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterSnapshot;
import java.util.List;

/**
 * What reaches the FX thread in one hand-off: every change and every piece of news since the
 * last one, and the latest snapshot.
 */
public record ModelUpdate(List<ClusterChange> changes, List<ClusterNews> news, ClusterSnapshot snapshot) {

    public ModelUpdate {
        changes = List.copyOf(changes);
        news = List.copyOf(news);
    }
}
