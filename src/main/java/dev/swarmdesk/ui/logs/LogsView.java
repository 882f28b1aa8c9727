package dev.swarmdesk.ui.logs;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterConnector;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The log of one service (all its tasks merged, each line named by its task) or of one task,
 * streamed while the view is on screen. Lines reach the list in batches, at most one per pulse;
 * the list keeps the latest {@link #CAPACITY} lines and is virtualized. Search marks matching
 * lines (or shows only them); Pause holds new lines back, counted, until Resume.
 */
public final class LogsView implements View, AutoCloseable {

    static final int CAPACITY = 10_000;
    /** Lines per task to start with: enough to read what just happened without a long wait. */
    static final long TAIL = 1_000;

    private final ClusterConnector connector;
    private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "swarmdesk-logs-jobs");
        t.setDaemon(true);
        return t;
    });
    private final LogBuffer buffer = new LogBuffer(CAPACITY);
    private final FilteredList<LogRow> visible = new FilteredList<>(buffer.rows());
    private final ListView<LogRow> list = new ListView<>(visible);
    private final LogsToolbar bar = new LogsToolbar();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private final LogsShowing showing;
    private ClusterSnapshot snapshot = ClusterSnapshot.EMPTY;
    private LogSearch search = new LogSearch("");
    private LogTimes times = LogTimes.now();
    private LogSession session;
    private int sourceWidth;
    private boolean linesShown;
    private boolean syncing;

    /** @param connector opens a connection for each stream; the view closes it when the stream stops */
    public LogsView(ClusterConnector connector) {
        this.connector = connector;
        list.setId("logs-list");
        list.getStyleClass().addAll("logs-list", "edge-to-edge");
        list.setPlaceholder(new Label("Choose a service to see its log"));
        list.setCellFactory(l -> new LogCell(() -> search, () -> bar.timestamps.isSelected() ? times : null,
                () -> sourceWidth));
        status.setId("logs-status");
        status.getStyleClass().add("logs-status");
        root.getStyleClass().add("logs-view");
        root.setTop(bar.node());
        root.setCenter(list);
        root.setBottom(status);
        showing = new LogsShowing(root);
        wire();
        showStatus();
    }

    private void wire() {
        bar.service.valueProperty().addListener((o, was, now) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                bar.task.getItems().setAll(now == null ? List.of() : LogNames.tasks(snapshot, now.id()));
                bar.task.setValue(now == null ? null : LogChoice.ALL_TASKS);
            } finally {
                syncing = false;
            }
            restart();
        });
        bar.task.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                restart();
            }
        });
        bar.follow.selectedProperty().addListener((o, was, now) -> restart());
        bar.timestamps.selectedProperty().addListener((o, was, now) -> list.refresh());
        bar.pause.setOnAction(e -> togglePause());
        bar.clear.setOnAction(e -> {
            buffer.clear();
            showStatus();
        });
        bar.search.textProperty().addListener((o, was, now) -> searchChanged());
        bar.onlyMatches.selectedProperty().addListener((o, was, now) -> searchChanged());
        bar.search.setOnAction(e -> nextMatch(false));
        bar.search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                nextMatch(true);
                e.consume();
            }
        });
        showing.property().addListener((o, was, now) -> restart());
    }

    @Override
    public String title() {
        return "Logs";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TEXT_BOX_OUTLINE;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        bar.search.requestFocus();
        bar.search.selectAll();
    }

    /** Keeps the pickers in step with the model; the choice survives while its service exists. */
    @Override
    public void apply(ModelUpdate update) {
        snapshot = update.snapshot();
        LogChoice service = bar.service.getValue();
        LogChoice task = bar.task.getValue();
        List<LogChoice> services = LogNames.services(snapshot);
        syncing = true;
        try {
            if (!services.equals(bar.service.getItems())) {
                bar.service.getItems().setAll(services);
                bar.service.setValue(service == null ? null : find(services, service.id()));
            }
            List<LogChoice> tasks = bar.service.getValue() == null ? List.of()
                    : LogNames.tasks(snapshot, bar.service.getValue().id());
            if (!tasks.equals(bar.task.getItems())) {
                bar.task.getItems().setAll(tasks);
                bar.task.setValue(task == null ? null : find(tasks, task.id()));
            }
        } finally {
            syncing = false;
        }
        if (service != null && bar.service.getValue() == null) {
            stop();
            buffer.add(List.of(LogRow.notice(service.label() + " is no longer in the cluster: its log stopped.")));
        } else if (task != null && bar.task.getValue() == null) {
            bar.task.setValue(LogChoice.ALL_TASKS);
        }
        showStatus();
    }

    private static LogChoice find(List<LogChoice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** Stops the stream, and starts the one the pickers ask for if the view is on screen. */
    private void restart() {
        stop();
        buffer.clear();
        sourceWidth = 0;
        linesShown = false;
        times = LogTimes.now();
        LogChoice service = bar.service.getValue();
        if (service == null || !showing.property().get()) {
            showStatus();
            return;
        }
        LogChoice task = bar.task.getValue();
        boolean merged = task == null || task.allTasks();
        LogRequest request = (merged ? LogRequest.service(service.id()) : LogRequest.task(task.id()))
                .withFollow(bar.follow.isSelected()).withTail(TAIL);
        session = new LogSession(connector, request, jobs, CAPACITY, new LogSession.Sink() {
            @Override
            public void lines(List<LogLine> lines) {
                show(lines, merged);
            }

            @Override
            public void ended(Throwable error) {
                streamEnded(error);
            }
        }).start();
        showStatus();
    }

    private void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    private void show(List<LogLine> lines, boolean merged) {
        boolean atEnd = atEnd();
        List<LogRow> rows = new ArrayList<>(lines.size());
        for (LogLine l : lines) {
            String source = merged ? LogNames.task(snapshot, l.taskId(), l.nodeId()) : "";
            sourceWidth = Math.max(sourceWidth, source.length());
            rows.add(LogRow.line(l.time(), source, LogNames.color(snapshot, l.taskId()), l.isStderr(), l.text()));
        }
        buffer.add(rows);
        linesShown |= !rows.isEmpty();
        if (atEnd && !buffer.paused() && !visible.isEmpty()) {
            list.scrollTo(visible.size() - 1);
        }
        showStatus();
    }

    private void streamEnded(Throwable error) {
        String text;
        if (error == null) {
            text = bar.follow.isSelected() ? "The log stream ended (the service or task is gone)." : "End of the log.";
        } else {
            String why = error instanceof ClusterAccessException || error.getMessage() != null ? error.getMessage()
                    : error.getClass().getSimpleName();
            // lines first, then an error: the engine gave what it had (e.g. "incomplete log stream")
            text = (linesShown ? "The log stream stopped: " : "Cannot read the log: ") + why;
        }
        boolean atEnd = atEnd();
        buffer.add(List.of(LogRow.notice(text)));
        if (atEnd && !visible.isEmpty()) {
            list.scrollTo(visible.size() - 1);
        }
        session = null;
        showStatus();
    }

    /** Whether the last line is in sight: only then do new lines scroll the list. */
    private boolean atEnd() {
        // lay out first: right after a scrollTo the flow's cells are those of before it
        list.layout();
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= visible.size() - 1;
    }

    private void togglePause() {
        if (buffer.paused()) {
            buffer.resume();
            if (!visible.isEmpty()) {
                list.scrollTo(visible.size() - 1);
            }
        } else {
            buffer.pause();
        }
        showStatus();
    }

    private void searchChanged() {
        search = new LogSearch(bar.search.getText());
        LogSearch s = search;
        visible.setPredicate(bar.onlyMatches.isSelected() && !s.isEmpty() ? r -> r.notice() || s.matches(r) : null);
        list.refresh();
        showStatus();
    }

    private void nextMatch(boolean backwards) {
        int at = search.next(visible, list.getSelectionModel().getSelectedIndex(), backwards);
        if (at >= 0) {
            list.getSelectionModel().clearAndSelect(at);
            list.scrollTo(Math.max(0, at - 3));
        }
        showStatus();
    }

    private void showStatus() {
        bar.showPaused(buffer.paused());
        LogChoice service = bar.service.getValue();
        StringBuilder s = new StringBuilder();
        if (service == null) {
            s.append("No service chosen");
        } else {
            LogChoice task = bar.task.getValue();
            s.append(service.label()).append(" · ")
                    .append(task == null || task.allTasks() ? "all tasks" : task.label().split(" · ")[0])
                    .append(" · ").append(session != null ? bar.follow.isSelected() ? "following" : "reading"
                            : "stopped")
                    .append(" · ").append(buffer.rows().size()).append(buffer.rows().size() == 1 ? " line" : " lines");
        }
        if (!search.isEmpty()) {
            s.append(" · ").append(search.count(buffer.rows())).append(" matching");
        }
        if (buffer.paused()) {
            s.append(" · paused");
        }
        bar.showHeld(buffer.paused() ? buffer.heldCount() : -1);
        status.setText(s.toString());
    }

    /** Hand-offs of the current stream to the FX thread (for tests). */
    int handOffs() {
        return session == null ? 0 : session.handOffs();
    }

    /** Stops the stream and the view's background thread (call when the window closes). */
    @Override
    public void close() {
        stop();
        jobs.shutdown();
    }
}
