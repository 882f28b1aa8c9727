package dev.swarmdesk.ui.timeline;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the timeline shows desktop notifications, remembered across runs. The JDK writes
 * preferences to disk in the background, so switching it costs the FX thread no I/O.
 */
public final class NotifySetting {

    static final String KEY = "timeline.notify";

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");

    public NotifySetting(Preferences prefs) {
        enabled.set(prefs.getBoolean(KEY, true));
        enabled.addListener((obs, was, now) -> prefs.putBoolean(KEY, now));
    }

    /** The user's own setting, under the node "dev/swarmdesk/ui". */
    public static NotifySetting userPreferences() {
        return new NotifySetting(Preferences.userRoot().node("dev/swarmdesk/ui"));
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }
}
