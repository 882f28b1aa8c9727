package dev.swarmdesk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import dev.swarmdesk.ui.fx.Jobs;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: counts of what the cluster holds, and the latest piece of news. */
final class StatusBar {

    private final Label counts = new Label();
    private final Label latest = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label jobs = new Label();
    private final HBox root;

    StatusBar() {
        busy.setPrefSize(14, 14);
        busy.setVisible(false);
        jobs.setId("status-jobs");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(16, counts, latest, spacer, busy, jobs);
        counts.setId("status-counts");
        latest.setId("status-latest");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }

    void counts(int nodes, int services, long running, long tasks) {
        counts.setText(nodes + " nodes · " + services + " services · " + running + " of " + tasks + " tasks running");
    }

    /** Shows the running jobs: a spinner and their titles. */
    void follow(ObservableList<Jobs.Job> running) {
        running.addListener((ListChangeListener<Jobs.Job>) c -> {
            busy.setVisible(!running.isEmpty());
            jobs.setText(running.isEmpty() ? "" : running.size() == 1 ? running.get(0).title() + "…"
                    : running.size() + " jobs: " + running.get(0).title() + "…");
        });
    }

    void latest(String text) {
        latest.setText(text);
    }
}
