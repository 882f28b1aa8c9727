package dev.swarmdesk.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.UpdateStatus;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.Jobs;
import dev.swarmdesk.ui.shell.MainWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Restarting a service's tasks from the services toolbar: confirmed first, and a refusal shown in the engine's words. */
@ExtendWith(ApplicationExtension.class)
class ForceUpdateActionWithFakeActionsTest {

    private final ClusterStore store = new ClusterStore();
    private final Jobs jobs = new Jobs(1);
    private final List<String> asked = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ServiceActions refusing = (id, name) -> {
            asked.add(id);
            jobs.run("Restarting the tasks of " + name, () -> {
                throw new IllegalStateException("rpc error: code = NotFound desc = service " + id + " not found");
            }, r -> { });
        };
        MainWindow window = new MainWindow(new FxModelBridge(store, new NewsFeed(Clock.systemUTC())),
                List.of(new ServicesView(refusing)));
        window.follow(jobs);
        stage.setScene(window.scene());
        stage.setWidth(1000);
        stage.setHeight(600);
        stage.show();
    }

    @Test
    void confirmedRestartThatTheEngineRefusesShowsTheEnginesMessage(FxRobot robot) throws Exception {
        Instant t = Instant.parse("2026-11-21T08:00:00Z");
        store.replaceAll(List.of(), List.of(new SwarmService("svc1", 1, "web",
                new ServiceMode(ServiceMode.REPLICATED, 2, 0), "img:1", Map.of(), List.of(), 0, false,
                UpdateStatus.NONE, new TaskCounts(2, 2, 0), t, t)), List.of());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("web").tryQuery().isPresent());
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("web").clickOn("#service-restart");
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Restart all tasks of web?");
        robot.clickOn("Cancel");
        assertThat(asked).isEmpty();

        robot.clickOn("#service-restart").clickOn("OK");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> ((DialogPane) n).getHeaderText()).filter(h -> h.endsWith("failed")).isPresent());
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(asked).containsExactly("svc1");
        assertThat(error.getHeaderText()).isEqualTo("Restarting the tasks of web failed");
        assertThat(error.getContentText()).isEqualTo("rpc error: code = NotFound desc = service svc1 not found");
        robot.clickOn("OK");
    }
}
