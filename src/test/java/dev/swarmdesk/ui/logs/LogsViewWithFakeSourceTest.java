package dev.swarmdesk.ui.logs;

import static dev.swarmdesk.ui.logs.LogFixtures.err;
import static dev.swarmdesk.ui.logs.LogFixtures.out;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.ui.shell.MainWindow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The logs view on a fake cluster: merged names, pause, search, hiding, errors, batching. */
@ExtendWith(ApplicationExtension.class)
class LogsViewWithFakeSourceTest {

    private final LogFakeSource fake = new LogFakeSource();
    private LogsView view;
    private TabPane tabs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme(false);
        view = new LogsView(fake);
        tabs = new TabPane(new Tab("Logs", view.node()), new Tab("Other"));
        Scene scene = new Scene(tabs, 1000, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/swarmdesk/ui/swarmdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.apply(LogFixtures.webAndApi());
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    private LogFakeSource.Stream chooseWeb(FxRobot robot) throws Exception {
        ComboBox<LogChoice> services = robot.lookup("#logs-service").queryComboBox();
        assertThat(services.getItems()).extracting(LogChoice::label).containsExactly("api", "web");
        robot.interact(() -> services.setValue(services.getItems().get(1)));
        waitUntil(() -> fake.current() != null);
        return fake.current();
    }

    /** Under X without a window manager nothing gives the window focus but us. */
    private void focus(FxRobot robot) {
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<LogRow> list(FxRobot robot) {
        return robot.lookup("#logs-list").queryListView();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#logs-status").queryAs(Label.class).getText();
    }

    @Test
    void aChosenServiceStreamsAllTasksMergedEachLineNamedByItsTask(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);

        assertThat(stream.request).isEqualTo(LogRequest.service("s1").withTail(LogsView.TAIL));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(fake.streams).as("one choice, one stream").hasSize(1);
        assertThat(fake.ioThreads).isNotEmpty().noneMatch(t -> t.contains("JavaFX Application Thread"));
        stream.push(out("t2", "n2", "hello from two"));
        stream.push(err("t1", "n1", "oops from one"));
        ListView<LogRow> list = list(robot);
        waitUntil(() -> list.getItems().size() == 2);

        assertThat(list.getItems()).extracting(LogRow::toString)
                .containsExactly("web.2@vm | hello from two", "web.1@lab-worker-1 | oops from one");
        waitUntil(() -> robot.lookup(".logs-source").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().trim().equals("web.1@lab-worker-1")));
        waitUntil(() -> robot.lookup(".logs-cell").queryAllAs(LogCell.class).stream()
                .anyMatch(c -> c.getItem() != null && c.getItem().text().equals("oops from one")
                        && c.getPseudoClassStates().contains(LogCell.STDERR)));
        assertThat(status(robot)).contains("web · all tasks · following · 2 lines");
    }

