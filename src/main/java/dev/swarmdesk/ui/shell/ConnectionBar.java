package dev.swarmdesk.ui.shell;

import dev.swarmdesk.cluster.ConnectionStatus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
    private final HBox root;

    ConnectionBar(Node... trailing) {
        state.setId("connection-status");
        endpoint.setId("connection-endpoint");
        endpoint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(10, state, endpoint, spacer);
        root.getChildren().addAll(trailing);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));
        root.getStyleClass().add("connection-bar");
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
    }
}
