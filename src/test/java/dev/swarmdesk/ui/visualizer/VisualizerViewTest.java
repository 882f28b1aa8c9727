package dev.swarmdesk.ui.visualizer;

import static dev.swarmdesk.ui.visualizer.VizFixtures.API;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NGINX;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NOW;
import static dev.swarmdesk.ui.visualizer.VizFixtures.node;
import static dev.swarmdesk.ui.visualizer.VizFixtures.service;
import static dev.swarmdesk.ui.visualizer.VizFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.MainWindow;
import java.time.Clock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The visualizer as a user sees it, fed through the real store and bridge. */
@ExtendWith(ApplicationExtension.class)
class VisualizerViewTest {

    private final ClusterStore store = new ClusterStore();
    private final List<SwarmService> services = List.of(service("s1", "web", NGINX), service("s2", "api", API));
    private VisualizerView view;

    @Start
    void start(Stage stage) {
        MainWindow.applyTheme(false);
        view = new VisualizerView(Clock.fixed(NOW, ZoneOffset.UTC));
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())), List.of(view));
        stage.setScene(window.scene());
        stage.setWidth(1200);
        stage.setHeight(700);
        stage.show();
    }

    private List<SwarmNode> nodes(String w2State, String w2Availability) {
        return List.of(node("w10", "worker-10"), node("m1", "mgr-1"), node("w2", "worker-2", w2State, w2Availability));
    }

    private List<SwarmTask> tasks(SwarmTask web1) {
        return List.of(web1,
                task("t2", "s1", 2, "w2", TaskState.PREPARING, NGINX),
                task("t3", "s2", 1, "w2", TaskState.RUNNING, API),
                task("t4", "s1", 3, "m1", TaskState.RUNNING, NGINX),
                task("old", "s1", 3, "w10", "shutdown", TaskState.SHUTDOWN, "", NGINX, 3600),
                task("oldfail", "s1", 4, "w10", "shutdown", TaskState.FAILED, "exit 2", NGINX, 120));
    }

    private static SwarmTask web1Running() {
        return task("t1", "s1", 1, "w2", TaskState.RUNNING, NGINX);
    }

    @Test
    void aColumnPerNodeInNodeLsOrderWithACardPerLiveTask(FxRobot robot) throws Exception {
        store.replaceAll(nodes("ready", "active"), services, tasks(web1Running()));

        waitUntil(() -> columnTitles(robot).size() == 3 && cardTexts(robot, "worker-2").size() == 3);
        assertThat(columnTitles(robot)).containsExactly("mgr-1", "worker-2", "worker-10");
        assertThat(headerTexts(robot, "mgr-1")).containsExactly("mgr-1", "Manager (Leader)", "Ready · Active",
                "1 of 1 running");
        assertThat(cardTexts(robot, "worker-2")).containsExactly(
                List.of("api.1", "Running", "api:2.1"),
                List.of("web.1", "Running", "nginx:1.25"),
                List.of("web.2", "Preparing", "nginx:1.25"));
        // a task shut down an hour ago and one that failed two minutes ago are history: no cards
        assertThat(cardTexts(robot, "worker-10")).isEmpty();
        assertThat(headerTexts(robot, "worker-10")).contains("no tasks");
        assertThat(robot.lookup("#viz-summary").queryAs(Label.class).getText())
                .isEqualTo("3 nodes · 3 of 4 tasks running");
        assertThat(flags(card(robot, "worker-2", "web.2").orElseThrow())).contains("starting");
    }

    @Test
    void aNodeGoingDownOrDrainedIsGreyedAndLabelled(FxRobot robot) throws Exception {
        store.replaceAll(nodes("ready", "active"), services, tasks(web1Running()));
        waitUntil(() -> column(robot, "worker-2").isPresent());
        Node w2 = column(robot, "worker-2").orElseThrow();
        assertThat(flags(w2)).doesNotContain("down", "drained");
        assertThat(visibleBadge(w2)).isEmpty();

        store.replaceNodes(nodes("down", "active"));
        waitUntil(() -> flags(w2).contains("down"));
        assertThat(visibleBadge(w2)).contains("Down");
        assertThat(headerTexts(robot, "worker-2")).contains("Down · Active");

        store.replaceNodes(nodes("ready", "drain"));
        waitUntil(() -> flags(w2).contains("drained") && !flags(w2).contains("down"));
        assertThat(visibleBadge(w2)).contains("Drain");
        assertThat(column(robot, "worker-2").orElseThrow()).isSameAs(w2);
    }

    @Test
    void aFailingTaskTurnsItsCardRedInPlaceWithTheWholeErrorOnHover(FxRobot robot) throws Exception {
        store.replaceAll(nodes("ready", "active"), services, tasks(web1Running()));
        waitUntil(() -> card(robot, "worker-2", "web.1").isPresent());
        TaskCard model = shownCard(card(robot, "worker-2", "web.1").orElseThrow());
        assertThat(model).isSameAs(view.column("w2").card("t1"));
        assertThat(flags(card(robot, "worker-2", "web.1").orElseThrow())).contains("running").doesNotContain("failed");

        String error = "starting container failed: error gathering device information while adding custom device "
                + "\"/dev/fuse\": no such file or directory";
        store.replaceTasks(t -> true, tasks(task("t1", "s1", 1, "w2", "shutdown", TaskState.FAILED, error, NGINX, 2)));

        waitUntil(() -> card(robot, "worker-2", "web.1").map(c -> flags(c).contains("failed")).orElse(false));
        Node card = card(robot, "worker-2", "web.1").orElseThrow();
        assertThat(flags(card)).doesNotContain("running");
        // the same card, updated in place
        assertThat(shownCard(card)).isSameAs(model);
        assertThat(fx(() -> ((Label) card.lookup(".viz-card-state")).getText())).isEqualTo("Failed");
        assertThat(fx(() -> ((Label) card.lookup(".viz-card-note")).getText())).isEqualTo(error);
        assertThat(flags(card)).contains("error");

        robot.moveTo(card);
        ListCell<?> cell = (ListCell<?>) card.getParent();
        waitUntil(() -> cell.getTooltip() != null && cell.getTooltip().isShowing());
        assertThat(cell.getTooltip().getText()).contains("Error: " + error, "Task: t1",
                "State since: 2026-11-21 08:09:58 Z", "Created: 2026-11-21 08:09:55 Z");

        // the replacement starts in the same slot: its card joins, the failed one stays for now
        store.replaceTasks(t -> true, List.of(task("t1", "s1", 1, "w2", "shutdown", TaskState.FAILED, error, NGINX, 2),
                task("t1b", "s1", 1, "w2", "running", TaskState.STARTING, "", NGINX, 1)));
        waitUntil(() -> cardTexts(robot, "worker-2").equals(List.of(
                List.of("web.1", "Starting", "nginx:1.25"), List.of("web.1", "Failed", "nginx:1.25"))));
        assertThat(view.column("w2").cards()).containsExactly(view.column("w2").card("t1b"), model);
    }

    @Test
    void aHundredNodesWithTwoHundredTasksEachStayResponsive(FxRobot robot) throws Exception {
        List<SwarmNode> many = new ArrayList<>();
        List<SwarmTask> tasks = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            many.add(node("n" + n, "node-" + n));
            for (int t = 0; t < 200; t++) {
                int slot = n * 200 + t + 1;
                tasks.add(task("t" + slot, t % 2 == 0 ? "s1" : "s2", slot, "n" + n, TaskState.RUNNING, NGINX));
                tasks.add(task("h" + slot, "s1", slot, "n" + n, "shutdown", TaskState.SHUTDOWN, "", NGINX, 600));
            }
        }
        // CPU time of the FX thread, not wall time: the machine running the tests may be busy
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fx = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
        long cpu0 = threads.getThreadCpuTime(fx);
        store.replaceAll(many, services, tasks);
        waitUntil(() -> robot.lookup("#viz-summary").queryAs(Label.class).getText()
                .equals("100 nodes · 20000 of 20000 tasks running"));
        WaitForAsyncUtils.waitForFxEvents();
        long firstMillis = (threads.getThreadCpuTime(fx) - cpu0) / 1_000_000;

        // columns and cards are virtualized: only those in view have nodes
        int columnCells = robot.lookup(".viz-column-cell").queryAll().size();
        int cells = robot.lookup(".viz-card-cell").queryAll().size();
        assertThat(columnCells).isBetween(4, 12);
        assertThat(cells).isBetween(20, 150);

        SwarmTask before = store.snapshot().tasks().get("t1");
        SwarmTask failed = task("t1", "s1", 1, "n0", "shutdown", TaskState.FAILED, "exit 1", NGINX, 1);
        store.replaceTasks(t -> t.id().equals("t1"), List.of(failed));
        ModelUpdate oneChange = new ModelUpdate(List.of(new TaskChange(before, failed)), List.of(), store.snapshot());
        long applyNanos = WaitForAsyncUtils.asyncFx(() -> {
            long s = threads.getCurrentThreadCpuTime();
            view.apply(oneChange);
            return threads.getCurrentThreadCpuTime() - s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("visualizer 100x200: first show %d ms CPU, one-task update %.1f ms CPU, %d column cells, "
                + "%d card cells%n", firstMillis, applyNanos / 1e6, columnCells, cells);
        assertThat(view.column("n0").card("t1").line().tone()).isEqualTo(Tone.FAILED);
        assertThat(applyNanos / 1_000_000).isLessThan(100);
        assertThat(firstMillis).isLessThan(1500);

        // scrolling to the last node shows its column and cards
        ListView<?> board = robot.lookup("#viz-board").queryAs(ListView.class);
        robot.interact(() -> board.scrollTo(99));
        waitUntil(() -> columnTitles(robot).contains("node-99") && cardTexts(robot, "node-99").size() > 3);
        assertThat(cardTexts(robot, "node-99").get(0)).containsExactly("api.19802", "Running", "nginx:1.25");
    }

    /** The columns in view, left to right. */
    private static List<Node> columns(FxRobot robot) {
        return fx(() -> robot.lookup(".viz-column").queryAll().stream()
                .filter(c -> c.getParent() instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible())
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getX()))
                .toList());
    }

    private static List<String> columnTitles(FxRobot robot) {
        List<Node> columns = columns(robot);
        return fx(() -> columns.stream().map(c -> ((Label) c.lookup(".viz-column-title")).getText()).toList());
    }

    private static Optional<Node> column(FxRobot robot, String title) {
        List<Node> columns = columns(robot);
        return fx(() -> columns.stream()
                .filter(c -> ((Label) c.lookup(".viz-column-title")).getText().equals(title))
                .findFirst());
    }

    /** The visible texts of a column's header, line by line, left to right. */
    private static List<String> headerTexts(FxRobot robot, String title) {
        VBox header = (VBox) column(robot, title).orElseThrow().lookup(".viz-column-header");
        return fx(() -> header.getChildren().stream()
                .flatMap(line -> line instanceof HBox row ? row.getChildren().stream() : Stream.of(line))
                .filter(Node::isVisible)
                .map(n -> ((Label) n).getText())
                .toList());
    }

    private static String visibleBadge(Node column) {
        return fx(() -> {
            Label badge = (Label) column.lookup(".viz-column-badge");
            return badge.isVisible() ? badge.getText() : "";
        });
    }

    /** The cards shown in a column, top to bottom. */
    private static List<Node> cards(FxRobot robot, String title) {
        Optional<Node> column = column(robot, title);
        return fx(() -> column.map(c -> c.lookupAll(".viz-card").stream()
                .filter(n -> n.getParent() instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible())
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .toList()).orElse(List.of()));
    }

    private static List<List<String>> cardTexts(FxRobot robot, String title) {
        List<Node> cards = cards(robot, title);
        return fx(() -> cards.stream().map(c -> List.of(
                ((Label) c.lookup(".viz-card-title")).getText(),
                ((Label) c.lookup(".viz-card-state")).getText(),
                ((Label) c.lookup(".viz-card-image")).getText())).toList());
    }

    private static Optional<Node> card(FxRobot robot, String column, String title) {
        List<Node> cards = cards(robot, column);
        return fx(() -> cards.stream()
                .filter(c -> ((Label) c.lookup(".viz-card-title")).getText().equals(title))
                .findFirst());
    }

    /** The card model a drawn card shows. */
    private static TaskCard shownCard(Node card) {
        return fx(() -> (TaskCard) ((ListCell<?>) card.getParent()).getItem());
    }

    private static List<String> flags(Node node) {
        return fx(() -> node.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName).toList());
    }

    /** Reads the scene graph on the FX thread, where it is never half laid out. */
    private static <T> T fx(Callable<T> read) {
        try {
            return Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
