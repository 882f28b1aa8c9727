package dev.swarmdesk.listing;

import static dev.swarmdesk.cluster.UnitModels.T0;
import static dev.swarmdesk.cluster.UnitModels.node;
import static dev.swarmdesk.cluster.UnitModels.service;
import static dev.swarmdesk.cluster.UnitModels.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskLineTest {

    private final ClusterSnapshot snap = new ClusterSnapshot(
            Map.of("n1", node("n1", "alpha", "ready"), "n2", node("n2", "beta", "ready")),
            Map.of("s1", service("s1", "web").build(),
                    "g1", service("g1", "agent").mode(new ServiceMode(ServiceMode.GLOBAL, 0, 0)).build()),
            Map.of(), ConnectionStatus.IDLE);

    @Test
    void replicatedTasksAreNamedBySlotAndGlobalOnesByNodeId() {
        SwarmTask replicated = task("t1", "s1").slot(3).node("n1").build();
        SwarmTask global = task("t2", "g1").node("n2").build();

        assertThat(TaskLine.of(replicated, snap).name()).isEqualTo("web.3");
        assertThat(TaskLine.of(global, snap).name()).isEqualTo("agent.n2");
    }

    @Test
    void theNodeIsShownByHostnameOrByIdWhenUnknown() {
        assertThat(TaskLine.of(task("t1", "s1").slot(1).node("n2").build(), snap).node()).isEqualTo("beta");
        assertThat(TaskLine.of(task("t1", "s1").slot(1).node("gone42").build(), snap).node()).isEqualTo("gone42");
        assertThat(TaskLine.of(task("t1", "s1").slot(1).build(), snap).node()).as("not scheduled yet").isEmpty();
    }

    @Test
    void anUnknownServiceIsNamedByItsId() {
        assertThat(TaskLine.of(task("t1", "s-gone").slot(2).build(), snap).name()).isEqualTo("s-gone.2");
    }

    @Test
    void columnsUseTheCliWordsAndKeepTheRawFacts() {
        SwarmTask t = task("t1", "s1").slot(1).node("n1").container("c1")
                .ports(new PublishedPort("tcp", 80, 18080, "host"), new PublishedPort("udp", 53, 5353, "host"))
                .failed(T0.plusSeconds(60), "task: non-zero exit (137)", 137).build();

        TaskLine line = TaskLine.of(t, snap);

        assertThat(line.id()).isEqualTo("t1");
        assertThat(line.desiredState()).isEqualTo("Shutdown");
        assertThat(line.state()).isEqualTo("failed");
        assertThat(line.since()).isEqualTo(T0.plusSeconds(60));
        assertThat(line.error()).isEqualTo("task: non-zero exit (137)");
        assertThat(line.exitCode()).isEqualTo(137);
        assertThat(line.ports()).isEqualTo("*:18080->80/tcp,*:5353->53/udp");
        assertThat(line.serviceId()).isEqualTo("s1");
        assertThat(line.slot()).isEqualTo(1);
        assertThat(line.nodeId()).isEqualTo("n1");
        assertThat(line.containerId()).isEqualTo("c1");
        assertThat(line.image()).isEqualTo("127.0.0.1:5999/lab/busybox:1");
    }

    @Test
    void currentStateReadsLikeTheCli() {
        TaskLine running = TaskLine.of(task("t1", "s1").slot(1).running(T0).build(), snap);
        TaskLine failed = TaskLine.of(task("t2", "s1").slot(1).failed(T0, "x", 1).build(), snap);

        assertThat(running.currentState(T0.plusSeconds(5))).isEqualTo("Running 5 seconds ago");
        assertThat(running.currentState(T0.plusSeconds(90))).isEqualTo("Running about a minute ago");
        assertThat(running.currentState(T0.plusMillis(300))).isEqualTo("Running less than a second ago");
        assertThat(failed.currentState(T0.plusSeconds(2 * 3600))).isEqualTo("Failed 2 hours ago");
    }

    @Test
    void aTaskWithoutStatusTimeIsLessThanASecondOld() {
        TaskLine line = TaskLine.of(task("t1", "s1").slot(1).statusAt(null).build(), snap);

        assertThat(line.currentState(T0)).isEqualTo("New less than a second ago");
    }

    @Test
    void theListIsInNaturalNameOrderWithTheNewestTaskOfASlotFirst() {
        Instant old = T0;
        Instant newer = T0.plusSeconds(60);
        List<SwarmTask> tasks = List.of(
                task("web10", "s1").slot(10).created(old).build(),
                task("web1-old", "s1").slot(1).created(old).build(),
                task("web2", "s1").slot(2).created(old).build(),
                task("web1-new", "s1").slot(1).created(newer).build(),
                task("web1-oldest", "s1").slot(1).created(old.minusSeconds(60)).build(),
                task("agent-b", "g1").node("n2").created(old).build(),
                task("agent-a", "g1").node("n1").created(old).build());

        List<TaskLine> lines = TaskLine.of(tasks, snap);

        assertThat(lines).extracting(TaskLine::id).containsExactly(
                "agent-a", "agent-b", "web1-new", "web1-old", "web1-oldest", "web2", "web10");
        assertThat(lines).extracting(TaskLine::name).containsExactly(
                "agent.n1", "agent.n2", "web.1", "web.1", "web.1", "web.2", "web.10");
    }
}
