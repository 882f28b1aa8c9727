package dev.swarmdesk.ui.visualizer;

import static dev.swarmdesk.ui.visualizer.VizFixtures.API;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NGINX;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NOW;
import static dev.swarmdesk.ui.visualizer.VizFixtures.node;
import static dev.swarmdesk.ui.visualizer.VizFixtures.service;
import static dev.swarmdesk.ui.visualizer.VizFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.shell.MainWindow;
import java.io.File;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * Writes a picture of the visualizer with a small lab's worth of data, in the light theme, to
 * look at: {@code mvn test -Dtest=VisualizerViewScreenshotTest -Dswarmdesk.shots=/tmp/shots}; add
 * {@code -Dswarmdesk.shots.dark=true} for the dark theme.
 */
@EnabledIfSystemProperty(named = "swarmdesk.shots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class VisualizerViewScreenshotTest {

    private static final String REDIS = "redis:7-alpine@sha256:0123456789abcdef0123";

    /** -Dswarmdesk.shots.dark=true for the dark theme; the light one otherwise. */
    private static final boolean DARK = Boolean.getBoolean("swarmdesk.shots.dark");

    private final ClusterStore store = new ClusterStore();
    private Scene scene;

    @Start
    void start(Stage stage) {
        MainWindow.applyTheme(DARK);
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())),
                List.of(new VisualizerView(Clock.fixed(NOW, ZoneOffset.UTC))));
        scene = window.scene();
        stage.setScene(scene);
        stage.setWidth(1780);
        stage.setHeight(760);
        stage.show();
    }

    @Test
    void writesAPicture(FxRobot robot) throws Exception {
        store.setConnection(new ConnectionStatus(ConnectionStatus.Phase.CONNECTED, "unix:///var/run/docker.sock",
                "24.0.7", ""));
        List<SwarmTask> tasks = new ArrayList<>();
        String[] web = {"m1", "w1", "w2", "w1", "w2", "m1"};
        for (int i = 0; i < web.length; i++) {
            tasks.add(task("web" + i, "s1", i + 1, web[i], TaskState.RUNNING, NGINX));
        }
        tasks.add(task("api1", "s2", 1, "w1", TaskState.RUNNING, API));
        tasks.add(task("api2", "s2", 2, "w2", TaskState.STARTING, API));
        tasks.add(task("api2-old", "s2", 2, "w2", "shutdown", TaskState.FAILED,
                "task: non-zero exit (137): container killed by OOM after exceeding its memory limit", API, 8));
        tasks.add(task("api3", "s2", 3, "w3", TaskState.RUNNING, API));
        tasks.add(task("redis1", "s3", 1, "m2", TaskState.PREPARING, REDIS));
        tasks.add(task("redis1-old", "s3", 1, "m2", "shutdown", TaskState.SHUTDOWN, "", REDIS, 3600));
        tasks.add(task("gpu1", "s4", 1, "", "running", TaskState.PENDING,
                "no suitable node (insufficient resources on 5 nodes)", API, 20));
        tasks.add(task("web-stop", "s1", 7, "w1", "shutdown", TaskState.RUNNING, "", NGINX, 2));
        for (int i = 0; i < 4; i++) {
            tasks.add(task("db" + i, "s5", 0, new String[] {"m1", "m2", "w1", "w2"}[i], TaskState.RUNNING, REDIS));
        }
        store.replaceAll(List.of(node("m1", "mgr-1"), node("m2", "mgr-2"), node("w1", "worker-1"),
                        node("w2", "worker-2"), node("w3", "worker-3", "ready", "drain"),
                        node("w4", "worker-4", "down", "active")),
                List.of(service("s1", "web", NGINX), service("s2", "api", API), service("s3", "cache", REDIS),
                        service("s4", "gpu-train", API), service("s5", "node-exporter", REDIS)),
                tasks);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#viz-summary").queryAs(Label.class)
                .getText().startsWith("6 nodes"));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        File out = new File(System.getProperty("swarmdesk.shots"), DARK ? "visualizer-dark.png" : "visualizer.png");
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
}
