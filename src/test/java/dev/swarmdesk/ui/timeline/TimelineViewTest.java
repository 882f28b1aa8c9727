package dev.swarmdesk.ui.timeline;

import static dev.swarmdesk.ui.timeline.TimelineFixtures.ALPHA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.API;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.BETA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.KILLED;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.T0;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.WEB;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterStore;
import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.services.ServicesView;
import dev.swarmdesk.ui.shell.MainWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in the main window, fed by a real store and news feed through the one bridge:
 * entries appear and complete live, filters hide rows, and notifications obey the switch.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final Instant FAILED_AT = T0.plusSeconds(60);

    private final ClusterStore store = new ClusterStore();
    private final Preferences prefs = Preferences.userRoot().node("dev/swarmdesk/test/" + UUID.randomUUID());
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<Long> noticeNanos = new CopyOnWriteArrayList<>();
    private Stage stage;
    private TimelineHistory history;
    private FxModelBridge bridge;
    private MainWindow window;
    private NotifySetting setting;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        NewsFeed news = new NewsFeed(Clock.systemUTC());
        store.subscribe(news);
        bridge = new FxModelBridge(store, news);
        history = TimelineHistory.following(bridge);
        setting = new NotifySetting(prefs);
        view = new TimelineView(history, setting, (owner, text) -> {
            notices.add(text);
            noticeNanos.add(System.nanoTime());
        });
        window = new MainWindow(bridge, List.of(new ServicesView(), view));
        stage.setScene(window.scene());
        stage.setWidth(1200);
        stage.setHeight(600);
        stage.show();
        store.replaceAll(List.of(ALPHA, BETA), List.of(WEB, API), List.of(
                running("t1", "s1", 1, "n1"), running("t2", "s1", 2, "n1"), running("a1", "s2", 1, "n2")));
    }

    @AfterEach
    void close() throws Exception {
        bridge.close();
        prefs.removeNode();
    }

    private static SwarmTask running(String id, String service, long slot, String node) {
        return task(id, service, slot, node, TaskState.RUNNING, "", T0);
    }

    private static SwarmTask failedTask(String id, String service, long slot, String node) {
        return task(id, service, slot, node, TaskState.FAILED, KILLED, FAILED_AT);
    }

    /** web.1 dies on lab-worker-1; the engine schedules t3 on lab-worker-2. */
    private void web1Fails() {
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(failedTask("t1", "s1", 1, "n1"),
                running("t2", "s1", 2, "n1"),
                task("t3", "s1", 1, "n2", TaskState.STARTING, "", FAILED_AT.plusMillis(100))));
    }

    private void t3Runs(long afterMillis) {
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(failedTask("t1", "s1", 1, "n1"),
                running("t2", "s1", 2, "n1"),
                task("t3", "s1", 1, "n2", TaskState.RUNNING, "", FAILED_AT.plusMillis(afterMillis))));
    }

    /** Under X without a window manager nothing gives the window focus but us. */
    private void focus(FxRobot robot) {
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<TimelineRow> table(FxRobot robot) {
        return robot.lookup("#timeline-table").queryTableView();
    }

    private static boolean cellShows(FxRobot robot, String styleClass, String text) {
        return robot.lookup("." + styleClass).queryAllAs(TableCell.class).stream()
                .anyMatch(c -> text.equals(c.getText()));
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#timeline-summary").queryAs(Label.class).getText();
    }

    @Test
    void aFailureAppearsAndThenItsRecoveryTimeWithNoUserAction(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Timeline"));
        TableView<TimelineRow> table = table(robot);
        assertThat(table.getItems()).isEmpty();

        web1Fails();
        waitUntil(() -> table.getItems().size() == 1);
        TimelineRow row = table.getItems().get(0);
        assertThat(row.what()).isEqualTo(KILLED);
        assertThat(row.service()).isEqualTo("web");
        assertThat(row.node()).isEqualTo("lab-worker-1");
        waitUntil(() -> cellShows(robot, "timeline-recovery", "recovering…"));
        assertThat(cellShows(robot, "timeline-what", KILLED)).isTrue();
        waitUntil(() -> summary(robot).equals("1 failure · 1 recovering"));

        t3Runs(1240);
        waitUntil(() -> cellShows(robot, "timeline-recovery", "1.24 s"));
        assertThat(table.getItems()).containsExactly(row);
        assertThat(TimelineText.replacement(row.outcome())).isEqualTo("t3 on lab-worker-2");
        assertThat(cellShows(robot, "timeline-recovery", "recovering…")).isFalse();
        waitUntil(() -> summary(robot).equals("1 failure · median recovery 1.24 s"));
    }

    @Test
    void theHistoryIsKeptWhileTheTimelineIsHidden(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Services"));
        web1Fails();
        t3Runs(900);
        waitUntil(() -> notices.size() == 1);

        robot.interact(() -> window.show("Timeline"));
        TableView<TimelineRow> table = table(robot);
        assertThat(table.getItems()).singleElement()
                .satisfies(r -> assertThat(r.outcome().status()).isEqualTo(Outcome.Status.RECOVERED));
        waitUntil(() -> cellShows(robot, "timeline-recovery", "0.90 s"));
    }

    @Test
    void filteringByServiceHidesTheOtherServicesRows(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Timeline"));
        store.replaceTasks(t -> true, List.of(failedTask("t1", "s1", 1, "n1"), running("t2", "s1", 2, "n1"),
                failedTask("a1", "s2", 1, "n2")));
        TableView<TimelineRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 2);
        waitUntil(() -> summary(robot).startsWith("2 failures"));

        focus(robot);
        robot.clickOn("#timeline-service");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && "api".equals(c.getText()))
                .queryAs(ListCell.class));
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).service()).isEqualTo("api");
        waitUntil(() -> summary(robot).equals("1 failure · 1 recovering"));

        // Ctrl+F goes to the text filter, which narrows further
        robot.clickOn("#timeline-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField filter = robot.lookup("#timeline-filter").queryAs(TextField.class);
        waitUntil(filter::isFocused);
        robot.write("oom");
        waitUntil(() -> table.getItems().isEmpty());
        waitUntil(() -> summary(robot).equals("0 failures"));

        // another cluster: the history and the choices start again
        robot.interact(() -> history.clear());
        ComboBox<String> services = robot.lookup("#timeline-service").queryComboBox();
        assertThat(services.getItems()).containsExactly(TimelineView.ALL_SERVICES);
        assertThat(services.getValue()).isEqualTo(TimelineView.ALL_SERVICES);
    }

    @Test
    void theErrorIsCopiedWithCtrlC(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Timeline"));
        web1Fails();
        TableView<TimelineRow> table = table(robot);
        waitUntil(() -> cellShows(robot, "timeline-what", KILLED));
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        focus(robot);
        robot.clickOn(robot.lookup(".timeline-what").match((TableCell<?, ?> c) -> KILLED.equals(c.getText()))
                .queryAs(TableCell.class));
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(KILLED);
    }

    @Test
    void withTheSwitchOffNothingIsNotified(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Timeline"));
        assertThat(setting.isEnabled()).isTrue();
        focus(robot);
        robot.clickOn("#timeline-notify-label");
        assertThat(setting.isEnabled()).isFalse();
        assertThat(prefs.getBoolean(NotifySetting.KEY, true)).as("remembered").isFalse();

        web1Fails();
        waitUntil(() -> table(robot).getItems().size() == 1);
        WaitForAsyncUtils.sleep(1300, TimeUnit.MILLISECONDS);
        assertThat(notices).isEmpty();
    }

    @Test
    void aBurstIsOneNoticeAndTheNextWaitsASecond(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("Services"));
        store.replaceTasks(t -> true, List.of(failedTask("t1", "s1", 1, "n1"), failedTask("t2", "s1", 2, "n1"),
                failedTask("a1", "s2", 1, "n2")));
        waitUntil(() -> notices.size() == 1);
        assertThat(notices).containsExactly("3 tasks failed");

        store.replaceTasks(t -> t.serviceId().equals("s2"), List.of(failedTask("a1", "s2", 1, "n2"),
                failedTask("a2", "s2", 1, "n1")));
        waitUntil(() -> notices.size() == 2);
        assertThat(notices.get(1)).isEqualTo("api.1 failed on lab-worker-1: " + KILLED);
        assertThat(noticeNanos.get(1) - noticeNanos.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertThat(notices).as("nothing told twice").hasSize(2);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
