package dev.swarmdesk.ui.shell;

import dev.swarmdesk.cluster.ConnectionStatus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The top bar: which endpoint, which engine, and whether the model is connected. */
final class ConnectionBar {

    private final Label state = new Label();
    private final Label endpoint = new Label();
    private final ComboBox<String> switcher = new ComboBox<>();
    private final Button connect = new Button("Connect…");
    private final HBox root;
    private Connections connections;
    private boolean updating;

    ConnectionBar(Node... trailing) {
        state.setId("connection-status");
        endpoint.setId("connection-endpoint");
        endpoint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        switcher.setId("connection-switcher");
        switcher.setPromptText("Connection");
        switcher.setTooltip(new Tooltip("Saved connections and docker contexts"));
        switcher.setVisible(false);
        switcher.setManaged(false);
        connect.setId("connection-connect");
        connect.setVisible(false);
        connect.setManaged(false);
        switcher.valueProperty().addListener((obs, was, now) -> {
            if (!updating && now != null && connections != null && !now.equals(connections.current())) {
                connections.switchTo(now);
            }
        });
        // the list of contexts may change outside SwarmDesk: read it again each time it opens
        switcher.setOnShowing(e -> refreshChoices());
        connect.setOnAction(e -> new ConnectDialog(connect.getScene().getWindow(), connections).showAndSave());
        root = new HBox(10, state, endpoint, spacer, switcher, connect);
        root.getChildren().addAll(trailing);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));
        root.getStyleClass().add("connection-bar");
    }

    /** Shows the switcher and the connect button, working through {@code c}. */
    void enable(Connections c) {
        connections = c;
        for (Node n : new Node[] {switcher, connect}) {
            n.setVisible(true);
            n.setManaged(true);
        }
        refreshChoices();
    }

    private void refreshChoices() {
        if (connections == null) {
            return;
        }
        updating = true;
        try {
            switcher.getItems().setAll(connections.choices());
            String current = connections.current();
            switcher.setValue(current.isEmpty() ? null : current);
        } finally {
            updating = false;
        }
    }

    Node node() {
        return root;
    }

    void show(ConnectionStatus c) {
        state.setText(MainWindow.describe(c));
        endpoint.setText(c.isConnected() ? "" : c.endpoint());
        FontIcon icon = switch (c.phase()) {
            case CONNECTED -> new FontIcon(MaterialDesignL.LAN_CONNECT);
            case RECONNECTING, CONNECTING, IDLE -> new FontIcon(MaterialDesignS.SYNC);
            case FAILED, CLOSED -> new FontIcon(MaterialDesignC.CLOSE_NETWORK_OUTLINE);
        };
        state.setGraphic(icon);
        state.pseudoClassStateChanged(MainWindow.DISCONNECTED, !c.isConnected());
        if (connections != null && !connections.current().equals(switcher.getValue())) {
            refreshChoices();
        }
    }
}
