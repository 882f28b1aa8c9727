package dev.swarmdesk.bench;

import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.domain.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a synthetic cluster for the fake engine: nodes, services of every mode (replicated,
 * global, replicated and global jobs) with stack labels, ingress and host ports, health checks
 * and update states, and tasks as an engine lists them: the running task of every slot (or node),
 * completed job tasks, and failed or shut-down history tasks, up to exactly {@code taskCount}.
 * Deterministic for a seed.
 */
final class FakeEngineFixtures {

    static final String[] COMPONENTS = {"web", "api", "worker", "db", "cache", "queue", "auth", "search",
        "billing", "mailer"};
    private static final long[] REPLICAS = {1, 2, 3, 3, 5, 8};
    private static final int GLOBAL = 20;
    private static final int GLOBAL_JOBS = 5;
    private static final int REPLICATED_JOBS = 50;
    private static final int JOB_COMPLETIONS = 4;

    /** The generated cluster; {@code tasks} maps each service id to its tasks. */
    record Cluster(List<SwarmNode> nodes, Map<String, SwarmService> services, Map<String, List<SwarmTask>> tasks) { }

    private final Random random;
    private final Instant now = Instant.now();

    private FakeEngineFixtures(long seed) {
        this.random = new Random(seed);
    }

    static Cluster generate(long seed, int nodeCount, int serviceCount, int taskCount) {
        return new FakeEngineFixtures(seed).cluster(nodeCount, serviceCount, taskCount);
    }

