package dev.swarmdesk.ui.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Shows a desktop notification when tasks fail or nodes go down, whether or not the timeline is
 * the view on screen. The {@link NoticeGate} decides; a pause on the FX thread tells what was
 * held once the gap has passed. Without a window to own the notification, it is skipped.
 */
final class TimelineNotifier {

    private static final Duration SLACK = Duration.ofMillis(20);

    private final NoticeGate gate;
    private final Supplier<Window> owner;
    private final BiConsumer<Window, String> popup;
    private final Clock clock;
    private final PauseTransition wait = new PauseTransition();

    TimelineNotifier(TimelineHistory history, BooleanSupplier enabled, Supplier<Window> owner,
                     BiConsumer<Window, String> popup, Clock clock) {
        this.gate = new NoticeGate(enabled);
        this.owner = owner;
        this.popup = popup;
        this.clock = clock;
        wait.setOnFinished(e -> showDue());
        history.addEntryListener(this::entries);
    }

    /** The real thing: a ControlsFX notification in the owner window's corner. */
    static void controlsFxPopup(Window owner, String text) {
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        icon.getStyleClass().add("timeline-notice-icon");
        Notifications.create()
                .owner(owner)
                .title("SwarmDesk")
                .text(text)
                .graphic(icon)
                .styleClass("timeline-notice")
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(8))
                .show();
    }

    private void entries(List<TimelineRow> added) {
        gate.offer(added, clock.instant()).ifPresent(this::schedule);
    }

    private void schedule(Instant at) {
        Duration left = Duration.between(clock.instant(), at);
        if (left.isNegative() || left.isZero()) {
            showDue();
        } else if (wait.getStatus() != Animation.Status.RUNNING) {
            wait.setDuration(javafx.util.Duration.millis(left.plus(SLACK).toMillis()));
            wait.playFromStart();
        }
    }

    private void showDue() {
        Instant now = clock.instant();
        var line = gate.take(now);
        if (line.isEmpty()) {
            // the pause may end a hair early: come back for what is still held
            gate.due(now).filter(at -> at.isAfter(now)).ifPresent(this::schedule);
            return;
        }
        Window w = owner.get();
        if (w != null) {
            popup.accept(w, line.get());
        }
    }
}
