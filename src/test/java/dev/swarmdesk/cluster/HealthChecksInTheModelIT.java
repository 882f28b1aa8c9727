package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LiveModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health checks as the model shows them: a task with a health check is "starting" until it is
 * healthy; an unhealthy container is killed and its task fails with the engine's own words.
 */
class HealthChecksInTheModelIT {

    private final LabSwarm lab = LabSwarm.get();

    @Test
    void healthyTasksStartThenRunAndUnhealthyOnesFailWithTheEnginesError() {
        try (LabServices services = new LabServices(lab); LiveModel model = new LiveModel(lab.connector())) {
            String healthy = services.create(LabSwarm.uniqueName("it-healthy"), "--health-cmd", "true",
                    "--health-interval", "1s", LabSwarm.IMAGE, "sleep", "3600");
            String sick = services.create(LabSwarm.uniqueName("it-sick"), "--health-cmd", "exit 1",
                    "--health-interval", "1s", "--health-retries", "1", LabSwarm.IMAGE, "sleep", "3600");

            LabSwarm.await("the unhealthy service's task to be starting", Duration.ofSeconds(30),
                    () -> tasks(model, sick).stream().anyMatch(t -> t.state() == TaskState.STARTING));
            assertThat(tasks(model, sick)).allSatisfy(t -> assertThat(t.hasHealthcheck()).isTrue());

            LabSwarm.await("the healthy service's task to run", Duration.ofSeconds(30),
                    () -> tasks(model, healthy).stream().anyMatch(SwarmTask::isRunning));

            LabSwarm.await("the unhealthy task to fail", Duration.ofSeconds(60),
                    () -> tasks(model, sick).stream().anyMatch(t -> t.state() == TaskState.FAILED));
            SwarmTask failed = tasks(model, sick).stream().filter(t -> t.state() == TaskState.FAILED)
                    .findFirst().orElseThrow();
            assertThat(failed.error()).isEqualTo("task: non-zero exit (137): dockerexec: unhealthy container");
            assertThat(failed.exitCode()).isEqualTo(137);
            assertThat(failed.statusAt()).isNotNull();
            assertThat(model.news).anyMatch(n -> n instanceof TaskFailed f && f.task().id().equals(failed.id()));
            assertThat(tasks(model, sick)).anyMatch(t -> t.slot() == failed.slot() && !t.id().equals(failed.id()));
        }
    }

    private static List<SwarmTask> tasks(LiveModel model, String serviceId) {
        return model.store.snapshot().tasksOf(serviceId);
    }
}
