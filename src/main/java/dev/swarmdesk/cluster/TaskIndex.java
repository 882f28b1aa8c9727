package dev.swarmdesk.cluster;

import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks grouped by service, kept up to date from the store's changes: a view asking for one
 * service's tasks must not scan every task of the cluster (20,000 of them, 2,000 times over).
 */
final class TaskIndex {

    private TaskIndex() {
    }

    static Map<String, List<SwarmTask>> of(Collection<SwarmTask> tasks) {
        Map<String, List<SwarmTask>> index = new HashMap<>();
        for (SwarmTask t : tasks) {
            index.computeIfAbsent(t.serviceId(), k -> new ArrayList<>()).add(t);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    /** The index after {@code changes}: only the services they touch are rebuilt. */
    static Map<String, List<SwarmTask>> update(Map<String, List<SwarmTask>> old, List<ClusterChange> changes) {
        Map<String, List<TaskChange>> byService = new HashMap<>();
        for (ClusterChange c : changes) {
            if (c instanceof TaskChange tc) {
                if (tc.before() != null) {
                    byService.computeIfAbsent(tc.before().serviceId(), k -> new ArrayList<>()).add(tc);
                }
                if (tc.after() != null && (tc.before() == null
                        || !tc.after().serviceId().equals(tc.before().serviceId()))) {
                    byService.computeIfAbsent(tc.after().serviceId(), k -> new ArrayList<>()).add(tc);
                }
            }
        }
        if (byService.isEmpty()) {
            return old;
        }
        Map<String, List<SwarmTask>> next = new HashMap<>(old);
        byService.forEach((serviceId, touched) -> {
            Set<String> gone = new HashSet<>();
            List<SwarmTask> added = new ArrayList<>();
            for (TaskChange tc : touched) {
                if (tc.before() != null) {
                    gone.add(tc.before().id());
                }
                if (tc.after() != null && tc.after().serviceId().equals(serviceId)) {
                    added.add(tc.after());
                }
            }
            List<SwarmTask> list = new ArrayList<>();
            for (SwarmTask t : old.getOrDefault(serviceId, List.of())) {
                if (!gone.contains(t.id())) {
                    list.add(t);
                }
            }
            list.addAll(added);
            if (list.isEmpty()) {
                next.remove(serviceId);
            } else {
                next.put(serviceId, List.copyOf(list));
            }
        });
        return Map.copyOf(next);
    }
}
