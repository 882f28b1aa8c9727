package dev.swarmdesk.ui.logs;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names in the words of `docker service logs`: a task is `web.2@lab-worker-1`. */
final class LogNames {

    private LogNames() {
    }

    /** The services, by name. */
    static List<LogChoice> services(ClusterSnapshot snap) {
        return snap.services().values().stream()
                .sorted(Comparator.comparing(SwarmService::name))
                .map(s -> new LogChoice(s.id(), s.name()))
                .toList();
    }

    /** "All tasks", then the service's tasks by slot (or node), newest first within a slot. */
    static List<LogChoice> tasks(ClusterSnapshot snap, String serviceId) {
        List<LogChoice> out = new ArrayList<>();
        out.add(LogChoice.ALL_TASKS);
        snap.tasksOf(serviceId).stream()
                .sorted(Comparator.comparing(SwarmTask::slotKey).thenComparing(SwarmTask::createdAt,
                        Comparator.reverseOrder()))
                .forEach(t -> out.add(new LogChoice(t.id(), task(snap, t.id(), t.nodeId())
                        + " · " + t.stateText().toLowerCase(Locale.ROOT))));
        return out;
    }

    /**
     * A task's name: service.slot (service.node for a global service) @ node hostname. A task the
     * model does not know (long gone) is named by its short id.
     */
    static String task(ClusterSnapshot snap, String taskId, String nodeId) {
        SwarmTask t = snap.tasks().get(taskId);
        String node = snap.nodeName(t != null && !t.nodeId().isEmpty() ? t.nodeId() : nodeId);
        String name;
        if (t == null) {
            name = taskId.length() > 12 ? taskId.substring(0, 12) : taskId;
        } else {
            name = snap.serviceName(t.serviceId()) + "." + (t.slot() != 0 ? Long.toString(t.slot()) : t.nodeId());
        }
        return node.isEmpty() ? name : name + "@" + node;
    }

    /** A colour index for a task, stable for its slot, so one replica keeps one colour. */
    static int color(ClusterSnapshot snap, String taskId) {
        SwarmTask t = snap.tasks().get(taskId);
        long key = t == null ? taskId.hashCode() : t.slot() != 0 ? t.slot() - 1 : t.nodeId().hashCode();
        return (int) Math.floorMod(key, 6L);
    }
}
