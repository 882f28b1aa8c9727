package dev.swarmdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.services.ServicesView;
import java.time.Clock;
import dev.swarmdesk.ui.services.ServiceRow;
import dev.swarmdesk.ui.services.TaskRow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window follows the model live: rows appear, update in place, and selection survives. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ClusterStore store = new ClusterStore();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())), List.of(new ServicesView()));
        stage.setScene(window.scene());
        stage.setWidth(900);
        stage.setHeight(600);
        stage.show();
    }

    @Test
    void showsServicesAndTheSelectedServicesTasksLive(FxRobot robot) throws Exception {
        store.setConnection(new ConnectionStatus(Phase.CONNECTED, "unix:///var/run/docker.sock", "20.10.24", ""));
        store.replaceAll(List.of(ModelFixtures.node("n1", "lab-worker-1")),
                List.of(ModelFixtures.service("s1", "web", 2, 2), ModelFixtures.service("s2", "api", 1, 1)),
                List.of(ModelFixtures.task("t1", "s1", 1, "n1", TaskState.RUNNING, ""),
                        ModelFixtures.task("t2", "s1", 2, "n1", TaskState.RUNNING, "")));

        TableView<ServiceRow> services = robot.lookup("#services-table").queryTableView();
        waitUntil(() -> services.getItems().size() == 2);
        assertThat(robot.lookup("#connection-status").queryAs(Label.class).getText())
                .contains("Connected to unix:///var/run/docker.sock");

        // rows exist before their cells are laid out: wait for the cell that shows the name
        waitUntil(() -> robot.lookup("web").tryQuery().isPresent());
        // under X without a window manager nothing gives the window focus but us
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("web");
        @SuppressWarnings("unchecked")
        TreeTableView<TaskRow> tasks = (TreeTableView<TaskRow>) robot.lookup("#tasks-table").query();
        waitUntil(() -> TaskTreeRows.all(tasks).size() == 2);
        ServiceRow selected = services.getSelectionModel().getSelectedItem();
        assertThat(selected.nameProperty().get()).isEqualTo("web");

        // slot 1 dies and is replaced; counts drop then recover
        store.replaceServices(List.of(ModelFixtures.service("s1", "web", 1, 2), ModelFixtures.service("s2", "api", 1, 1)));
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(
                ModelFixtures.task("t1", "s1", 1, "n1", TaskState.FAILED, "task: non-zero exit (137)"),
                ModelFixtures.task("t2", "s1", 2, "n1", TaskState.RUNNING, ""),
                ModelFixtures.task("t3", "s1", 1, "n1", TaskState.STARTING, "")));

        waitUntil(() -> TaskTreeRows.all(tasks).size() == 3);
        assertThat(TaskTreeRows.all(tasks)).anySatisfy(r -> assertThat(r.errorProperty().get())
                .isEqualTo("task: non-zero exit (137)"));
        assertThat(services.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(selected.replicasProperty().get()).isEqualTo("1/2");

        // the replacement fails too and another takes the slot: the history moves under the new head
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(
                ModelFixtures.task("t1", "s1", 1, "n1", TaskState.FAILED, "task: non-zero exit (137)"),
                ModelFixtures.task("t2", "s1", 2, "n1", TaskState.RUNNING, ""),
                ModelFixtures.task("t3", "s1", 1, "n1", TaskState.FAILED, "task: non-zero exit (1)"),
                ModelFixtures.task("t4", "s1", 1, "n1", TaskState.RUNNING, "")));
        waitUntil(() -> TaskTreeRows.all(tasks).size() == 4);
        javafx.scene.control.TreeItem<TaskRow> slot1 = tasks.getRoot().getChildren().stream()
                .filter(i -> i.getValue().id().equals("t4")).findFirst().orElseThrow();
        assertThat(slot1.getChildren()).extracting(i -> i.getValue().id()).containsExactlyInAnyOrder("t3", "t1");
        assertThat(slot1.getChildren()).allSatisfy(i -> assertThat(i.getChildren()).isEmpty());

        store.setConnection(new ConnectionStatus(Phase.RECONNECTING, "unix:///var/run/docker.sock", "", "gone"));
        waitUntil(() -> robot.lookup("#connection-status").queryAs(Label.class).getText().startsWith("Reconnecting"));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
