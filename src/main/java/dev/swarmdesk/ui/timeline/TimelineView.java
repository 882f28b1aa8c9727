package dev.swarmdesk.ui.timeline;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import java.time.Clock;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Failures and their failovers, and nodes going down and up, newest first. It renders a
 * {@link TimelineHistory}, which follows the model even while this view is hidden; entries
 * update in place, so selection and scroll survive. Also owns the desktop notifications.
 */
public final class TimelineView implements View {

    static final String ALL_SERVICES = "All services";
    static final String ALL_NODES = "All nodes";
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final FilteredList<TimelineRow> shown;
    private final TableView<TimelineRow> table = TimelineTable.create();
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<String> services = new ComboBox<>();
    private final ComboBox<String> nodes = new ComboBox<>();
    private final Label summary = new Label();
    private final ToggleSwitch notify = new ToggleSwitch();
    private final Label notifyLabel = new Label("Notify");
    private final BorderPane root = new BorderPane();

    /** The timeline of the history, with notifications switched by the user's own preference. */
    public TimelineView(TimelineHistory history) {
        this(history, NotifySetting.userPreferences(), TimelineNotifier::controlsFxPopup);
    }

    TimelineView(TimelineHistory history, NotifySetting setting, BiConsumer<Window, String> popup) {
        shown = new FilteredList<>(history.rows());
        SortedList<TimelineRow> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        new TimelineNotifier(history, setting::isEnabled, this::ownerWindow, popup, Clock.systemUTC());
        notify.selectedProperty().bindBidirectional(setting.enabledProperty());
        buildToolbar();
        buildCopy();
        root.getStyleClass().add("timeline-view");
        root.setCenter(table);
        history.rows().addListener((ListChangeListener<TimelineRow>) c -> {
            if (c.getList().isEmpty()) {
                forgetNames();
            }
            while (c.next()) {
                c.getAddedSubList().forEach(this::learnNames);
                if (c.wasUpdated()) {
                    c.getList().subList(c.getFrom(), c.getTo()).forEach(this::learnNames);
                }
            }
        });
        history.rows().forEach(this::learnNames);
        // the summary (count, median recovery) is worked out once per hand-off, not once per row:
        // a burst of failures changes the list hundreds of times within one update
        shown.addListener((ListChangeListener<TimelineRow>) c -> {
            if (!summaryStale) {
                summaryStale = true;
                summaryRefresh.playFromStart();
            }
        });
        summaryRefresh.setOnFinished(e -> {
            if (summaryStale) {
                showSummary();
            }
        });
        showSummary();
    }

    private boolean summaryStale;
    /** Fires on the next pulse: one summary for however many list changes came before it. */
    private final PauseTransition summaryRefresh = new PauseTransition(javafx.util.Duration.millis(1));

    private void buildToolbar() {
        search.setId("timeline-filter");
        search.setPromptText("Filter (Ctrl+F)");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefColumnCount(18);
        search.textProperty().addListener((obs, was, now) -> refilter());
        setUpChoice(services, "timeline-service", ALL_SERVICES);
        setUpChoice(nodes, "timeline-node", ALL_NODES);
        summary.setId("timeline-summary");
        summary.getStyleClass().add("timeline-summary");
        notify.setId("timeline-notify");
        notify.setTooltip(new Tooltip("Desktop notifications when tasks fail or nodes go down"));
        // the switch itself toggles only on its track: let its words toggle it too
        notifyLabel.setId("timeline-notify-label");
        notifyLabel.setLabelFor(notify);
        notifyLabel.setOnMouseClicked(e -> notify.fire());
        HBox toggle = new HBox(6, notifyLabel, notify);
        toggle.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, search, services, nodes, new Spacer(), summary, toggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("timeline-toolbar");
        root.setTop(bar);
    }

    private void setUpChoice(ComboBox<String> box, String id, String all) {
        box.setId(id);
        box.getItems().add(all);
        box.setValue(all);
        box.setVisibleRowCount(16);
        box.valueProperty().addListener((obs, was, now) -> refilter());
    }

    private void buildCopy() {
        MenuItem copy = new MenuItem("Copy error", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("timeline-copy-error");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copySelected());
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setContextMenu(new ContextMenu(copy));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelected();
                e.consume();
            }
        });
    }

    private void copySelected() {
        TimelineRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(row.what());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Adds names not seen before to the choices, in order, without disturbing the choice made. */
    private void learnNames(TimelineRow row) {
        learn(services, row.service());
        learn(nodes, row.node());
        learn(nodes, row.outcome().replacementNode());
    }

    private void forgetNames() {
        // replacing the items clears the choice: choose "all" after
        services.getItems().setAll(ALL_SERVICES);
        services.setValue(ALL_SERVICES);
        nodes.getItems().setAll(ALL_NODES);
        nodes.setValue(ALL_NODES);
    }

    private static void learn(ComboBox<String> box, String name) {
        if (name.isEmpty() || box.getItems().contains(name)) {
            return;
        }
        int i = 1;
        while (i < box.getItems().size() && box.getItems().get(i).compareToIgnoreCase(name) < 0) {
            i++;
        }
        box.getItems().add(i, name);
    }

    private void refilter() {
        shown.setPredicate(currentFilter());
        showSummary();
    }

    TimelineFilter currentFilter() {
        String service = services.getValue() == null || ALL_SERVICES.equals(services.getValue()) ? "" : services.getValue();
        String node = nodes.getValue() == null || ALL_NODES.equals(nodes.getValue()) ? "" : nodes.getValue();
        return new TimelineFilter(service, node, search.getText() == null ? "" : search.getText());
    }

    private void showSummary() {
        summaryStale = false;
        summary.setText(TimelineSummary.of(shown).text());
    }

    /** The window this view is in, while it is showing; notifications need one. */
    private Window ownerWindow() {
        Scene scene = root.getScene();
        Window w = scene == null ? null : scene.getWindow();
        return w != null && w.isShowing() ? w : null;
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TIMELINE_ALERT_OUTLINE;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Nothing to do: the history follows every hand-off itself, shown or not, and the table follows it. */
    @Override
    public void apply(ModelUpdate update) {
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
