package dev.swarmdesk.ui.nodes;

import static dev.swarmdesk.ui.nodes.NodeFixtures.GIB;
import static dev.swarmdesk.ui.nodes.NodeFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.shell.MainWindow;
import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a picture of the nodes view with a small lab's worth of data, in the light theme, to
 * look at: {@code mvn test -Dtest=NodesViewScreenshotTest -Dswarmdesk.shots=/tmp/shots}; add
 * {@code -Dswarmdesk.shots.dark=true} for the dark theme.
 */
@EnabledIfSystemProperty(named = "swarmdesk.shots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class NodesViewScreenshotTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:10:00Z");

    /** -Dswarmdesk.shots.dark=true for the dark theme; the light one otherwise. */
    private static final boolean DARK = Boolean.getBoolean("swarmdesk.shots.dark");

    private final ClusterStore store = new ClusterStore();
    private Scene scene;

    @Start
    void start(Stage stage) {
        MainWindow.applyTheme(DARK);
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())),
                List.of(new NodesView(Clock.fixed(NOW, ZoneOffset.UTC))));
        scene = window.scene();
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @Test
    void writesAPicture(FxRobot robot) throws Exception {
        store.setConnection(new ConnectionStatus(ConnectionStatus.Phase.CONNECTED, "unix:///var/run/docker.sock",
                "24.0.7", ""));
        store.replaceAll(List.of(
                node("m1", "mgr-1", "manager", true, "reachable", "ready", "active", 4_000_000_000L, 4_080_218_931L,
                        Map.of("zone", "eu-west-1a")),
                node("m2", "mgr-2", "manager", false, "reachable", "ready", "active", 4_000_000_000L, 8 * GIB,
                        Map.of("zone", "eu-west-1b")),
                node("m3", "mgr-3", "manager", false, "unreachable", "down", "active", 4_000_000_000L, 8 * GIB,
                        Map.of("zone", "eu-west-1c")),
                node("w1", "worker-1", "worker", false, "", "ready", "active", 8_000_000_000L, 31 * GIB + GIB / 2,
                        Map.of("zone", "eu-west-1a", "disk", "ssd", "gpu", "nvidia-t4")),
                node("w2", "worker-2", "worker", false, "", "ready", "active", 8_000_000_000L, 32 * GIB,
                        Map.of("zone", "eu-west-1b", "disk", "ssd")),
                node("w3", "worker-3", "worker", false, "", "ready", "drain", 2_000_000_000L, 2 * GIB,
                        Map.of("zone", "eu-west-1c", "maintenance", "kernel-6.1")),
                node("w10", "worker-10", "worker", false, "", "ready", "pause", 1_500_000_000L, 1536L << 20,
                        Map.of())),
                List.of(service("s1", "web"), service("s2", "api"), service("s3", "payments")),
                tasks());
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        robot.interact(() -> table.getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        File out = new File(System.getProperty("swarmdesk.shots"), DARK ? "nodes-dark.png" : "nodes.png");
        out.getParentFile().mkdirs();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(out).exists();
    }

    private static SwarmService service(String id, String name) {
        return new SwarmService(id, 1, name, new ServiceMode(ServiceMode.REPLICATED, 3, 0), "lab/" + name + ":1",
                Map.of(), List.of(), 0, false, UpdateStatus.NONE, new TaskCounts(3, 3, 0), NOW, NOW);
    }

    private static List<SwarmTask> tasks() {
        List<SwarmTask> out = new ArrayList<>();
        String[] nodes = {"m1", "m2", "w1", "w2", "w2", "w1", "w2"};
        for (int i = 0; i < nodes.length; i++) {
            out.add(task("web" + i, "s1", i + 1, nodes[i], "running", TaskState.RUNNING, "", 300 + i * 20));
        }
        out.add(task("api1", "s2", 1, "w2", "running", TaskState.RUNNING, "", 900));
        out.add(task("api2", "s2", 2, "w2", "running", TaskState.STARTING, "", 3));
        out.add(task("api2-old", "s2", 2, "w2", "shutdown", TaskState.FAILED,
                "task: non-zero exit (137): container killed by OOM after exceeding its 256 MiB memory limit", 8));
        out.add(task("pay1", "s3", 1, "w2", "shutdown", TaskState.REJECTED,
                "starting container failed: error gathering device information while adding custom device "
                        + "\"/dev/fuse\": no such file or directory", 40));
        out.add(task("pay1b", "s3", 1, "w2", "running", TaskState.PREPARING, "", 1));
        out.add(task("web-old", "s1", 4, "w2", "shutdown", TaskState.SHUTDOWN, "", 3600));
        return out;
    }

    private static SwarmTask task(String id, String serviceId, long slot, String nodeId, String desired,
                                  TaskState state, String error, long ago) {
        Instant at = NOW.minusSeconds(ago);
        return new SwarmTask(id, 1, serviceId, slot, nodeId, desired, state, state.name().toLowerCase(Locale.ROOT),
                "", error, state.isFailure() ? 137 : null, "c-" + id, "registry.example.com/team/" + serviceId
                + ":2.1.0@sha256:0123456789abcdef", false, List.of(), at.minusSeconds(2), at);
    }
}