    @Test
    void oneTaskIsStreamedAloneWithoutNames(FxRobot robot) throws Exception {
        chooseWeb(robot);
        ComboBox<LogChoice> tasks = robot.lookup("#logs-task").queryComboBox();
        assertThat(tasks.getItems()).extracting(LogChoice::label)
                .containsExactly("All tasks", "web.1@lab-worker-1 · running", "web.2@vm · running");
        robot.interact(() -> tasks.setValue(tasks.getItems().get(2)));
        waitUntil(() -> fake.streams.size() == 2);

        assertThat(fake.streams.get(0).closed).as("the merged stream stopped").isTrue();
        assertThat(fake.current().request).isEqualTo(LogRequest.task("t2").withTail(LogsView.TAIL));
        fake.current().push(out("t2", "n2", "only two"));
        waitUntil(() -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).toString()).isEqualTo("only two");
    }

    @Test
    void choosingAnotherServiceStopsTheFirstStreamAndOpensOneNew(FxRobot robot) throws Exception {
        LogFakeSource.Stream web = chooseWeb(robot);
        web.push(out("t1", "n1", "from web"));
        waitUntil(() -> list(robot).getItems().size() == 1);
        ComboBox<LogChoice> services = robot.lookup("#logs-service").queryComboBox();

        robot.interact(() -> services.setValue(services.getItems().get(0)));
        waitUntil(() -> fake.streams.size() == 2);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);

        assertThat(fake.streams).hasSize(2);
        assertThat(web.closed).isTrue();
        assertThat(fake.current().request.id()).isEqualTo("s2");
        assertThat(list(robot).getItems()).as("the old service's lines are gone").isEmpty();
        web.onLine.accept(out("t1", "n1", "late line from web")); // a reader thread that has not seen the close yet
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(list(robot).getItems()).isEmpty();
    }

    @Test
    void pauseHoldsNewLinesBackCountedAndResumeShowsThemAll(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);
        for (int i = 1; i <= 3; i++) {
            stream.push(out("t1", "n1", "before " + i));
        }
        ListView<LogRow> list = list(robot);
        waitUntil(() -> list.getItems().size() == 3);

        focus(robot);
        robot.clickOn("#logs-pause");
        for (int i = 1; i <= 142; i++) {
            stream.push(out("t1", "n1", "during " + i));
        }
        Label held = robot.lookup("#logs-held").queryAs(Label.class);
        waitUntil(() -> held.isVisible() && held.getText().equals("142 new lines"));
        assertThat(list.getItems()).hasSize(3);
        assertThat(status(robot)).contains("3 lines · paused");

        robot.clickOn("#logs-pause");
        waitUntil(() -> list.getItems().size() == 145);
        assertThat(list.getItems().get(144).text()).isEqualTo("during 142");
        assertThat(status(robot)).doesNotContain("paused");
        assertThat(held.isVisible()).isFalse();
    }

    @Test
    void searchMarksMatchingLinesFiltersThemAndEnterGoesToTheNext(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);
        for (String text : List.of("alpha one", "beta two", "ALPHA three", "gamma four")) {
            stream.push(out("t1", "n1", text));
        }
        ListView<LogRow> list = list(robot);
        waitUntil(() -> list.getItems().size() == 4);

        focus(robot);
        robot.clickOn("#logs-search").write("alpha");
        waitUntil(() -> status(robot).contains("2 matching"));
        waitUntil(() -> robot.lookup(".logs-hit").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .containsAll(List.of("alpha", "ALPHA")));
        assertThat(robot.lookup(".logs-cell").queryAllAs(LogCell.class).stream()
                .filter(c -> c.getPseudoClassStates().contains(LogCell.MATCH)).count()).isEqualTo(2);

        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 2);

        robot.clickOn("#logs-only-matches");
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(list.getItems()).extracting(LogRow::text).containsExactly("alpha one", "ALPHA three");
    }

    @Test
    void hidingTheViewStopsTheStreamAndShowingItAgainStartsAFreshOne(FxRobot robot) throws Exception {
        LogFakeSource.Stream first = chooseWeb(robot);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> first.closed && fake.closes.get() == 1);
        assertThat(fake.streams).hasSize(1);

        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitUntil(() -> fake.streams.size() == 2);
        assertThat(fake.current().closed).isFalse();
    }

    @Test
    void aModelUpdateKeepsTheChoiceAndTheStream(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);

        robot.interact(() -> view.apply(LogFixtures.update(LogFixtures.service("s1", "web"),
                LogFixtures.service("s2", "api"), LogFixtures.service("s0", "db"))));

        ComboBox<LogChoice> services = robot.lookup("#logs-service").queryComboBox();
        assertThat(services.getItems()).extracting(LogChoice::label).containsExactly("api", "db", "web");
        assertThat(services.getValue().label()).isEqualTo("web");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(fake.streams).containsExactly(stream);
        assertThat(stream.closed).isFalse();

        robot.interact(() -> view.apply(LogFixtures.update(LogFixtures.service("s2", "api"))));
        waitUntil(() -> stream.closed);
        waitUntil(() -> list(robot).getItems().stream()
                .anyMatch(r -> r.notice() && r.text().equals("web is no longer in the cluster: its log stopped.")));
    }

    @Test
    void aConnectionErrorIsOneReadableLineNotAStackTrace(FxRobot robot) throws Exception {
        fake.connectError = new ClusterAccessException(Kind.UNREACHABLE,
                "no Docker engine at unix:///var/run/docker.sock: connection refused (is dockerd running?)",
                new java.net.ConnectException("Connection refused"));
        ComboBox<LogChoice> services = robot.lookup("#logs-service").queryComboBox();
        robot.interact(() -> services.setValue(services.getItems().get(1)));

        ListView<LogRow> list = list(robot);
        waitUntil(() -> list.getItems().size() == 1);
        LogRow row = list.getItems().get(0);
        assertThat(row.notice()).isTrue();
        assertThat(row.text()).isEqualTo("Cannot read the log: no Docker engine at unix:///var/run/docker.sock:"
                + " connection refused (is dockerd running?)");
        assertThat(status(robot)).contains("stopped");
    }

    @Test
    void anErrorAfterSomeLinesSaysTheStreamStoppedBelowThem(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);
        stream.push(out("t1", "n1", "last words"));
        stream.onEnd.accept(new ClusterAccessException(Kind.REFUSED, "the engine reported: Error grabbing logs:"
                + " warning: incomplete log stream. some logs could not be retrieved: node n9 is not available"));

        ListView<LogRow> list = list(robot);
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(list.getItems().get(0).text()).isEqualTo("last words");
        assertThat(list.getItems().get(1).notice()).isTrue();
        assertThat(list.getItems().get(1).text()).startsWith("The log stream stopped: the engine reported: Error"
                + " grabbing logs: warning: incomplete log stream.");
        waitUntil(() -> fake.closes.get() == 1);
        assertThat(status(robot)).contains("stopped");
    }

    @Test
    void aFloodOfLinesReachesTheListInAFewBatches(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);
        ListView<LogRow> list = list(robot);
        AtomicInteger changes = new AtomicInteger();
        robot.interact(() -> list.getItems().addListener((ListChangeListener<LogRow>) c -> changes.incrementAndGet()));

        for (int i = 1; i <= 12_000; i++) {
            stream.push(out("t1", "n1", "line " + i));
        }
        waitUntil(() -> !list.getItems().isEmpty() && list.getItems().get(list.getItems().size() - 1).text()
                .equals("line 12000"));

        assertThat(list.getItems()).as("bounded").hasSize(LogsView.CAPACITY);
        assertThat(list.getItems().get(0).text()).isEqualTo("line 2001");
        assertThat(changes.get()).as("hand-offs to the list, not one per line").isLessThan(40);
    }

    @Test
    void linesTricklingInReachTheFxThreadAtMostOncePerPulse(FxRobot robot) throws Exception {
        LogFakeSource.Stream stream = chooseWeb(robot);
        long start = System.nanoTime();
        for (int i = 1; i <= 200; i++) {
            stream.push(out("t1", "n1", "line " + i));
            Thread.sleep(5);
        }
        long pulses = (System.nanoTime() - start) / (LogSession.PULSE_MILLIS * 1_000_000) + 2;
        waitUntil(() -> list(robot).getItems().size() == 200);

        int handOffs = WaitForAsyncUtils.asyncFx(() -> view.handOffs()).get();
        assertThat(handOffs).as("hand-offs for 200 lines over %d pulses", pulses).isBetween(1, (int) pulses);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
