package dev.swarmdesk.ui.nodes;

import static dev.swarmdesk.ui.nodes.NodeFixtures.GIB;
import static dev.swarmdesk.ui.nodes.NodeFixtures.node;
import static dev.swarmdesk.ui.nodes.NodeFixtures.task;
import static dev.swarmdesk.ui.nodes.NodeFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.listing.NodeLine;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NodeSummaryTest {

    @Test
    void cpusAreCountedFromNanoCpus() {
        assertThat(NodeSummary.cpus(2_000_000_000L)).isEqualTo("2 CPUs");
        assertThat(NodeSummary.cpus(1_000_000_000L)).isEqualTo("1 CPU");
        assertThat(NodeSummary.cpus(500_000_000L)).isEqualTo("0.5 CPUs");
        assertThat(NodeSummary.cpus(1_250_000_000L)).isEqualTo("1.25 CPUs");
        assertThat(NodeSummary.cpus(0)).isEmpty();
    }

    @Test
    void memoryIsShownInBinaryUnits() {
        assertThat(NodeSummary.memory(4_080_218_931L)).isEqualTo("3.8 GiB");
        assertThat(NodeSummary.memory(4 * GIB)).isEqualTo("4 GiB");
        assertThat(NodeSummary.memory(512L << 20)).isEqualTo("512 MiB");
        assertThat(NodeSummary.memory(1536L << 20)).isEqualTo("1.5 GiB");
        assertThat(NodeSummary.memory(0)).isEmpty();
    }

    @Test
    void labelsAreKeyValuePairsSortedByKey() {
        assertThat(NodeSummary.labels(Map.of("zone", "b", "disk", "ssd", "gpu", ""))).isEqualTo("disk=ssd, gpu=, zone=b");
        assertThat(NodeSummary.labels(Map.of())).isEmpty();
    }

    @Test
    void countsOnlyRunningTasksOnEachNodeAndKeepsNodeLsOrder() {
        ClusterSnapshot snap = snapshot(
                List.of(worker("n10", "worker-10"), worker("n2", "worker-2"),
                        node("m1", "mgr-1", "manager", true, "reachable", "down", "drain", 0, 0, Map.of())),
                List.of(task("a", "s1", 1, "n2", TaskState.RUNNING, ""),
                        task("b", "s1", 2, "n2", TaskState.RUNNING, ""),
                        task("c", "s1", 3, "n2", TaskState.FAILED, "boom"),
                        task("d", "s1", 4, "n10", TaskState.STARTING, ""),
                        task("e", "s1", 5, "", TaskState.PENDING, "")));

        List<NodeSummary> all = NodeSummary.of(snap);

        assertThat(all).extracting(s -> s.line().hostname()).containsExactly("mgr-1", "worker-2", "worker-10");
        assertThat(all).extracting(NodeSummary::runningTasks).containsExactly(0, 2, 0);
        NodeSummary mgr = all.get(0);
        assertThat(mgr.down()).isTrue();
        assertThat(mgr.drained()).isTrue();
        assertThat(mgr.line().managerStatus()).isEqualTo("Leader");
        assertThat(all.get(1).down()).isFalse();
    }

    @Test
    void searchMatchesHostnameAndLabelsWordByWord() {
        SwarmNode edge = node("n1", "edge-01", "worker", false, "", "ready", "active", 0, 0, Map.of("zone", "eu-west"));
        NodeSummary s = NodeSummary.of(NodeLine.of(edge, ""), edge, 0);

        assertThat(s.matches("")).isTrue();
        assertThat(s.matches("EDGE")).isTrue();
        assertThat(s.matches("zone=eu")).isTrue();
        assertThat(s.matches("edge eu-west")).isTrue();
        assertThat(s.matches("edge us")).isFalse();
        assertThat(s.matches("worker")).isFalse();
    }

    private static ClusterSnapshot snapshot(List<SwarmNode> nodes, List<SwarmTask> tasks) {
        return new ClusterSnapshot(nodes.stream().collect(Collectors.toMap(SwarmNode::id, Function.identity())),
                Map.of(), tasks.stream().collect(Collectors.toMap(SwarmTask::id, Function.identity())),
                ConnectionStatus.IDLE);
    }
}
