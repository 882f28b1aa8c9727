package dev.swarmdesk.cli;

import static dev.swarmdesk.cluster.UnitModels.T0;
import static dev.swarmdesk.cluster.UnitModels.node;
import static dev.swarmdesk.cluster.UnitModels.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.SwarmTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsJsonTest {

    private static final Instant SEEN = Instant.parse("2026-03-01T11:00:00.250Z");

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFailedTaskHasTheTaskFields() {
        SwarmTask t = task("t1", "s1").slot(3).node("n1").container("c1").created(T0)
                .failed(T0.plusSeconds(60), "task: non-zero exit (137)", 137).build();

        ObjectNode o = NewsJson.of(new TaskFailed(SEEN, t, "web", "alpha"));

        assertThat(fields(o)).containsExactly("time", "event", "service", "serviceId", "task", "slot", "node",
                "nodeId", "state", "desiredState", "error", "exitCode", "containerId", "createdAt", "statusAt");
        assertThat(o.get("time").asText()).isEqualTo("2026-03-01T11:00:00.250Z");
        assertThat(o.get("event").asText()).isEqualTo("task.failed");
        assertThat(o.get("service").asText()).isEqualTo("web");
        assertThat(o.get("serviceId").asText()).isEqualTo("s1");
        assertThat(o.get("task").asText()).isEqualTo("t1");
        assertThat(o.get("slot").asLong()).isEqualTo(3);
        assertThat(o.get("node").asText()).isEqualTo("alpha");
        assertThat(o.get("nodeId").asText()).isEqualTo("n1");
        assertThat(o.get("state").asText()).isEqualTo("failed");
        assertThat(o.get("desiredState").asText()).isEqualTo("shutdown");
        assertThat(o.get("error").asText()).isEqualTo("task: non-zero exit (137)");
        assertThat(o.get("exitCode").isInt()).isTrue();
        assertThat(o.get("exitCode").asInt()).isEqualTo(137);
        assertThat(o.get("containerId").asText()).isEqualTo("c1");
        assertThat(o.get("createdAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(o.get("statusAt").asText()).isEqualTo("2026-03-01T10:01:00Z");
    }

    @Test
    void aMissingExitCodeOrTimeIsJsonNull() {
        SwarmTask t = task("t1", "s1").slot(1).failed(null, "rejected", null).build();

        ObjectNode o = NewsJson.of(new TaskFailed(SEEN, t, "web", ""));

        assertThat(o.get("exitCode").isNull()).isTrue();
        assertThat(o.get("statusAt").isNull()).isTrue();
    }

    @Test
    void aCompletedFailoverHasBothTasksAndTheRecoveryInMilliseconds() {
        FailoverRecord r = new FailoverRecord("s1", "web", "s1/1", "t1", "n1", "task: non-zero exit (137)", "t2",
                "n2", T0.plusSeconds(60), T0.plusSeconds(61), T0.plusSeconds(64).plusMillis(500));

        ObjectNode o = NewsJson.of(new FailoverCompleted(SEEN, r));

        assertThat(fields(o)).containsExactly("time", "event", "service", "serviceId", "slot", "failedTask",
                "failedNodeId", "error", "replacementTask", "replacementNodeId", "failedAt", "replacementCreatedAt",
                "replacementRunningAt", "recoveryMs");
        assertThat(o.get("event").asText()).isEqualTo("failover.completed");
        assertThat(o.get("service").asText()).isEqualTo("web");
        assertThat(o.get("serviceId").asText()).isEqualTo("s1");
        assertThat(o.get("slot").asText()).isEqualTo("1");
        assertThat(o.get("failedTask").asText()).isEqualTo("t1");
        assertThat(o.get("failedNodeId").asText()).isEqualTo("n1");
        assertThat(o.get("error").asText()).isEqualTo("task: non-zero exit (137)");
        assertThat(o.get("replacementTask").asText()).isEqualTo("t2");
        assertThat(o.get("replacementNodeId").asText()).isEqualTo("n2");
        assertThat(o.get("failedAt").asText()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(o.get("replacementCreatedAt").asText()).isEqualTo("2026-03-01T10:01:01Z");
        assertThat(o.get("replacementRunningAt").asText()).isEqualTo("2026-03-01T10:01:04.500Z");
        assertThat(o.get("recoveryMs").isIntegralNumber()).isTrue();
        assertThat(o.get("recoveryMs").asLong()).isEqualTo(4500);
    }

    @Test
    void aGlobalServiceFailoverNamesTheNodeAsSlot() {
        FailoverRecord r = new FailoverRecord("g1", "agent", "g1/n1", "t1", "n1", "x", "t2", "n1", T0, T0, T0);

        assertThat(NewsJson.of(new FailoverCompleted(SEEN, r)).get("slot").asText()).isEqualTo("n1");
    }

    @Test
    void aNodeDownNamesTheNode() {
        ObjectNode o = NewsJson.of(new NodeDown(SEEN, node("n1", "lab-worker-1", "down")));

        assertThat(fields(o)).containsExactly("time", "event", "node", "nodeId", "state", "availability");
        assertThat(o.get("event").asText()).isEqualTo("node.down");
        assertThat(o.get("node").asText()).isEqualTo("lab-worker-1");
        assertThat(o.get("nodeId").asText()).isEqualTo("n1");
        assertThat(o.get("state").asText()).isEqualTo("down");
        assertThat(o.get("availability").asText()).isEqualTo("active");
    }

    @Test
    void eachNewsIsOneLine() {
        SwarmTask t = task("t1", "s1").slot(1).failed(T0, "line one\nline two", 1).build();

        assertThat(NewsJson.of(new TaskFailed(SEEN, t, "web", "alpha")).toString()).doesNotContain("\n");
    }
}
