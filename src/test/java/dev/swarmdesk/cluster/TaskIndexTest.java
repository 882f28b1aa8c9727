package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's incremental per-service index always equals one built from scratch. */
class TaskIndexTest {

    @Test
    void incrementalIndexEqualsARebuildAfterRandomWrites() {
        Random random = new Random(42);
        ClusterStore store = new ClusterStore();
        Map<String, SwarmTask> truth = new HashMap<>();
        for (int round = 0; round < 300; round++) {
            String service = "s" + random.nextInt(6);
            List<SwarmTask> fresh = new ArrayList<>();
            for (SwarmTask t : truth.values()) {
                if (t.serviceId().equals(service) && random.nextInt(4) > 0) {
                    fresh.add(random.nextBoolean() ? t
                            : UnitModels.from(t).version(t.version() + 1).build());
                }
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                fresh.add(UnitModels.task("t" + round + "-" + k, service).slot(k).build());
            }
            store.replaceTasks(t -> t.serviceId().equals(service), fresh);
            truth.values().removeIf(t -> t.serviceId().equals(service));
            fresh.forEach(t -> truth.put(t.id(), t));

            Map<String, List<SwarmTask>> expected = TaskIndex.of(truth.values());
            Map<String, List<SwarmTask>> actual = store.snapshot().tasksByService();
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((s, tasks) -> assertThat(new HashSet<>(actual.get(s))).isEqualTo(new HashSet<>(tasks)));
            assertThat(store.snapshot().tasksOf(service)).hasSize(expected.getOrDefault(service, List.of()).size());
        }
    }
}
