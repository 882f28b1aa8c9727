package dev.swarmdesk.ui.shell;

import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.fx.ModelUpdate;
import dev.swarmdesk.ui.services.ServicesView;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The main window: a connection bar over the live services view. */
public final class MainWindow {

    private final Label connection = new Label("Connecting…");
    private final ServicesView services = new ServicesView();
    private final BorderPane root = new BorderPane();
    private final Scene scene = new Scene(root);

    public MainWindow(FxModelBridge bridge) {
        connection.setId("connection-status");
        HBox bar = new HBox(connection);
        bar.setPadding(new Insets(6, 10, 6, 10));
        root.setTop(bar);
        root.setCenter(services.node());
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/swarmdesk/ui/swarmdesk.css").toExternalForm());
        bridge.subscribe(this::apply);
    }

    private void apply(ModelUpdate update) {
        ConnectionStatus c = update.snapshot().connection();
        connection.setText(describe(c));
        services.node().setOpacity(c.isConnected() ? 1.0 : 0.6);
        services.apply(update);
    }

    static String describe(ConnectionStatus c) {
        return switch (c.phase()) {
            case IDLE, CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected to " + c.endpoint() + " (engine " + c.engineVersion() + ")";
            case RECONNECTING -> "Reconnecting to the cluster… " + c.message();
            case FAILED -> "Cannot connect: " + c.message();
            case CLOSED -> "Closed";
        };
    }

    public Scene scene() {
        return scene;
    }
}