    private Cluster cluster(int nodeCount, int serviceCount, int taskCount) {
        List<SwarmNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(node(i));
        }
        Map<String, SwarmService> services = new LinkedHashMap<>();
        Map<String, List<SwarmTask>> tasks = new LinkedHashMap<>();
        List<SwarmTask> currentReplicated = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < serviceCount; i++) {
            SwarmService s = service(i, serviceCount);
            List<SwarmTask> own = new ArrayList<>();
            switch (s.mode().kind()) {
                case ServiceMode.GLOBAL -> nodes.forEach(n -> own.add(task(s, 0, n.id(), TaskState.RUNNING, 0)));
                case ServiceMode.GLOBAL_JOB -> nodes.forEach(n -> own.add(task(s, 0, n.id(), TaskState.COMPLETE, 0)));
                case ServiceMode.REPLICATED_JOB -> {
                    for (int slot = 1; slot <= JOB_COMPLETIONS; slot++) {
                        own.add(task(s, slot, randomNode(nodes), TaskState.COMPLETE, 0));
                    }
                }
                default -> {
                    for (int slot = 1; slot <= s.mode().replicas(); slot++) {
                        SwarmTask t = task(s, slot, randomNode(nodes), TaskState.RUNNING, 0);
                        own.add(t);
                        currentReplicated.add(t);
                    }
                }
            }
            total += own.size();
            tasks.put(s.id(), own);
            services.put(s.id(), s);
        }
        if (total > taskCount) {
            throw new IllegalArgumentException(total + " current tasks already exceed " + taskCount);
        }
        // history: earlier tasks of replicated slots, oldest further back, round-robin over the slots
        for (int k = 0; total < taskCount; k++, total++) {
            SwarmTask current = currentReplicated.get(k % currentReplicated.size());
            int depth = 1 + k / currentReplicated.size();
            TaskState state = random.nextInt(10) < 6 ? TaskState.FAILED : TaskState.SHUTDOWN;
            SwarmService s = services.get(current.serviceId());
            tasks.get(s.id()).add(task(s, current.slot(), randomNode(nodes), state, depth));
        }
        services.replaceAll((id, s) -> s.withCounts(counts(s, tasks.get(id), nodeCount)));
        return new Cluster(List.copyOf(nodes), services, tasks);
    }

    private SwarmNode node(int i) {
        boolean manager = i < 3;
        String host = manager ? "manager-" + (i + 1) : String.format("worker-%03d", i - 2);
        return new SwarmNode(FakeEngineIds.taskId(random), 100 + random.nextInt(900), host,
                manager ? "manager" : "worker", "active", "ready", "10.0." + (i / 250) + "." + (i % 250 + 2),
                i == 0, manager ? "reachable" : "", "24.0.7", 8_000_000_000L, 32L << 30,
                Map.of("zone", "zone-" + "abc".charAt(i % 3), "rack", "r" + (i % 12)),
                now.minus(Duration.ofDays(30 + i % 20)));
    }

    private SwarmService service(int i, int serviceCount) {
        int stacks = Math.max(1, serviceCount / COMPONENTS.length);
        String stack = "stack" + (i % stacks);
        String component = COMPONENTS[(i / stacks) % COMPONENTS.length];
        String name = stack + "_" + component + (i >= stacks * COMPONENTS.length ? "-" + i : "");
        String image = "registry.example.com/" + stack + "/" + component + ":1." + (i % 7) + "." + (i % 13)
                + "@sha256:" + FakeEngineIds.hex(random, 64);
        ServiceMode mode;
        if (i < GLOBAL) {
            mode = new ServiceMode(ServiceMode.GLOBAL, 0, 0);
        } else if (i < GLOBAL + GLOBAL_JOBS) {
            mode = new ServiceMode(ServiceMode.GLOBAL_JOB, 0, 0);
        } else if (i < GLOBAL + GLOBAL_JOBS + REPLICATED_JOBS) {
            mode = new ServiceMode(ServiceMode.REPLICATED_JOB, 2, JOB_COMPLETIONS);
        } else {
            mode = new ServiceMode(ServiceMode.REPLICATED, REPLICAS[i % REPLICAS.length], 0);
        }
        Map<String, String> labels = Map.of("com.docker.stack.namespace", stack,
                "com.docker.stack.image", image.substring(0, image.indexOf('@')),
                "team", "team-" + (i % 17), "tier", i % 2 == 0 ? "frontend" : "backend");
        Instant created = now.minus(Duration.ofHours(24 + random.nextInt(24 * 60)));
        Instant updated = created.plus(Duration.ofMinutes(random.nextInt(600)));
        UpdateStatus update = i % 400 == 7 ? new UpdateStatus("updating", "update in progress", updated, null)
                : i % 5 == 0 ? new UpdateStatus("completed", "update completed", updated, updated.plusSeconds(40))
                : UpdateStatus.NONE;
        return new SwarmService(FakeEngineIds.taskId(random), 10 + random.nextInt(5000), name, mode, image, labels,
                ports(i), i % 11 == 0 ? 2 : 0, i % 4 == 0, update, TaskCounts.NONE, created, updated);
    }

    private static List<PublishedPort> ports(int i) {
        List<PublishedPort> ports = new ArrayList<>();
        if (i % 3 == 0) {
            ports.add(new PublishedPort("tcp", 8080, 20000 + i, "ingress"));
        }
        if (i % 10 == 1) {
            ports.add(new PublishedPort("tcp", 80, 30000 + 2 * i, "ingress"));
            ports.add(new PublishedPort("tcp", 81, 30001 + 2 * i, "ingress"));
        }
        if (i % 17 == 0) {
            ports.add(new PublishedPort("tcp", 9100, 9100, "host"));
        }
        return ports;
    }

    /** A task of {@code s}; {@code age} 0 is the slot's current task, higher ones are older history. */
    private SwarmTask task(SwarmService s, long slot, String nodeId, TaskState state, int age) {
        Instant created = now.minus(Duration.ofMinutes(30L * (age + 1) + random.nextInt(30)));
        Instant status = created.plusSeconds(2 + random.nextInt(20));
        boolean running = state == TaskState.RUNNING;
        String desired = running ? "running" : state == TaskState.COMPLETE ? "complete" : "shutdown";
        String error = state == TaskState.FAILED ? "task: non-zero exit (1)" : "";
        Integer exit = running ? null : state == TaskState.FAILED ? 1 : 0;
        List<PublishedPort> ports = s.ports().stream().filter(p -> "host".equals(p.publishMode())).toList();
        return new SwarmTask(FakeEngineIds.taskId(random), 1000 + random.nextInt(100_000), s.id(), slot, nodeId,
                desired, state, state.name().toLowerCase(), running ? "started" : state.name().toLowerCase(), error,
                exit, FakeEngineIds.hex(random, 64), s.image(), s.hasHealthcheck(), running ? ports : List.of(),
                created, status);
    }

    private String randomNode(List<SwarmNode> nodes) {
        return nodes.get(random.nextInt(nodes.size())).id();
    }

    /** The manager's counts: running tasks that should run; desired per mode; completed job tasks. */
    static TaskCounts counts(SwarmService s, List<SwarmTask> tasks, int nodeCount) {
        long running = tasks.stream().filter(t -> t.isRunning() && t.desiredRunning()).count();
        long completed = tasks.stream().filter(t -> t.state() == TaskState.COMPLETE).count();
        long desired = switch (s.mode().kind()) {
            case ServiceMode.REPLICATED -> s.mode().replicas();
            case ServiceMode.GLOBAL -> nodeCount;
            default -> 0;
        };
        return new TaskCounts(running, desired, completed);
    }
}
