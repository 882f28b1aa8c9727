package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.UnitModels;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotHistoryAndHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static TaskLine line(String id, String name, String state, Instant since) {
        return new TaskLine(id, name, "img", "n1", "Running", state, since, "", null, "", "s1", 1, "n1", "c");
    }

    @Test
    void groupsConsecutiveTasksOfASlotNewestFirst() {
        List<SlotHistory> slots = SlotHistory.of(List.of(
                line("a", "web.1", "running", NOW.minusSeconds(5)),
                line("b", "web.1", "failed", NOW.minusSeconds(10)),
                line("c", "web.2", "running", NOW.minusSeconds(50))), NOW);

        assertThat(slots).extracting(SlotHistory::name).containsExactly("web.1", "web.2");
        assertThat(slots.get(0).current().id()).isEqualTo("a");
        assertThat(slots.get(0).previous()).extracting(TaskLine::id).containsExactly("b");
        assertThat(slots.get(1).previous()).isEmpty();
        assertThat(slots.get(0).crashLoop()).isFalse();
    }

    @Test
    void threeRecentFailuresInASlotAreACrashLoopButOldOnesAreNot() {
        List<SlotHistory> loop = SlotHistory.of(List.of(
                line("a", "web.1", "starting", NOW),
                line("b", "web.1", "failed", NOW.minusSeconds(30)),
                line("c", "web.1", "failed", NOW.minusSeconds(60)),
                line("d", "web.1", "rejected", NOW.minusSeconds(90))), NOW);
        assertThat(loop.get(0).crashLoop()).isTrue();
        assertThat(loop.get(0).recentFailures()).isEqualTo(3);

        List<SlotHistory> old = SlotHistory.of(List.of(
                line("a", "web.1", "running", NOW),
                line("b", "web.1", "failed", NOW.minusSeconds(30)),
                line("c", "web.1", "failed", NOW.minusSeconds(3600)),
                line("d", "web.1", "failed", NOW.minusSeconds(7200))), NOW);
        assertThat(old.get(0).crashLoop()).isFalse();
        assertThat(old.get(0).recentFailures()).isEqualTo(1);
    }

    @Test
    void healthCountsRunningStartingAndRecentFailures() {
        List<SwarmTask> tasks = List.of(
                UnitModels.task("t1", "s1").slot(1).running(NOW.minusSeconds(100)).build(),
                UnitModels.task("t2", "s1").slot(2).state(TaskState.STARTING, NOW).build(),
                UnitModels.task("t3", "s1").slot(2).failed(NOW.minusSeconds(60), "boom", 1).build(),
                UnitModels.task("t4", "s1").slot(3).failed(NOW.minusSeconds(3600), "old", 1).build());

        HealthSummary h = HealthSummary.of(tasks, true, NOW);

        assertThat(h.text()).isEqualTo("1 healthy · 1 starting · 1 failed/10m");
        assertThat(h.troubled()).as("one recent failure is history, not trouble").isFalse();
        HealthSummary looping = HealthSummary.of(List.of(
                UnitModels.task("a", "s1").slot(1).failed(NOW.minusSeconds(10), "x", 1).build(),
                UnitModels.task("b", "s1").slot(1).failed(NOW.minusSeconds(20), "x", 1).build(),
                UnitModels.task("c", "s1").slot(1).failed(NOW.minusSeconds(30), "x", 1).build()), false, NOW);
        assertThat(looping.troubled()).isTrue();
        assertThat(HealthSummary.of(tasks.subList(0, 1), false, NOW).text()).isEqualTo("1 running");
    }

    @Test
    void shortDigestOnlyForPinnedImages() {
        assertThat(ImageNames.shortDigest("nginx:1@sha256:" + "ab".repeat(32))).isEqualTo("sha256:abababababab");
        assertThat(ImageNames.shortDigest("nginx:1")).isEmpty();
    }
}
