package dev.swarmdesk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The bottom bar: counts of what the cluster holds, and the latest piece of news. */
final class StatusBar {

    private final Label counts = new Label();
    private final Label latest = new Label();
    private final HBox root = new HBox(16, counts, latest);

    StatusBar() {
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

    void latest(String text) {
        latest.setText(text);
    }
}
