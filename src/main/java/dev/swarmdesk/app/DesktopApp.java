package dev.swarmdesk.app;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ClusterSync;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.cluster.SyncSettings;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.engine.endpoint.EndpointException;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.shell.MainWindow;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop face. The window is shown first with an empty model; connecting starts only
 * after the first frame, on a background thread, so the window never waits for the engine.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private static volatile ConnectionOptions options = ConnectionOptions.none();
    private static volatile boolean exitAfterFirstFrame;

    private final ClusterStore store = new ClusterStore();
    private final NewsFeed news = new NewsFeed(Clock.systemUTC());
    private final ExecutorService connectJobs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "swarmdesk-connect");
        t.setDaemon(true);
        return t;
    });
    private ClusterSync sync;
    private FxModelBridge bridge;

    /** Called by the command line when no subcommand is given. */
    static int run(ConnectionOptions opts, boolean exitAfterFirst) {
        options = opts;
        exitAfterFirstFrame = exitAfterFirst;
        try {
            Application.launch(DesktopApp.class);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println("swarmdesk: cannot open a window (" + e.getMessage()
                    + "); set DISPLAY, or use a subcommand such as `service ls` (see --help)");
            return 1;
        }
    }

    @Override
    public void start(Stage stage) {
        store.subscribe(news);
        bridge = new FxModelBridge(store, news);
        MainWindow.applyTheme(false);
        MainWindow window = new MainWindow(bridge);
        stage.setTitle("SwarmDesk");
        stage.setScene(window.scene());
        if (exitAfterFirstFrame) {
            FirstFrame.report(stage.getScene(), ManagementFactory.getRuntimeMXBean().getStartTime());
        } else {
            // the views and the connection come after the first frame, so the window shows at once
            FirstFrame.afterShown(stage.getScene(), () -> {
                window.install(Views.all());
                connectInBackground();
            });
        }
        stage.show();
    }

    private void connectInBackground() {
        connectJobs.execute(() -> {
            try {
                sync = new ClusterSync(Wiring.connectors().open(options), store, SyncSettings.defaults());
                sync.start();
            } catch (EndpointException e) {
                LOG.info("bad endpoint: {}", e.getMessage());
                store.setConnection(new ConnectionStatus(Phase.FAILED, "", "", e.getMessage()));
            }
        });
    }

    @Override
    public void stop() {
        connectJobs.shutdownNow();
        if (sync != null) {
            sync.close();
        }
        if (bridge != null) {
            bridge.close();
        }
    }
}
