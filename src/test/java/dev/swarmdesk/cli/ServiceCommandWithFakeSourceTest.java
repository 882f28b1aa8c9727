package dev.swarmdesk.cli;

import static dev.swarmdesk.cluster.UnitModels.node;
import static dev.swarmdesk.cluster.UnitModels.service;
import static dev.swarmdesk.cluster.UnitModels.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.engine.endpoint.ConnectionOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `service ls` and `service ps` against an in-memory {@link FakeClusterSource}. */
class ServiceCommandWithFakeSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NGINX = "docker.io/library/nginx:1.25@sha256:" + "b".repeat(64);

    private final FakeClusterSource cluster = new FakeClusterSource();
    private final List<ConnectionOptions> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cl;

    @BeforeEach
    void setUp() {
        Instant now = Instant.now();
        cluster.nodes.add(node("n1", "alpha", "ready"));
        cluster.nodes.add(node("n2", "beta", "ready"));
        cluster.services.add(service("svcweb0000000000000000001", "web")
                .mode(new ServiceMode(ServiceMode.REPLICATED, 2, 0)).counts(2, 2, 0)
                .image(NGINX)
                .ports(new PublishedPort("tcp", 80, 8080, "ingress"))
                .labels(Map.of("com.docker.stack.namespace", "shop")).build());
        cluster.services.add(service("svcapi0000000000000000002", "api").counts(0, 1, 0).build());
        cluster.services.add(service("svcjob0000000000000000003", "migrate")
                .mode(new ServiceMode(ServiceMode.REPLICATED_JOB, 1, 3)).counts(1, 1, 2).build());
        cluster.tasks.add(task("taskweb1old00000000000001", "svcweb0000000000000000001").slot(1).node("n1")
                .created(now.minusSeconds(600)).failed(now.minusSeconds(300), "task: non-zero exit (137)", 137)
                .build());
        cluster.tasks.add(task("taskweb1new00000000000002", "svcweb0000000000000000001").slot(1).node("n2")
                .image(NGINX).created(now.minusSeconds(299)).running(now.minusSeconds(290)).build());
        cluster.tasks.add(task("taskweb2000000000000000003", "svcweb0000000000000000001").slot(2).node("n1")
                .created(now.minusSeconds(600)).running(now.minusSeconds(590)).build());
        cluster.tasks.add(task("taskapi1000000000000000004", "svcapi0000000000000000002").slot(1).node("gone")
                .created(now.minusSeconds(10)).statusAt(now.minusSeconds(10)).build());

        ConnectorFactory factory = options -> {
            opened.add(options);
            return () -> cluster;
        };
        cl = SwarmDeskCommand.commandLine(factory, (options, exit) -> {
            throw new AssertionError("no window for a subcommand");
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void serviceLsJsonIsOneArraySortedByNameWithTheListingFields() throws Exception {
        int exit = cl.execute("service", "ls", "--format", "json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(outLines()).hasSize(1);
        JsonNode array = JSON.readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(n -> n.get("name").asText()).containsExactly("api", "migrate", "web");

        JsonNode web = array.get(2);
        List<String> fields = new ArrayList<>();
        web.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "name", "mode", "replicas", "image", "ports", "running",
                "desired", "completed", "updateState", "stack");
        assertThat(web.get("id").asText()).isEqualTo("svcweb0000000000000000001");
        assertThat(web.get("mode").asText()).isEqualTo("replicated");
        assertThat(web.get("replicas").asText()).isEqualTo("2/2");
        assertThat(web.get("image").asText()).isEqualTo("nginx:1.25");
        assertThat(web.get("ports").asText()).isEqualTo("*:8080->80/tcp");
        assertThat(web.get("running").asLong()).isEqualTo(2);
        assertThat(web.get("desired").asLong()).isEqualTo(2);
        assertThat(web.get("stack").asText()).isEqualTo("shop");
        assertThat(array.get(1).get("replicas").asText()).isEqualTo("1/1 (2/3 completed)");
        assertThat(array.get(1).get("mode").asText()).isEqualTo("replicated job");
        assertThat(cluster.closed).as("the source is closed after the command").isTrue();
    }

    @Test
    void serviceLsTableShowsShortIdsInNameOrder() {
        int exit = cl.execute("service", "ls");

        assertThat(exit).isZero();
        List<String> lines = outLines();
        assertThat(lines.get(0)).startsWith("ID").contains("NAME", "MODE", "REPLICAS", "IMAGE", "PORTS");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("svcapi000000 ").doesNotContain("svcapi0000000");
        assertThat(lines.get(3)).startsWith("svcweb000000 ").contains("web", "nginx:1.25", "*:8080->80/tcp");
    }

    @Test
    void serviceLsQuietPrintsFullIds() {
        cl.execute("service", "ls", "-q");

        assertThat(outLines()).containsExactly("svcapi0000000000000000002", "svcjob0000000000000000003",
                "svcweb0000000000000000001");
    }

    @Test
    void serviceLsPassesTheConnectionFlagsToTheFactory() {
        cl.execute("-H", "tcp://m1:2376,tcp://m2:2376", "--tlsverify", "service", "ls");

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.hosts()).containsExactly("tcp://m1:2376", "tcp://m2:2376");
            assertThat(o.tlsVerify()).isTrue();
        });
    }

    @Test
    void servicePsTableIndentsOlderTasksOfASlot() {
        int exit = cl.execute("service", "ps", "web");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> lines = outLines();
        int name = lines.get(0).indexOf("NAME");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("taskweb1new0");
        assertThat(lines.get(1).substring(name)).startsWith("web.1 ");
        assertThat(lines.get(2)).startsWith("taskweb1old0");
        assertThat(lines.get(2).substring(name)).startsWith(" \\_ web.1 ");
        assertThat(lines.get(2)).contains("\"task: non-zero exit (137)\"").contains("Shutdown").contains("Failed ");
        assertThat(lines.get(3).substring(name)).startsWith("web.2 ");
        assertThat(lines.get(1)).contains("beta").contains("nginx:1.25").contains("Running ");
        assertThat(cluster.taskQueries).containsExactly(List.of("svcweb0000000000000000001"));
    }

    @Test
    void servicePsWithoutNamesListsAllTasks() {
        cl.execute("service", "ps", "--format", "json");

        assertThat(cluster.taskQueries).containsExactly(List.of());
        assertThat(out.toString()).contains("api.1", "web.1", "web.2");
    }

    @Test
    void servicePsWithoutNamesLeavesOutTasksOfRemovedServices() {
        cluster.tasks.add(task("taskorphan00000000000000005", "svcremoved000000000000009").slot(1).node("n1")
                .created(Instant.now()).running(Instant.now()).build());

        cl.execute("service", "ps", "--format", "json");

        assertThat(out.toString()).contains("web.1").doesNotContain("taskorphan", "svcremoved");
    }

    @Test
    void servicePsJsonIsOneArrayInTaskOrder() throws Exception {
        int exit = cl.execute("service", "ps", "--format", "json", "api", "web");

        assertThat(exit).isZero();
        assertThat(outLines()).hasSize(1);
        JsonNode array = JSON.readTree(out.toString());
        assertThat(array).hasSize(4);
        assertThat(array).extracting(n -> n.get("id").asText()).containsExactly("taskapi1000000000000000004",
                "taskweb1new00000000000002", "taskweb1old00000000000001", "taskweb2000000000000000003");
        assertThat(array).extracting(n -> n.get("name").asText()).containsExactly("api.1", "web.1", "web.1", "web.2");
        JsonNode old = array.get(2);
        assertThat(old.get("error").asText()).as("whole and unquoted").isEqualTo("task: non-zero exit (137)");
        assertThat(old.get("exitCode").asInt()).isEqualTo(137);
        assertThat(old.get("state").asText()).isEqualTo("failed");
        assertThat(old.get("currentState").asText()).startsWith("Failed ").endsWith(" ago");
        assertThat(old.get("node").asText()).isEqualTo("alpha");
        assertThat(array.get(0).get("node").asText()).as("unknown node: its id").isEqualTo("gone");
        assertThat(array.get(1).get("since").isTextual()).as("ISO-8601 times").isTrue();
    }

    @Test
    void servicePsOfAnUnknownServiceFailsWithOneLine() {
        int exit = cl.execute("service", "ps", "nope");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).containsExactly("swarmdesk: no such service: nope");
    }

    @Test
    void withoutASubcommandTheWindowOpensOnTheSameFlags() {
        List<ConnectionOptions> gui = new ArrayList<>();
        CommandLine window = SwarmDeskCommand.commandLine(options -> {
            throw new AssertionError("the window connects by itself");
        }, (options, exitAfterFirstFrame) -> {
            gui.add(options);
            return exitAfterFirstFrame ? 7 : 0;
        });

        int exit = window.execute("-H", "tcp://m1:2376", "--context", "lab", "--exit-after-first-frame");

        assertThat(exit).isEqualTo(7);
        assertThat(gui).singleElement().satisfies(o -> {
            assertThat(o.hosts()).containsExactly("tcp://m1:2376");
            assertThat(o.context()).isEqualTo("lab");
        });
    }
}
