package dev.swarmdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.engine.ManagerConnector;
import dev.swarmdesk.engine.endpoint.EngineEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real lab swarm the integration tests run against: brought up (idempotently) by
 * packaging/lab/swarm-lab.sh, read back through its `env` command, and driven with the docker
 * CLI, which is the oracle the tests compare SwarmDesk with.
 */
public final class LabSwarm {

    public static final String IMAGE = "127.0.0.1:5999/lab/busybox:1";

    /** A node of the lab as `swarm-lab.sh env` lists it. */
    public record LabNode(String name, String role, String dockerHost) { }

    private static LabSwarm instance;

    private final Path script;
    private List<LabNode> nodes;

    private LabSwarm(Path script) {
        this.script = script;
    }

    /** The lab, brought up once per test JVM. Fails (never skips) when it cannot be had. */
    public static synchronized LabSwarm get() {
        if (instance == null) {
            String path = System.getProperty("swarmdesk.lab.script", "packaging/lab/swarm-lab.sh");
            LabSwarm lab = new LabSwarm(Path.of(path).toAbsolutePath());
            lab.script("up");
            lab.refreshNodes();
            instance = lab;
        }
        return instance;
    }

    public void refreshNodes() {
        List<LabNode> found = new ArrayList<>();
        for (String line : script("env").split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[2].startsWith("DOCKER_HOST=")) {
                found.add(new LabNode(parts[0], parts[1], parts[2].substring("DOCKER_HOST=".length())));
            }
        }
        assertThat(found).as("nodes listed by swarm-lab.sh env").isNotEmpty();
        nodes = List.copyOf(found);
    }

    public List<LabNode> nodes() {
        return nodes;
    }

    public LabNode host() {
        return nodes.stream().filter(n -> n.name().equals("host")).findFirst().orElseThrow();
    }

    public Optional<LabNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public EngineEndpoint endpoint(LabNode node) {
        return new EngineEndpoint(node.name(), URI.create(node.dockerHost()), Optional.empty(), "lab");
    }

    public ManagerConnector connector() {
        return new ManagerConnector(List.of(endpoint(host())));
    }

    /** Runs the lab script; its output, or an assertion error with the script's words. */
    public String script(String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, null, Duration.ofMinutes(5));
    }

    /** Runs the docker CLI against the host manager. */
    public String docker(String... args) {
        return dockerOn(host(), args);
    }

    public String dockerOn(LabNode node, String... args) {
        List<String> cmd = new ArrayList<>(List.of("docker"));
        cmd.addAll(List.of(args));
        return run(cmd, node.dockerHost(), Duration.ofMinutes(2));
    }

    /** A name unique to this run, so tests never meet each other's leftovers. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    private static String run(List<String> cmd, String dockerHost, Duration timeout) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            if (dockerHost != null) {
                pb.environment().put("DOCKER_HOST", dockerHost);
            }
            pb.environment().remove("DOCKER_CONTEXT");
            Path err = Files.createTempFile("lab", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " did not finish in " + timeout);
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + cmd);
        }
    }
}
