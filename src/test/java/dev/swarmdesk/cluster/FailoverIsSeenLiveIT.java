package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cli.SwarmDeskCommand;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterNews.TaskRunning;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.engine.ManagerConnector;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LabSwarm.LabNode;
import dev.swarmdesk.lab.LiveModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `docker kill` of a service's container, on the manager and on a worker: the model shows the
 * failed task with its error and the replacement running, and `watch` prints both and the
 * failover record, with no action from anyone.
 */
class FailoverIsSeenLiveIT {

    private final LabSwarm lab = LabSwarm.get();

    @Test
    void killedContainerFailsOverInModelAndWatch() throws Exception {
        String name = LabSwarm.uniqueName("it-failover");
        StringWriter watchOut = new StringWriter();
        try (LabServices services = new LabServices(lab);
             LiveModel model = new LiveModel(lab.connector())) {
            // one task per node, so the kills hit the manager and the workers alike
            String id = services.create(name, "--replicas", "3", "--replicas-max-per-node", "1",
                    "--restart-delay", "0s", LabSwarm.IMAGE, "sleep", "3600");
            CompletableFuture<Integer> watch = startWatch(watchOut);
            LabSwarm.await("3 running tasks in the model", Duration.ofSeconds(60),
                    () -> running(model, id).size() == 3);
            List<SwarmTask> victims = running(model, id);
            assertThat(victims).extracting(t -> model.store.snapshot().nodes().get(t.nodeId()).role())
                    .contains("manager", "worker");

            for (SwarmTask victim : victims) {
                killAndCheck(model, id, victim);
            }

            LabSwarm.await("watch to print the failovers", Duration.ofSeconds(10),
                    () -> count(watchOut, "\"event\":\"failover.completed\"", id) == 3);
            String printed = watchOut.toString();
            assertThat(lines(printed, "\"event\":\"task.failed\"", id)).hasSize(3)
                    .allSatisfy(l -> assertThat(l).contains("\"error\":\"task: non-zero exit (137)\"")
                            .contains("\"exitCode\":137"));
            assertThat(lines(printed, "\"event\":\"failover.completed\"", id))
                    .allSatisfy(l -> assertThat(l).containsPattern("\"recoveryMs\":\\d+"));
            assertThat(watch).isNotDone();
        }
    }

    private void killAndCheck(LiveModel model, String serviceId, SwarmTask victim) {
        SwarmNode node = model.store.snapshot().nodes().get(victim.nodeId());
        LabNode labNode = labNodeOf(node);
        lab.dockerOn(labNode, "kill", victim.containerId());

        LabSwarm.await("the killed task to show failed in the model", Duration.ofSeconds(10), () -> {
            SwarmTask t = model.store.snapshot().tasks().get(victim.id());
            return t != null && t.state() == TaskState.FAILED;
        });
        SwarmTask failed = model.store.snapshot().tasks().get(victim.id());
        assertThat(failed.error()).isEqualTo("task: non-zero exit (137)");
        assertThat(failed.exitCode()).isEqualTo(137);

        LabSwarm.await("a replacement running in slot " + victim.slot(), Duration.ofSeconds(30),
                () -> model.store.snapshot().tasksOf(serviceId).stream()
                        .anyMatch(t -> t.slot() == victim.slot() && t.isRunning() && !t.id().equals(victim.id())));
        LabSwarm.await("the failover record", Duration.ofSeconds(5), () -> model.news.stream()
                .anyMatch(n -> n instanceof FailoverCompleted f && f.record().failedTaskId().equals(victim.id())));
        FailoverCompleted f = model.news.stream().filter(n -> n instanceof FailoverCompleted fc
                && fc.record().failedTaskId().equals(victim.id())).map(FailoverCompleted.class::cast)
                .findFirst().orElseThrow();
        assertThat(f.record().recoveryTime()).isPositive().isLessThan(Duration.ofSeconds(30));
        assertThat(f.record().error()).isEqualTo("task: non-zero exit (137)");
        assertThat(model.news).anyMatch(n -> n instanceof TaskFailed tf && tf.task().id().equals(victim.id()));
        assertThat(model.news).anyMatch(n -> n instanceof TaskRunning tr
                && tr.task().id().equals(f.record().replacementTaskId()));
    }

    private LabNode labNodeOf(SwarmNode node) {
        if (node.isManager() && node.leader()) {
            return lab.host();
        }
        Optional<LabNode> n = lab.node(node.hostname());
        assertThat(n).as("lab node for " + node.hostname()).isPresent();
        return n.get();
    }

    private static List<SwarmTask> running(LiveModel model, String serviceId) {
        return model.store.snapshot().tasksOf(serviceId).stream().filter(SwarmTask::isRunning).toList();
    }

    private CompletableFuture<Integer> startWatch(StringWriter out) {
        CommandLine cl = SwarmDeskCommand.commandLine(
                options -> new ManagerConnector(List.of(lab.endpoint(lab.host()))), (o, e) -> 1);
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> done = CompletableFuture.supplyAsync(() -> cl.execute("watch", "--duration", "90"));
        LabSwarm.await("watch to connect", Duration.ofSeconds(20),
                () -> out.toString().contains("\"phase\":\"connected\""));
        return done;
    }

    private static List<String> lines(String text, String event, String serviceId) {
        return text.lines().filter(l -> l.contains(event) && l.contains(serviceId)).toList();
    }

    private static long count(StringWriter out, String event, String serviceId) {
        synchronized (out) {
            return lines(out.toString(), event, serviceId).size();
        }
    }

}
