package dev.swarmdesk.app;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ClusterSync;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.cluster.SyncSettings;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.engine.endpoint.EndpointException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one cluster the window follows; switching closes the old sync and starts a new one, off the FX thread. */
final class LiveConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);

    private final ClusterStore store;
    private final Runnable onSwitch;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "swarmdesk-connect");
        t.setDaemon(true);
        return t;
    });
    private ClusterSync sync;
    private volatile String current = "";
    private volatile ConnectionOptions options = ConnectionOptions.none();

    /** @param onSwitch runs after the model forgot the previous cluster (e.g. to clear histories) */
    LiveConnection(ClusterStore store, Runnable onSwitch) {
        this.store = store;
        this.onSwitch = onSwitch;
    }

    String current() {
        return current;
    }

    /** @param name the choice's display name, "" for command-line flags */
    void switchTo(ConnectionOptions options, String name) {
        current = name;
        this.options = options;
        jobs.execute(() -> {
            boolean switching = sync != null;
            if (sync != null) {
                sync.close();
                sync = null;
            }
            if (switching) {
                store.reset();
                onSwitch.run();
            }
            try {
                sync = new ClusterSync(Wiring.connectors().open(options), store, SyncSettings.defaults());
                sync.start();
            } catch (EndpointException e) {
                LOG.info("bad endpoint: {}", e.getMessage());
                store.setConnection(new ConnectionStatus(Phase.FAILED, "", "", e.getMessage()));
            }
        });
    }

    /** A connection of its own for one action, to the cluster the window follows. Call off the FX thread. */
    ClusterSource openSource() throws EndpointException {
        return Wiring.connectors().open(options).connect();
    }

    /** {@link #openSource()} for the log streams: each opens a connection of its own. */
    ClusterSource logSource() {
        try {
            return openSource();
        } catch (EndpointException e) {
            throw new ClusterAccessException(ClusterAccessException.Kind.BAD_ENDPOINT, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        jobs.execute(() -> {
            if (sync != null) {
                sync.close();
            }
        });
        jobs.shutdown();
    }
}
