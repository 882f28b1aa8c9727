package dev.swarmdesk.ui.services;

import dev.swarmdesk.cluster.ClusterChange;
import dev.swarmdesk.cluster.ClusterSnapshot;
import java.util.HashSet;
import java.util.Set;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.listing.HealthSummary;
import dev.swarmdesk.listing.ServiceLine;
import dev.swarmdesk.listing.SlotHistory;
import dev.swarmdesk.listing.TaskLine;
import dev.swarmdesk.ui.controls.KeyedRows;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.shell.View;
import java.time.Instant;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Services with their replicas, image, ports, update state and health, searchable; below, the
 * tasks of the selected service grouped by slot. Follows the model live; rows update in place.
 */
public final class ServicesView implements View {

    private final ObservableList<ServiceRow> services = FXCollections.observableArrayList();
    private final FilteredList<ServiceRow> filtered = new FilteredList<>(services);
    private final SortedList<ServiceRow> sorted = new SortedList<>(filtered);
    private final TableView<ServiceRow> serviceTable = new TableView<>(sorted);
    private final TaskTree tasks = new TaskTree();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final KeyedRows<ServiceLine, ServiceRow> serviceRows;
    private final BorderPane root = new BorderPane();
    private ClusterSnapshot last = ClusterSnapshot.EMPTY;
    private String shownTasksOf;
    private boolean selectedOnce;

    public ServicesView() {
        this(null);
    }

    /** @param actions what the context menu may do; null for a read-only view */
    public ServicesView(ServiceActions actions) {
        serviceRows = new KeyedRows<>(ServiceLine::id, ServiceRow::new, this::showRow);
        serviceTable.setId("services-table");
        serviceTable.setPlaceholder(new Label("No services"));
        serviceTable.setRowFactory(table -> new ServiceTableRow());
        Button restart = new Button("Restart tasks…");
        restart.setId("service-restart");
        restart.setTooltip(new Tooltip("Replace every task of the selected service (docker service update --force)"));
        restart.disableProperty().bind(serviceTable.getSelectionModel().selectedItemProperty().isNull());
        restart.setVisible(actions != null);
        restart.setManaged(actions != null);
        if (actions != null) {
            restart.setOnAction(e -> confirmRestart(actions));
            MenuItem item = new MenuItem("Restart tasks (force update)…");
            item.setId("service-force-update");
            item.setOnAction(e -> confirmRestart(actions));
            serviceTable.setContextMenu(new ContextMenu(item));
        }
        serviceTable.getColumns().add(column("Name", ServiceRow::nameProperty, 170));
        serviceTable.getColumns().add(column("Stack", ServiceRow::stackProperty, 80));
        serviceTable.getColumns().add(column("Mode", ServiceRow::modeProperty, 90));
        TableColumn<ServiceRow, String> replicas = column("Replicas", ServiceRow::replicasProperty, 130);
        replicas.setCellFactory(c -> new ReplicasCell());
        serviceTable.getColumns().add(replicas);
        serviceTable.getColumns().add(column("Image", ServiceRow::imageProperty, 210));
        serviceTable.getColumns().add(column("Digest", ServiceRow::digestProperty, 110));
        serviceTable.getColumns().add(column("Ports", ServiceRow::portsProperty, 110));
        serviceTable.getColumns().add(column("Update", ServiceRow::updateProperty, 90));
        serviceTable.getColumns().add(column("Health", ServiceRow::healthProperty, 200));
        // the columns share the window's width: no horizontal scrolling to find the health
        serviceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sorted.comparatorProperty().bind(serviceTable.comparatorProperty());
        serviceTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showTasks());

        search.setId("services-search");
        search.setPromptText("Search services (Ctrl+F)");
        search.setPrefColumnCount(28);
        search.textProperty().addListener((obs, was, now) -> {
            filtered.setPredicate(now.isBlank() ? null : row -> row.matches(now));
            count.setText(countText());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, search, count, spacer, restart);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 6, 8));
        toolbar.getStyleClass().add("services-toolbar");

        SplitPane split = new SplitPane(serviceTable, tasks.control());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setTop(toolbar);
        root.setCenter(split);

        // relative ages ("Running 5 seconds ago") go stale while nothing changes: re-word them
        Timeline ages = new Timeline(new KeyFrame(Duration.seconds(1), e -> tasks.tick(Instant.now())));
        ages.setCycleCount(Timeline.INDEFINITE);
        ages.play();
    }

    private void confirmRestart(ServiceActions actions) {
        ServiceRow row = serviceTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Every task of " + row.nameProperty().get() + " is replaced, following its update policy"
                        + " (start-first keeps capacity; stop-first lowers it while tasks restart).",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setHeaderText("Restart all tasks of " + row.nameProperty().get() + "?");
        confirm.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(b -> actions.forceUpdate(row.id(), row.nameProperty().get()));
    }

    private void showRow(ServiceRow row, ServiceLine line) {
        SwarmService s = last.services().get(line.id());
        HealthSummary health = HealthSummary.of(last.tasksOf(line.id()), s != null && s.hasHealthcheck(),
                Instant.now());
        row.show(line, s == null ? "" : s.image(), health);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, ObservableValue<String>> value,
                                                     double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public String title() {
        return "Services";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.APPS;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void apply(ModelUpdate update) {
        last = update.snapshot();
        Set<String> touched = tasksOnlyTouched(update);
        if (touched == null) {
            serviceRows.apply(ServiceLine.of(last.services()), services);
        } else {
            // the list and its order stand: re-word only the rows whose service or tasks moved
            for (String id : touched) {
                SwarmService s = last.services().get(id);
                ServiceRow row = serviceRows.row(id);
                if (s != null && row != null) {
                    showRow(row, ServiceLine.of(s));
                }
            }
        }
        count.setText(countText());
        if (serviceTable.getSelectionModel().isEmpty() && !sorted.isEmpty() && !selectedOnce) {
            // the first time services arrive, show the first one's tasks instead of an empty pane
            selectedOnce = true;
            serviceTable.getSelectionModel().selectFirst();
        }
        showTasks();
    }

    /**
     * The services whose rows an update changed in place (their tasks, counts or spec), or null
     * when services were added, removed or renamed (or it is a catch-up with no changes listed),
     * which needs the whole list.
     */
    private static Set<String> tasksOnlyTouched(ModelUpdate update) {
        if (update.changes().isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (ClusterChange c : update.changes()) {
            if (c instanceof ClusterChange.TaskChange tc) {
                ids.add((tc.after() != null ? tc.after() : tc.before()).serviceId());
            } else if (c instanceof ClusterChange.ServiceChange sc) {
                boolean sameRow = sc.before() != null && sc.after() != null
                        && sc.before().name().equals(sc.after().name());
                if (!sameRow) {
                    return null; // added, removed or renamed: the list and its order change
                }
                ids.add(sc.after().id());
            }
        }
        return ids;
    }

    private String countText() {
        return filtered.size() == services.size() ? services.size() + " services"
                : filtered.size() + " of " + services.size() + " services";
    }

    private void showTasks() {
        ServiceRow selected = serviceTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            tasks.clear();
            shownTasksOf = null;
            return;
        }
        if (!selected.id().equals(shownTasksOf)) {
            tasks.clear();
            shownTasksOf = selected.id();
        }
        Instant now = Instant.now();
        tasks.show(SlotHistory.of(TaskLine.of(last.tasksOf(selected.id()), last), now), now);
    }
}
