package dev.swarmdesk.cli;

import static dev.swarmdesk.cluster.UnitModels.manager;
import static dev.swarmdesk.cluster.UnitModels.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `node ls` against an in-memory {@link FakeClusterSource}. */
class NodeCommandWithFakeSourceTest {

    private final FakeClusterSource cluster = new FakeClusterSource();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cl;

    @BeforeEach
    void setUp() {
        cluster.nodes.add(node("w10", "lab-worker-10", "ready"));
        cluster.nodes.add(node("w2", "lab-worker-2", "down"));
        cluster.nodes.add(manager("m1", "lab-manager", true, "reachable"));
        cluster.localNodeId = "m1";
        cl = SwarmDeskCommand.commandLine(options -> () -> cluster, (options, exit) -> {
            throw new AssertionError("no window for a subcommand");
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
    }

    @Test
    void theTableMarksTheNodeTalkedToInHostnameOrder() {
        int exit = cl.execute("node", "ls");

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("ID").contains("HOSTNAME", "STATUS", "AVAILABILITY", "MANAGER STATUS");
        assertThat(lines.get(1)).startsWith("m1 * ").contains("lab-manager", "Ready", "Active", "Leader");
        assertThat(lines.get(2)).startsWith("w2 ").doesNotContain("*").contains("lab-worker-2", "Down");
        assertThat(lines.get(3)).startsWith("w10 ").doesNotContain("*");
        assertThat(cluster.closed).isTrue();
    }

    @Test
    void jsonIsOneArrayWithTheSelfFlag() throws Exception {
        int exit = cl.execute("node", "ls", "--format", "json");

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).extracting(n -> n.get("hostname").asText())
                .containsExactly("lab-manager", "lab-worker-2", "lab-worker-10");
        assertThat(array).extracting(n -> n.get("self").asBoolean()).containsExactly(true, false, false);
        assertThat(array.get(0).get("managerStatus").asText()).isEqualTo("Leader");
        assertThat(array.get(1).get("status").asText()).isEqualTo("Down");
    }

    @Test
    void quietPrintsBareIds() {
        cl.execute("node", "ls", "-q");

        assertThat(out.toString().lines()).containsExactly("m1", "w2", "w10");
    }
}
