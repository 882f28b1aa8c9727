package dev.swarmdesk.app;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.Jobs;
import dev.swarmdesk.ui.logs.LogsView;
import dev.swarmdesk.ui.shell.MainWindow;
import dev.swarmdesk.ui.timeline.TimelineHistory;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop face. The window is shown first with an empty model; the views and the
 * connection come after the first frame, on a background thread, so the window never waits
 * for the engine.
 */
public final class DesktopApp extends Application {

    private static volatile ConnectionOptions options = ConnectionOptions.none();
    private static volatile boolean exitAfterFirstFrame;

    private final ClusterStore store = new ClusterStore();
    private final NewsFeed news = new NewsFeed(Clock.systemUTC());
    private final Jobs jobs = new Jobs(2);
    private LiveConnection live;
    private LogsView logs;
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
            stage.show();
            return;
        }
        WindowMemory memory = WindowMemory.forUser();
        memory.restore(stage);
        memory.rememberOnClose(stage);
        // the views and the connection come after the first frame, so the window shows at once
        FirstFrame.afterShown(stage.getScene(), () -> {
            window.follow(jobs);
            TimelineHistory timeline = TimelineHistory.following(bridge);
            live = new LiveConnection(store, () -> FxModelBridge.onFx(timeline::clear));
            logs = new LogsView(live::logSource);
            window.install(Views.all(bridge, timeline, new AppServiceActions(jobs, live), logs));
            SavedConnections saved = SavedConnections.forUser();
            AppConnections connections = new AppConnections(saved, live);
            window.enableConnections(connections);
            connectFirst(connections, saved);
        });
        stage.show();
    }

    /**
     * Flags or DOCKER_HOST/DOCKER_CONTEXT say where to connect; without them, the connection used
     * last time; else the docker CLI's default.
     */
    private void connectFirst(AppConnections connections, SavedConnections saved) {
        boolean fromEnvironment = System.getenv("DOCKER_HOST") != null || System.getenv("DOCKER_CONTEXT") != null;
        String last = saved.last();
        if (options.equals(ConnectionOptions.none()) && !fromEnvironment && !last.isEmpty()
                && connections.exists(last)) {
            connections.switchTo(last);
        } else {
            live.switchTo(options, options.equals(ConnectionOptions.none()) ? AppConnections.DEFAULT : "");
        }
    }

    @Override
    public void stop() {
        if (logs != null) {
            logs.close();
        }
        if (live != null) {
            live.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        jobs.close();
    }
}
