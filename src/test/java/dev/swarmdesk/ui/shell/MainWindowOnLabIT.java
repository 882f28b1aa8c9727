package dev.swarmdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LiveModel;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.services.ServicesView;
import java.time.Clock;
import dev.swarmdesk.ui.services.ServiceRow;
import dev.swarmdesk.ui.services.TaskRow;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the real lab swarm: lists what docker lists, and shows a kill's failure by itself. */
@ExtendWith(ApplicationExtension.class)
class MainWindowOnLabIT {

    private final LabSwarm lab = LabSwarm.get();
    private LiveModel model;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new LiveModel(lab.connector());
        stage.setScene(new MainWindow(new FxModelBridge(model.store, new NewsFeed(Clock.systemUTC())), List.of(new ServicesView())).scene());
        stage.setWidth(1000);
        stage.setHeight(650);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void listsWhatDockerListsAndFollowsAKill(FxRobot robot) throws Exception {
        try (LabServices services = new LabServices(lab)) {
            String name = LabSwarm.uniqueName("it-ui");
            String id = services.create(name, "--replicas", "2", LabSwarm.IMAGE, "sleep", "3600");
            TableView<ServiceRow> table = robot.lookup("#services-table").queryTableView();
            waitUntil(30, () -> names(table).contains(name)
                    && model.store.snapshot().tasksOf(id).stream().filter(SwarmTask::isRunning).count() == 2);
            waitUntil(10, () -> names(table).equals(new TreeSet<>(lab.docker("service", "ls", "--format", "{{.Name}}")
                    .lines().toList())));

            waitUntil(10, () -> robot.lookup(name).tryQuery().isPresent());
            // under X without a window manager nothing gives the window focus but us
            robot.interact(() -> stage.requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(name);
            @SuppressWarnings("unchecked")
        TreeTableView<TaskRow> tasks = (TreeTableView<TaskRow>) robot.lookup("#tasks-table").query();
            waitUntil(10, () -> TaskTreeRows.all(tasks).size() == 2);
            ServiceRow selected = table.getSelectionModel().getSelectedItem();

            SwarmTask victim = model.store.snapshot().tasksOf(id).stream().filter(SwarmTask::isRunning)
                    .filter(t -> model.store.snapshot().nodes().get(t.nodeId()).leader()).findFirst()
                    .orElseGet(() -> null);
            if (victim == null) {
                // both tasks on workers: kill one there
                victim = model.store.snapshot().tasksOf(id).get(0);
                String host = model.store.snapshot().nodes().get(victim.nodeId()).hostname();
                lab.dockerOn(lab.node(host).orElseThrow(), "kill", victim.containerId());
            } else {
                lab.docker("kill", victim.containerId());
            }
            waitUntil(20, () -> TaskTreeRows.all(tasks).size() == 3 && TaskTreeRows.all(tasks).stream()
                    .anyMatch(r -> r.errorProperty().get().equals("task: non-zero exit (137)")));
            assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
        }
    }

    private static Set<String> names(TableView<ServiceRow> table) {
        Set<String> out = new TreeSet<>();
        table.getItems().forEach(r -> out.add(r.nameProperty().get()));
        return out;
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
