package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.EngineJsonFixtures.byId;
import static dev.swarmdesk.engine.EngineJsonFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.SwarmNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeJsonTest {

    private final List<SwarmNode> recorded = readAll("nodes.json", NodeJson::read);
    private final List<SwarmNode> edge = readAll("node-edge-cases.json", NodeJson::read);

    @Test
    void readsTheLeaderManagerOfTheRecordedLab() {
        SwarmNode vm = byId(recorded, SwarmNode::id, "p98alsfprit8r551163ucka02");

        assertThat(vm).isEqualTo(new SwarmNode("p98alsfprit8r551163ucka02", 9, "vm", "manager", "active", "ready",
                "10.213.7.1", true, "reachable", "20.10.24+dfsg1", 2_000_000_000L, 25_276_514_304L, Map.of(),
                Instant.parse("2026-11-21T07:24:47.293811663Z")));
        assertThat(vm.isManager()).isTrue();
        assertThat(vm.isReady()).isTrue();
    }

    @Test
    void aWorkerHasNoManagerStatus() {
        SwarmNode worker = byId(recorded, SwarmNode::id, "efxip729t3ta6ov3n76oy0zmw");

        assertThat(worker.hostname()).isEqualTo("lab-worker-1");
        assertThat(worker.role()).isEqualTo("worker");
        assertThat(worker.leader()).isFalse();
        assertThat(worker.managerReachability()).isEmpty();
        assertThat(worker.address()).isEqualTo("10.213.7.101");
        assertThat(worker.version()).isEqualTo(15);
    }

    @Test
    void aDownDrainedUnreachableManagerKeepsTheEngineWords() {
        SwarmNode n = byId(edge, SwarmNode::id, "nodedown00000000000000001");

        assertThat(n.state()).isEqualTo("down");
        assertThat(n.isReady()).isFalse();
        assertThat(n.availability()).isEqualTo("drain");
        assertThat(n.managerReachability()).isEqualTo("unreachable");
        assertThat(n.leader()).isFalse();
        assertThat(n.labels()).containsExactly(Map.entry("zone", "b"));
        assertThat(n.updatedAt()).isEqualTo(Instant.parse("2026-11-21T07:30:00.123456789Z"));
        assertThat(n.updatedAt().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void anUnknownNodeStateIsKeptAsText() {
        SwarmNode n = byId(edge, SwarmNode::id, "nodefuture0000000000000002");

        assertThat(n.state()).isEqualTo("disconnected-ish");
        assertThat(n.isReady()).isFalse();
    }

    @Test
    void missingFieldsGiveDefaults() {
        SwarmNode n = byId(edge, SwarmNode::id, "nodebare000000000000000003");

        assertThat(n).isEqualTo(new SwarmNode("nodebare000000000000000003", 0, "", "", "", "", "", false, "", "", 0,
                0, Map.of(), null));
    }
}
