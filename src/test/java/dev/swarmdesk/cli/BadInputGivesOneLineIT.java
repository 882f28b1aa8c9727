package dev.swarmdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LabSwarm.LabNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run as a user runs it, given bad connection input: one clear line on
 * stderr, nothing on stdout, a non-zero exit code, no stack trace.
 */
class BadInputGivesOneLineIT {

    private record Outcome(int exit, String out, String err) { }

    private final LabSwarm lab = LabSwarm.get();

    @Test
    void wrongHost() throws Exception {
        expectOneLine(run(Map.of(), "-H", "tcp://127.0.0.1:1", "service", "ls"), "connection refused");
    }

    @Test
    void engineThatIsNotAManager() throws Exception {
        LabNode worker = lab.nodes().stream().filter(n -> n.role().equals("worker")).findFirst().orElseThrow();
        expectOneLine(run(Map.of(), "-H", worker.dockerHost(), "service", "ls"), "not a swarm manager");
    }

    @Test
    void garbageDockerHost() throws Exception {
        expectOneLine(run(Map.of("DOCKER_HOST", "garbage://nowhere"), "node", "ls"), "invalid Docker host");
    }

    @Test
    void missingContext() throws Exception {
        expectOneLine(run(Map.of(), "--context", "no-such-context", "node", "ls"),
                "context \"no-such-context\" does not exist");
    }

    @Test
    void unknownService() throws Exception {
        expectOneLine(run(Map.of(), "-H", lab.host().dockerHost(), "service", "ps", "no-such-service"),
                "no such service: no-such-service");
    }

    private static void expectOneLine(Outcome o, String words) {
        assertThat(o.exit()).as("exit code").isNotZero();
        assertThat(o.out()).as("stdout").isEmpty();
        List<String> lines = o.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("stderr: " + o.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("swarmdesk: ").contains(words)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Outcome run(Map<String, String> env, String... args) throws Exception {
        Path jar = Path.of("target", "swarmdesk.jar");
        assertThat(jar).as("the packaged jar (mvn package runs before the integration tests)").exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        pb.environment().putAll(env);
        Path err = Files.createTempFile("swarmdesk", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Outcome(p.exitValue(), out, stderr);
    }
}
