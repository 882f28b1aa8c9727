package dev.swarmdesk.ui.shell;

import dev.swarmdesk.ui.fx.FxModelBridge;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A new connection: a name, the manager address(es) or a docker context, and TLS files.
 * "Check" tries it in the background; "Save and connect" is enabled only once a check passed
 * for exactly what is in the form, so nothing unreachable is saved by mistake.
 */
final class ConnectDialog {

    private final Connections connections;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = field("connect-name", "e.g. production");
    private final TextField hosts = field("connect-hosts", "tcp://manager-1:2376, tcp://manager-2:2376");
    private final TextField context = field("connect-context", "or a docker context name");
    private final CheckBox tlsVerify = new CheckBox("Verify TLS (--tlsverify)");
    private final TextField ca = field("connect-ca", "ca.pem");
    private final TextField cert = field("connect-cert", "cert.pem");
    private final TextField key = field("connect-key", "key.pem");
    private final Label result = new Label();
    private final ButtonType save = new ButtonType("Save and connect", ButtonBar.ButtonData.OK_DONE);
    private ConnectionForm checked;

    ConnectDialog(Window owner, Connections connections) {
        this.connections = connections;
        dialog.initOwner(owner);
        dialog.setTitle("Connect to a swarm");
        result.setId("connect-result");
        result.setWrapText(true);
        result.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Manager host(s)"), hosts);
        grid.addRow(row++, new Label("Docker context"), context);
        grid.addRow(row++, new Label(""), tlsVerify);
        grid.addRow(row++, new Label("CA certificate"), withBrowse(ca));
        grid.addRow(row++, new Label("Client certificate"), withBrowse(cert));
        grid.addRow(row++, new Label("Client key"), withBrowse(key));
        Button check = new Button("Check");
        check.setId("connect-check");
        check.setOnAction(e -> check());
        grid.addRow(row, check, result);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("connect-save");
        saveButton.setDisable(true);
        for (TextField f : new TextField[] {name, hosts, context, ca, cert, key}) {
            f.textProperty().addListener((obs, was, now) -> saveButton.setDisable(!form().equals(checked)));
        }
        tlsVerify.selectedProperty().addListener((obs, was, now) -> saveButton.setDisable(!form().equals(checked)));
    }

    void showAndSave() {
        dialog.showAndWait().filter(save::equals).ifPresent(b -> connections.saveAndSwitch(checked));
    }

    private void check() {
        ConnectionForm form = form();
        if (form.name().isBlank()) {
            result.setText("Give the connection a name.");
            return;
        }
        result.setText("Checking…");
        connections.check(form).whenComplete((engine, error) -> FxModelBridge.onFx(() -> {
            if (!form.equals(form())) {
                return; // the form changed while checking: that result is about something else
            }
            if (error == null) {
                checked = form;
                result.setText("OK: " + engine);
                dialog.getDialogPane().lookupButton(save).setDisable(false);
            } else {
                checked = null;
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                result.setText("Failed: " + cause.getMessage());
            }
        }));
    }

    private ConnectionForm form() {
        return new ConnectionForm(name.getText().trim(), hosts.getText().trim(), context.getText().trim(),
                tlsVerify.isSelected(), ca.getText().trim(), cert.getText().trim(), key.getText().trim());
    }

    private Node withBrowse(TextField target) {
        Button browse = new Button("…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            File f = chooser.showOpenDialog(dialog.getOwner());
            if (f != null) {
                target.setText(f.getPath());
            }
        });
        return new HBox(4, target, browse);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(30);
        return f;
    }
}
