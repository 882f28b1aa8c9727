package dev.swarmdesk.ui.visualizer;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.listing.CliWords;
import dev.swarmdesk.listing.ImageNames;
import dev.swarmdesk.listing.NaturalOrder;
import dev.swarmdesk.listing.TaskLine;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * One card of the visualizer: a task as the board shows it. Pure, so what is shown and in
 * which order is tested without a toolkit.
 *
 * @param title "service.slot", or the service name for a global service's task
 * @param image the image's short form, e.g. "nginx:1.25" for "docker.io/library/nginx:1.25@sha256:..."
 * @param state the state in the CLI's words, e.g. "Running"
 * @param desired the desired state in the CLI's words, e.g. "Shutdown"
 */
record CardLine(SwarmTask task, String service, String node, String title, String image, String state,
                String desired, Tone tone) {

    /** How long a failed task that is no longer wanted stays on the board. */
    static final Duration FAILED_VISIBLE = Duration.ofSeconds(60);

    /** By service name (naturally), then slot, the newest task of a slot first. */
    static final Comparator<CardLine> ORDER = Comparator.comparing(CardLine::service, NaturalOrder.INSTANCE)
            .thenComparingLong(c -> c.task().slot())
            .thenComparing(c -> c.task().createdAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CardLine::id);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    static CardLine of(SwarmTask t, ClusterSnapshot snap) {
        TaskLine line = TaskLine.of(t, snap);
        String service = snap.serviceName(t.serviceId());
        String title = t.slot() != 0 ? line.name() : service;
        return new CardLine(t, service, line.node(), title, shortImage(line.image()), CliWords.pretty(line.state()),
                line.desiredState(), Tone.of(t.state()));
    }

    /**
     * Whether the board shows a task: wanted running, still on its way up or down, or failed
     * in the last minute. Tasks long shut down are history and get no card.
     */
    static boolean shown(SwarmTask t, Instant now) {
        if (t.desiredRunning()) {
            return true;
        }
        TaskState s = t.state();
        if (!s.isTerminal() && s != TaskState.UNKNOWN) {
            return true;
        }
        return s.isFailure() && t.statusAt() != null && !t.statusAt().isBefore(now.minus(FAILED_VISIBLE));
    }

    /** When a card shown only because its task failed recently leaves the board; null for the others. */
    Instant showUntil() {
        if (task.desiredRunning() || !task.state().isTerminal() || task.statusAt() == null) {
            return null;
        }
        return task.statusAt().plus(FAILED_VISIBLE).plusNanos(1);
    }

    /** The image without registry and repository path: "app:1.2" for "registry:5000/team/app:1.2". */
    static String shortImage(String image) {
        String shown = ImageNames.display(image);
        int at = shown.indexOf('@');
        String name = at >= 0 ? shown.substring(0, at) : shown;
        String digest = at >= 0 ? shown.substring(at) : "";
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!digest.isEmpty()) {
            int colon = digest.indexOf(':');
            digest = digest.substring(0, Math.min(digest.length(), colon + 1 + 12));
        }
        return name + digest;
    }

    String id() {
        return task.id();
    }

    /** Asked to stop but not stopped yet: the card is on its way out. */
    boolean leaving() {
        return !task.desiredRunning() && !task.state().isTerminal();
    }

    String error() {
        return task.error() == null ? "" : task.error();
    }

    /** The engine's status message ("started", "pending task scheduling", ...). */
    String message() {
        return task.message() == null ? "" : task.message();
    }

    /** Everything about the task, for the card's tooltip: whole error, ids, times. */
    String details(ZoneId zone) {
        StringBuilder s = new StringBuilder();
        s.append(title).append(" · ").append(state);
        if (!desired.equalsIgnoreCase(state)) {
            s.append(" (desired ").append(desired).append(')');
        }
        if (!error().isEmpty()) {
            s.append("\nError: ").append(error());
        }
        if (task.exitCode() != null) {
            s.append("\nExit code: ").append(task.exitCode());
        }
        if (task.message() != null && !task.message().isEmpty()) {
            s.append("\nMessage: ").append(task.message());
        }
        s.append("\nTask: ").append(task.id());
        s.append("\nImage: ").append(task.image());
        if (!node.isEmpty()) {
            s.append("\nNode: ").append(node);
        }
        if (task.containerId() != null && !task.containerId().isEmpty()) {
            s.append("\nContainer: ").append(task.containerId());
        }
        s.append("\nCreated: ").append(time(task.createdAt(), zone));
        s.append("\nState since: ").append(time(task.statusAt(), zone));
        return s.toString();
    }

    private static String time(Instant t, ZoneId zone) {
        return t == null ? "unknown" : TIME.format(t.atZone(zone));
    }
}
