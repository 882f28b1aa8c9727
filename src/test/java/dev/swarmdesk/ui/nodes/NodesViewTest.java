package dev.swarmdesk.ui.nodes;

import static dev.swarmdesk.ui.nodes.NodeFixtures.GIB;
import static dev.swarmdesk.ui.nodes.NodeFixtures.node;
import static dev.swarmdesk.ui.nodes.NodeFixtures.service;
import static dev.swarmdesk.ui.nodes.NodeFixtures.task;
import static dev.swarmdesk.ui.nodes.NodeFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.shell.MainWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The nodes view as a user sees it, fed through the real store and bridge. */
@ExtendWith(ApplicationExtension.class)
class NodesViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:01:00Z");

    private final ClusterStore store = new ClusterStore();

    private final SwarmNode mgr = node("m1", "mgr-1", "manager", true, "reachable", "ready", "active",
            4_000_000_000L, 4_080_218_931L, Map.of("zone", "a", "disk", "ssd"));
    private final SwarmNode w2 = node("w2", "worker-2", "worker", false, "", "ready", "active",
            2_000_000_000L, 2 * GIB, Map.of("zone", "b"));
    private final SwarmNode w10 = node("w10", "worker-10", "worker", false, "", "ready", "active",
            16_000_000_000L, 64 * GIB, Map.of("zone", "b", "gpu", "yes"));

    @Start
    void start(Stage stage) {
        MainWindow.applyTheme(false);
        NodesView view = new NodesView(Clock.fixed(NOW, ZoneOffset.UTC));
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())), List.of(view));
        stage.setScene(window.scene());
        stage.setWidth(1300);
        stage.setHeight(700);
        stage.show();
    }

    private void load() {
        store.replaceAll(List.of(w10, mgr, w2), List.of(service("s1", "web"), service("s2", "api")), List.of(
                task("t1", "s1", 1, "w2", TaskState.RUNNING, ""),
                task("t2", "s1", 2, "w2", TaskState.RUNNING, ""),
                task("t3", "s2", 1, "w2", TaskState.FAILED, "task: non-zero exit (1)"),
                task("t4", "s2", 2, "m1", TaskState.RUNNING, ""),
                task("t5", "s1", 3, "w10", TaskState.PREPARING, "")));
    }

    @Test
    void listsNodesLikeNodeLsWithResourcesLabelsAndRunningTasks(FxRobot robot) throws Exception {
        load();
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        waitUntil(() -> rowTexts(robot, "#nodes-table", "worker-10").size() > 1);

        assertThat(table.getItems()).extracting(r -> r.hostnameProperty().get())
                .containsExactly("mgr-1", "worker-2", "worker-10");
        assertThat(rowTexts(robot, "#nodes-table", "mgr-1")).containsExactly(
                "mgr-1", "Manager", "Ready", "Active", "Leader", "24.0.7", "4 CPUs", "3.8 GiB", "1", "disk=ssd, zone=a");
        assertThat(rowTexts(robot, "#nodes-table", "worker-2")).containsExactly(
                "worker-2", "Worker", "Ready", "Active", "", "24.0.7", "2 CPUs", "2 GiB", "2", "zone=b");
        assertThat(rowTexts(robot, "#nodes-table", "worker-10")).contains("16 CPUs", "64 GiB", "0", "gpu=yes, zone=b");
        assertThat(robot.lookup("#nodes-summary").queryAs(Label.class).getText()).isEqualTo("3 nodes");
    }

    @Test
    void aNodeGoingDownOrDrainedLooksSo(FxRobot robot) throws Exception {
        load();
        waitUntil(() -> tableRow(robot, "worker-2").isPresent());
        assertThat(pseudoClasses(robot, "worker-2")).doesNotContain("down", "drained");

        store.replaceNodes(List.of(mgr,
                node("w2", "worker-2", "worker", false, "", "down", "active", 2_000_000_000L, 2 * GIB, Map.of()),
                node("w10", "worker-10", "worker", false, "", "ready", "drain", 0, 0, Map.of())));

        waitUntil(() -> pseudoClasses(robot, "worker-2").contains("down")
                && rowTexts(robot, "#nodes-table", "worker-2").contains("Down"));
        waitUntil(() -> pseudoClasses(robot, "worker-10").contains("drained")
                && rowTexts(robot, "#nodes-table", "worker-10").contains("Drain"));
        assertThat(pseudoClasses(robot, "mgr-1")).doesNotContain("down", "drained");
        assertThat(robot.lookup("#nodes-summary").queryAs(Label.class).getText())
                .isEqualTo("3 nodes · 1 down · 1 drained");

        store.replaceNodes(List.of(mgr, w2, w10));
        waitUntil(() -> !pseudoClasses(robot, "worker-2").contains("down"));
    }

    @Test
    void theSelectedNodesTasksShowBelowAndSelectionSurvivesUpdates(FxRobot robot) throws Exception {
        load();
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        TableView<NodeTaskRow> tasks = robot.lookup("#nodes-tasks-table").queryTableView();
        // rows exist before their cells are laid out: wait until the row reads as it should
        waitUntil(() -> rowTexts(robot, "#nodes-table", "worker-2").size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(tableRow(robot, "worker-2").orElseThrow());

        waitUntil(() -> tasks.getItems().size() == 3);
        NodeRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.hostnameProperty().get()).isEqualTo("worker-2");
        assertThat(tasks.getItems()).extracting(r -> r.nameProperty().get()).containsExactly("api.1", "web.1", "web.2");
        waitUntil(() -> rowTexts(robot, "#nodes-tasks-table", "api.1").size() > 1);
        assertThat(rowTexts(robot, "#nodes-tasks-table", "api.1")).containsExactly(
                "api.1", "api", "lab/busybox:1", "Failed about a minute ago", "Shutdown", "task: non-zero exit (1)");
        assertThat(robot.lookup("#nodes-tasks-title").queryAs(Label.class).getText())
                .isEqualTo("Tasks on worker-2 · 2 running, 3 in all");
        NodeTaskRow web1 = tasks.getItems().get(1);

        // web.1 fails with a long error, and a node that sorts first joins: nothing moves under the user
        String longError = "starting container failed: error gathering device information while adding custom "
                + "device \"/dev/fuse\": no such file or directory; and then some more words to make it long";
        store.replaceAll(List.of(w10, mgr, w2, worker("a0", "a-first")),
                List.of(service("s1", "web"), service("s2", "api")), List.of(
                        task("t1", "s1", 1, "w2", TaskState.FAILED, longError),
                        task("t2", "s1", 2, "w2", TaskState.RUNNING, ""),
                        task("t3", "s2", 1, "w2", TaskState.FAILED, "task: non-zero exit (1)"),
                        task("t4", "s2", 2, "m1", TaskState.RUNNING, ""),
                        task("t5", "s1", 3, "w10", TaskState.PREPARING, "")));

        waitUntil(() -> table.getItems().size() == 4 && web1.failedProperty().get());
        assertThat(table.getItems().get(0).hostnameProperty().get()).isEqualTo("a-first");
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(tasks.getItems()).hasSize(3).element(1).isSameAs(web1);
        assertThat(web1.errorProperty().get()).isEqualTo(longError);
        waitUntil(() -> taskRowFlags(robot, "web.1").contains("failed"));
        assertThat(robot.lookup("#nodes-tasks-title").queryAs(Label.class).getText())
                .isEqualTo("Tasks on worker-2 · 1 running, 3 in all");
    }

    @Test
    void theSearchFieldFiltersByHostnameAndLabel(FxRobot robot) throws Exception {
        load();
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        TextField search = robot.lookup("#nodes-search").queryAs(TextField.class);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(search::isFocused);
        robot.write("zone=b");
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(r -> r.hostnameProperty().get()).containsExactly("worker-2", "worker-10");
        assertThat(robot.lookup("#nodes-summary").queryAs(Label.class).getText()).isEqualTo("2 of 3 nodes");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.write("MGR");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).hostnameProperty().get()).isEqualTo("mgr-1");

        // a live change to a shown node's label brings it into the filter, and a new node too
        store.replaceNodes(List.of(w10, mgr, worker("w2", "worker-2", Map.of("role", "mgr-backup")),
                worker("x1", "edge", Map.of("standby", "mgr-1"))));
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(r -> r.hostnameProperty().get())
                .containsExactly("edge", "mgr-1", "worker-2");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> table.getItems().size() == 4);
    }

    private static Optional<Node> tableRow(FxRobot robot, String hostname) {
        return fx(() -> robot.lookup("#nodes-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof NodeRow n && n.hostnameProperty().get().equals(hostname))
                .map(r -> (Node) r)
                .findFirst());
    }

    private static List<String> pseudoClasses(FxRobot robot, String hostname) {
        Optional<Node> row = tableRow(robot, hostname);
        return fx(() -> row.map(r -> r.getPseudoClassStates().stream()
                .map(PseudoClass::getPseudoClassName).toList()).orElse(List.of()));
    }

    private static List<String> taskRowFlags(FxRobot robot, String task) {
        return fx(() -> robot.lookup("#nodes-tasks-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof NodeTaskRow t && t.nameProperty().get().equals(task))
                .findFirst()
                .map(r -> r.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName).toList())
                .orElse(List.of()));
    }

    /** The texts of the visible cells of the row whose first cell reads {@code first}, left to right. */
    private static List<String> rowTexts(FxRobot robot, String table, String first) {
        return fx(() -> {
            for (TableRow<?> row : robot.lookup(table + " .table-row-cell").queryAllAs(TableRow.class)) {
                List<String> texts = row.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof TableCell<?, ?>)
                        .sorted((a, b) -> Double.compare(a.getLayoutX(), b.getLayoutX()))
                        .map(n -> ((TableCell<?, ?>) n).getText() == null ? "" : ((TableCell<?, ?>) n).getText())
                        .toList();
                if (!texts.isEmpty() && texts.get(0).equals(first)) {
                    return texts;
                }
            }
            return List.of();
        });
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
