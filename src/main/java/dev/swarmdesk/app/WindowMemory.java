package dev.swarmdesk.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where and how big it was, if that place is still on a screen. */
final class WindowMemory {

    private final Preferences prefs;

    WindowMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    static WindowMemory forUser() {
        return new WindowMemory(Preferences.userRoot()
                .node(System.getProperty("swarmdesk.prefs", "dev/swarmdesk")).node("window"));
    }

    void restore(Stage stage) {
        double w = prefs.getDouble("width", 1200);
        double h = prefs.getDouble("height", 760);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    void rememberOnClose(Stage stage) {
        stage.setOnHidden(e -> {
            prefs.putBoolean("maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.putDouble("x", stage.getX());
                prefs.putDouble("y", stage.getY());
                prefs.putDouble("width", stage.getWidth());
                prefs.putDouble("height", stage.getHeight());
            }
        });
    }
}
