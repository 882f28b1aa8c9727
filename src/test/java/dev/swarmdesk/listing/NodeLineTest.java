package dev.swarmdesk.listing;

import static dev.swarmdesk.cluster.UnitModels.manager;
import static dev.swarmdesk.cluster.UnitModels.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.SwarmNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeLineTest {

    @Test
    void managerStatusIsLeaderReachableOrEmpty() {
        assertThat(NodeLine.of(manager("m1", "m1", true, "reachable"), "").managerStatus()).isEqualTo("Leader");
        assertThat(NodeLine.of(manager("m2", "m2", false, "reachable"), "").managerStatus()).isEqualTo("Reachable");
        assertThat(NodeLine.of(manager("m3", "m3", false, "unreachable"), "").managerStatus())
                .isEqualTo("Unreachable");
        assertThat(NodeLine.of(node("w1", "w1", "ready"), "").managerStatus()).isEmpty();
    }

    @Test
    void columnsUseTheCliWords() {
        SwarmNode n = new SwarmNode("id1", 3, "lab-worker-1", "worker", "drain", "down", "10.213.7.101", false, "",
                "20.10.24+dfsg1", 2_000_000_000L, 1L << 30, Map.of(), null);

        assertThat(NodeLine.of(n, "other")).isEqualTo(new NodeLine("id1", false, "lab-worker-1", "Down", "Drain", "",
                "20.10.24+dfsg1", "worker", "10.213.7.101"));
    }

    @Test
    void theNodeSwarmDeskTalksToIsMarkedSelf() {
        assertThat(NodeLine.of(manager("m1", "vm", true, "reachable"), "m1").self()).isTrue();
        assertThat(NodeLine.of(node("w1", "worker", "ready"), "m1").self()).isFalse();
        assertThat(NodeLine.of(node("w1", "worker", "ready"), "").self()).as("self unknown").isFalse();
    }

    @Test
    void nodesAreSortedByHostnameNaturally() {
        Map<String, SwarmNode> nodes = Stream.of(node("a", "node-10", "ready"), node("b", "node-2", "ready"),
                        node("c", "node-1", "ready"), manager("d", "manager", true, "reachable"))
                .collect(Collectors.toMap(SwarmNode::id, Function.identity()));

        List<NodeLine> lines = NodeLine.of(nodes, "b");

        assertThat(lines).extracting(NodeLine::hostname).containsExactly("manager", "node-1", "node-2", "node-10");
        assertThat(lines).extracting(NodeLine::id).containsExactly("d", "c", "b", "a");
        assertThat(lines).extracting(NodeLine::self).containsExactly(false, false, true, false);
    }
}
