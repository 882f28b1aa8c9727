package dev.swarmdesk.ui.logs;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The controls above the log: what to read, how to show it, and the search. */
final class LogsToolbar {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    final ComboBox<LogChoice> service = new ComboBox<>();
    final ComboBox<LogChoice> task = new ComboBox<>();
    final ToggleButton follow = new ToggleButton("Follow", new FontIcon(MaterialDesignD.DOWNLOAD));
    final ToggleButton timestamps = new ToggleButton("Timestamps", new FontIcon(MaterialDesignC.CLOCK_OUTLINE));
    final Button pause = new Button("Pause", new FontIcon(MaterialDesignP.PAUSE));
    final Button clear = new Button(null, new FontIcon(MaterialDesignD.DELETE_SWEEP_OUTLINE));
    /** While paused: how many lines wait. */
    final Label held = new Label();
    final TextField search = new TextField();
    final ToggleButton onlyMatches = new ToggleButton(null, new FontIcon(MaterialDesignF.FILTER_OUTLINE));
    private final HBox root;
    private boolean paused;

    LogsToolbar() {
        service.setId("logs-service");
        service.setPromptText("Service");
        service.setPrefWidth(180);
        service.setMinWidth(120);
        task.setId("logs-task");
        task.setPromptText("All tasks");
        task.setPrefWidth(250);
        task.setMinWidth(160);
        follow.setId("logs-follow");
        follow.setSelected(true);
        follow.setTooltip(new Tooltip("Keep the log open and show new lines as they are written"));
        timestamps.setId("logs-timestamps");
        timestamps.setSelected(true);
        pause.setId("logs-pause");
        pause.setTooltip(new Tooltip("Hold new lines back (they are kept and counted) to read in peace"));
        clear.setId("logs-clear");
        clear.setTooltip(new Tooltip("Clear the lines shown (the stream goes on)"));
        held.setId("logs-held");
        held.getStyleClass().add("logs-held");
        held.setMinWidth(Region.USE_PREF_SIZE);
        showHeld(-1);
        search.setId("logs-search");
        search.setPromptText("Search (Ctrl+F, Enter = next)");
        search.setPrefColumnCount(18);
        search.setMinWidth(120);
        onlyMatches.setId("logs-only-matches");
        onlyMatches.setTooltip(new Tooltip("Show only the lines that match"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(8, service, task, separator(), follow, timestamps, pause, held, clear, spacer,
                new FontIcon(MaterialDesignM.MAGNIFY), search, onlyMatches);
        for (ButtonBase b : List.of(follow, timestamps, pause, clear, onlyMatches)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("logs-toolbar");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    void showPaused(boolean nowPaused) {
        if (nowPaused == paused && pause.getGraphic() != null) {
            return;
        }
        paused = nowPaused;
        pause.setText(paused ? "Resume" : "Pause");
        pause.setGraphic(new FontIcon(paused ? MaterialDesignP.PLAY : MaterialDesignP.PAUSE));
        pause.pseudoClassStateChanged(PAUSED, paused);
    }

    /** @param count lines held back while paused, or -1 when not paused */
    void showHeld(long count) {
        held.setText(count == 1 ? "1 new line" : count + " new lines");
        held.setVisible(count >= 0);
        held.setManaged(count >= 0);
    }

    Node node() {
        return root;
    }
}
