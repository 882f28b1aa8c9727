package dev.swarmdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.ui.fx.FxModelBridge;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The switcher and the connect dialog against fake connections: nothing is saved unchecked. */
@ExtendWith(ApplicationExtension.class)
class ConnectionSwitchingWithFakeConnectionsTest {

    private final List<String> switched = new ArrayList<>();
    private final List<ConnectionForm> saved = new ArrayList<>();
    private Stage stage;

    private final Connections fake = new Connections() {
        @Override
        public List<String> choices() {
            return List.of("prod", "context lab", "default");
        }

        @Override
        public String current() {
            return switched.isEmpty() ? "default" : switched.get(switched.size() - 1);
        }

        @Override
        public void switchTo(String choice) {
            switched.add(choice);
        }

        @Override
        public CompletableFuture<String> check(ConnectionForm form) {
            return form.hosts().contains("good")
                    ? CompletableFuture.completedFuture("engine 20.10 at " + form.hosts())
                    : CompletableFuture.failedFuture(new IllegalStateException("no Docker engine at " + form.hosts()));
        }

        @Override
        public void saveAndSwitch(ConnectionForm form) {
            saved.add(form);
            switchTo(form.name());
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow window = new MainWindow(new FxModelBridge(new ClusterStore(), new NewsFeed(Clock.systemUTC())), List.of());
        window.enableConnections(fake);
        stage.setScene(window.scene());
        stage.setWidth(1000);
        stage.setHeight(600);
        stage.show();
    }

    @Test
    void choosingAConnectionSwitchesToIt(FxRobot robot) {
        ComboBox<String> switcher = robot.lookup("#connection-switcher").queryComboBox();
        assertThat(switcher.getItems()).containsExactly("prod", "context lab", "default");
        robot.interact(() -> switcher.setValue("context lab"));
        assertThat(switched).containsExactly("context lab");
    }

    @Test
    void saveIsEnabledOnlyAfterACheckOfWhatIsInTheForm(FxRobot robot) throws Exception {
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connection-connect");
        Node save = robot.lookup("#connect-save").query();
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#connect-name").write("prod");
        robot.clickOn("#connect-hosts").write("tcp://bad:2376");
        robot.clickOn("#connect-check");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#connect-result").queryAs(Label.class).getText().startsWith("Failed"));
        assertThat(robot.lookup("#connect-result").queryAs(Label.class).getText())
                .contains("no Docker engine at tcp://bad:2376");
        assertThat(save.isDisabled()).isTrue();

        robot.doubleClickOn("#connect-hosts").eraseText(20).write("tcp://good:2376");
        robot.clickOn("#connect-check");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !save.isDisabled());

        robot.clickOn("#connect-hosts").write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).as("the form changed after the check").isTrue();
        robot.eraseText(1);
        robot.clickOn("#connect-check");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !save.isDisabled());
        robot.clickOn("#connect-save");

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).hosts()).isEqualTo("tcp://good:2376");
        assertThat(switched).containsExactly("prod");
    }
}
