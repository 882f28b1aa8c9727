package dev.swarmdesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotifySettingTest {

    private final Preferences prefs = Preferences.userRoot().node("dev/swarmdesk/test/" + UUID.randomUUID());

    @AfterEach
    void removeTheTestNode() throws Exception {
        prefs.removeNode();
    }

    @Test
    void onUntilSwitchedOffAndRemembered() {
        NotifySetting first = new NotifySetting(prefs);
        assertThat(first.isEnabled()).isTrue();

        first.enabledProperty().set(false);
        assertThat(prefs.getBoolean(NotifySetting.KEY, true)).isFalse();
        assertThat(new NotifySetting(prefs).isEnabled()).as("the next run reads it back").isFalse();

        first.enabledProperty().set(true);
        assertThat(new NotifySetting(prefs).isEnabled()).isTrue();
    }
}
