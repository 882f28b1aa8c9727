package dev.swarmdesk.lab;

import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ClusterSync;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.cluster.SyncSettings;
import dev.swarmdesk.engine.ManagerConnector;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The live model (store + sync + news) on a lab connector, recording all news, for tests and benchmarks. */
public final class LiveModel implements AutoCloseable {

    public final ClusterStore store = new ClusterStore();
    public final List<ClusterNews> news = new CopyOnWriteArrayList<>();
    private final ClusterSync sync;

    public LiveModel(ManagerConnector connector) {
        NewsFeed feed = new NewsFeed(Clock.systemUTC());
        store.subscribe(feed);
        feed.subscribe(news::add);
        sync = new ClusterSync(connector, store, SyncSettings.defaults());
        sync.start();
        LabSwarm.await("the live model to connect", Duration.ofSeconds(30),
                () -> store.snapshot().connection().isConnected());
    }

    @Override
    public void close() {
        sync.close();
    }
}
