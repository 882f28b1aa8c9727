package dev.swarmdesk.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * A failure shown to a person: what was being done and the reason in one sentence; the chain
 * of causes is in an expandable details pane for whoever wants it. Never a stack trace.
 */
public final class ErrorReport {

    private ErrorReport() {
    }

    /**
     * The one-line reason: the first message in the cause chain, skipping the wrappers that
     * concurrency adds (CompletionException, ExecutionException) around the real failure.
     */
    public static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            boolean wrapper = t instanceof java.util.concurrent.CompletionException
                    || t instanceof java.util.concurrent.ExecutionException;
            if (!wrapper && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    /** Every cause, one per line, with its type: enough for a bug report, no stack frames. */
    public static String details(Throwable error) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            lines.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join("\n", lines);
    }

    public static void show(Window owner, String doing, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("SwarmDesk");
        alert.setHeaderText(doing + " failed");
        alert.setContentText(reason(error));
        TextArea details = new TextArea(details(error));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
