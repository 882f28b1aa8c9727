package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.domain.TaskState;
import java.util.Locale;

/** The colour family of a task card; its name is the card's pseudo-class (":running", ...). */
enum Tone {
    RUNNING, STARTING, FAILED, ENDED;

    static Tone of(TaskState state) {
        if (state == TaskState.RUNNING) {
            return RUNNING;
        }
        if (state.isFailure()) {
            return FAILED;
        }
        if (state.isTerminal() || state == TaskState.UNKNOWN) {
            return ENDED;
        }
        return STARTING;
    }

    String pseudoClass() {
        return name().toLowerCase(Locale.ROOT);
    }
}
