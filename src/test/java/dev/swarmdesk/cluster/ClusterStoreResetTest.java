package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Switching clusters: the old one is forgotten without a word of news, the new one loads as initial. */
class ClusterStoreResetTest {

    @Test
    void resetRemovesEverythingAsNotNewsAndTheNextListingIsInitial() {
        ClusterStore store = new ClusterStore();
        NewsFeed feed = new NewsFeed(Clock.systemUTC());
        store.subscribe(feed);
        List<ClusterNews> news = new ArrayList<>();
        feed.subscribe(news::add);
        List<ChangeBatch> batches = new ArrayList<>();
        store.subscribe(batches::add);

        store.replaceAll(List.of(UnitModels.node("n1", "a", "ready")),
                List.of(UnitModels.service("s1", "web").build()),
                List.of(UnitModels.task("t1", "s1").slot(1).node("n1").running(UnitModels.T0).build()));
        store.reset();

        assertThat(store.snapshot().nodes()).isEmpty();
        assertThat(store.snapshot().tasks()).isEmpty();
        ChangeBatch reset = batches.get(batches.size() - 1);
        assertThat(reset.changes()).hasSize(3).allSatisfy(c -> assertThat(c).isNotNull());
        assertThat(reset.initialLoad()).isTrue();

        store.replaceAll(List.of(UnitModels.node("n9", "b", "ready")), List.of(), List.of());
        assertThat(batches.get(batches.size() - 1).initialLoad()).isTrue();
        assertThat(news).isEmpty();
    }
}
