package dev.swarmdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.swarmdesk.engine.ManagerConnector;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `service ls`, `service ps` and `node ls` list what the docker CLI lists, for replicated,
 * global, replicated-job and failing services. The cluster keeps moving while both tools
 * look, so a comparison is retried until a moment where both saw the same cluster.
 */
class ListingsMatchDockerCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LabSwarm lab;
    private static final List<String> names = new ArrayList<>();

    @BeforeAll
    static void lab() {
        lab = LabSwarm.get();
    }

    @Test
    void serviceLsAndPsMatchTheDockerCli() throws Exception {
        try (LabServices services = new LabServices(lab)) {
            String web = create(services, "it-web", "--replicas", "3", "--replicas-max-per-node", "2",
                    "--publish", "published=18181,target=80", LabSwarm.IMAGE, "sleep", "3600");
            String global = create(services, "it-global", "--mode", "global", LabSwarm.IMAGE, "sleep", "3600");
            String job = create(services, "it-job", "--mode", "replicated-job", "--replicas", "2",
                    LabSwarm.IMAGE, "sleep", "1");
            String gjob = create(services, "it-gjob", "--mode", "global-job", LabSwarm.IMAGE, "true");
            String failing = create(services, "it-fail", "--restart-condition", "on-failure",
                    "--restart-max-attempts", "2", "--restart-delay", "200ms", LabSwarm.IMAGE, "sh", "-c", "exit 3");
            // let the job finish and the failing service use up its restarts
            LabSwarm.await("jobs done and it-fail given up", Duration.ofSeconds(60), () ->
                    lab.docker("service", "ls", "--filter", "name=" + job, "--format", "{{.Replicas}}")
                            .startsWith("0/2 (2/2")
                    && lab.docker("service", "ps", "-q", "--filter", "desired-state=running", failing).isBlank());

            compareUntilEqual("service ls", this::serviceLsDiff);
            compareUntilEqual("service ps", () -> servicePsDiff(web, global, job, gjob, failing));
            compareUntilEqual("node ls", this::nodeLsDiff);

            String psFail = run("service", "ps", "--format", "json", failing);
            assertThat(JSON.readTree(psFail).findValuesAsText("error"))
                    .contains("task: non-zero exit (3)");
        }
    }

    private String create(LabServices services, String prefix, String... args) {
        String name = LabSwarm.uniqueName(prefix);
        services.create(name, args);
        names.add(name);
        return name;
    }

    private interface Diff {
        List<String> compute() throws Exception;
    }

    private static void compareUntilEqual(String what, Diff diff) throws Exception {
        List<String> last = List.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            last = diff.compute();
            if (last.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(last).as(what + " differs from the docker CLI").isEmpty();
    }

    private List<String> serviceLsDiff() throws Exception {
        List<String> diffs = new ArrayList<>();
        JsonNode ours = JSON.readTree(run("service", "ls", "--format", "json"));
        List<JsonNode> theirs = jsonLines(lab.docker("service", "ls", "--format", "{{json .}}"));
        assertThat(ours).hasSize(theirs.size());
        for (int i = 0; i < theirs.size(); i++) {
            JsonNode d = theirs.get(i);
            JsonNode o = ours.get(i);
            same(diffs, "name", d.get("Name"), o.get("name"));
            same(diffs, d.get("Name") + " id", d.get("ID").asText(), o.get("id").asText().substring(0, 12));
            same(diffs, d.get("Name") + " mode", d.get("Mode"), o.get("mode"));
            same(diffs, d.get("Name") + " replicas", d.get("Replicas"), o.get("replicas"));
            same(diffs, d.get("Name") + " image", d.get("Image"), o.get("image"));
            same(diffs, d.get("Name") + " ports", d.get("Ports"), o.get("ports"));
        }
        return diffs;
    }

    private List<String> servicePsDiff(String... services) throws Exception {
        List<String> diffs = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("service", "ps", "--format", "json"));
        args.addAll(List.of(services));
        JsonNode ours = JSON.readTree(run(args.toArray(String[]::new)));
        List<String> dockerArgs = new ArrayList<>(List.of("service", "ps", "--no-trunc", "--format", "{{json .}}"));
        dockerArgs.addAll(List.of(services));
        List<JsonNode> theirs = jsonLines(lab.docker(dockerArgs.toArray(String[]::new)));
        if (ours.size() != theirs.size()) {
            return List.of("task count: docker " + theirs.size() + ", swarmdesk " + ours.size());
        }
        for (int i = 0; i < theirs.size(); i++) {
            JsonNode d = theirs.get(i);
            JsonNode o = ours.get(i);
            String at = "task " + i + " (" + d.get("Name").asText() + ")";
            same(diffs, at + " id", d.get("ID"), o.get("id"));
            same(diffs, at + " name", d.get("Name"), o.get("name"));
            same(diffs, at + " image", d.get("Image"), o.get("image"));
            same(diffs, at + " node", d.get("Node"), o.get("node"));
            same(diffs, at + " desired", d.get("DesiredState"), o.get("desiredState"));
            same(diffs, at + " state", stateWord(d.get("CurrentState").asText()),
                    stateWord(o.get("currentState").asText()));
            String err = o.get("error").asText();
            same(diffs, at + " error", d.get("Error").asText(), err.isEmpty() ? "" : "\"" + err + "\"");
            same(diffs, at + " ports", d.get("Ports"), o.get("ports"));
        }
        return diffs;
    }

    private List<String> nodeLsDiff() throws Exception {
        List<String> diffs = new ArrayList<>();
        JsonNode ours = JSON.readTree(run("node", "ls", "--format", "json"));
        List<JsonNode> theirs = jsonLines(lab.docker("node", "ls", "--format", "{{json .}}"));
        assertThat(ours).hasSize(theirs.size());
        for (int i = 0; i < theirs.size(); i++) {
            JsonNode d = theirs.get(i);
            JsonNode o = ours.get(i);
            same(diffs, "node " + i + " id", d.get("ID"), o.get("id"));
            same(diffs, "node " + i + " hostname", d.get("Hostname"), o.get("hostname"));
            same(diffs, "node " + i + " self", d.get("Self"), o.get("self"));
            same(diffs, "node " + i + " status", d.get("Status"), o.get("status"));
            same(diffs, "node " + i + " availability", d.get("Availability"), o.get("availability"));
            same(diffs, "node " + i + " manager status", d.get("ManagerStatus"), o.get("managerStatus"));
            same(diffs, "node " + i + " engine", d.get("EngineVersion"), o.get("engineVersion"));
        }
        return diffs;
    }

    /** "Running 3 seconds ago" → "Running": the age differs by when each tool looked. */
    private static String stateWord(String currentState) {
        int cut = currentState.indexOf(' ');
        return cut < 0 ? currentState : currentState.substring(0, cut);
    }

    private static void same(List<String> diffs, String what, Object docker, Object ours) {
        String d = docker instanceof JsonNode j ? j.asText() : String.valueOf(docker);
        String o = ours instanceof JsonNode j ? j.asText() : String.valueOf(ours);
        if (!d.equals(o)) {
            diffs.add(what + ": docker '" + d + "' swarmdesk '" + o + "'");
        }
    }

    private static List<JsonNode> jsonLines(String text) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** Runs a SwarmDesk command in-process against the lab's host manager. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SwarmDeskCommand.commandLine(
                options -> new ManagerConnector(List.of(lab.endpoint(lab.host()))), (o, e) -> 1);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(code).as("swarmdesk " + String.join(" ", args) + " failed: " + err).isZero();
        return out.toString();
    }
}
