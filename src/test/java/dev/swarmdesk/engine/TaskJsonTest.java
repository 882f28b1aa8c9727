package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.EngineJsonFixtures.byId;
import static dev.swarmdesk.engine.EngineJsonFixtures.parse;
import static dev.swarmdesk.engine.EngineJsonFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskJsonTest {

    private final List<SwarmTask> recorded = readAll("tasks.json", TaskJson::read);
    private final List<SwarmTask> edge = readAll("task-edge-cases.json", TaskJson::read);

    private static SwarmTask task(List<SwarmTask> list, String id) {
        return byId(list, SwarmTask::id, id);
    }

    @Test
    void aKilledTaskIsFailedWithItsErrorAndExitCode() {
        SwarmTask killed = task(recorded, "snoy3ovvqfygoymffs5bjoxxo");

        assertThat(killed.state()).isEqualTo(TaskState.FAILED);
        assertThat(killed.stateText()).isEqualTo("failed");
        assertThat(killed.desiredState()).isEqualTo("shutdown");
        assertThat(killed.error()).isEqualTo("task: non-zero exit (137)");
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(killed.serviceId()).isEqualTo("4wrhk50d6s40ys45afkp8urnj");
        assertThat(killed.slot()).isEqualTo(1);
        assertThat(killed.nodeId()).isEqualTo("p98alsfprit8r551163ucka02");
        assertThat(killed.containerId())
                .isEqualTo("c6459500fcccc9064178a9b3e4d13b83a8b96e712eb9848b07d62313f18d10a2");
        assertThat(killed.version()).isEqualTo(44);
    }

    @Test
    void timestampsKeepTheirNanoseconds() {
        SwarmTask killed = task(recorded, "snoy3ovvqfygoymffs5bjoxxo");
        // the engine trims trailing zeros: 8 fraction digits here
        SwarmTask global = task(recorded, "ijpcp8cleb8twq3fn8egwccep");

        assertThat(killed.createdAt()).isEqualTo(Instant.parse("2026-11-21T07:25:13.671181476Z"));
        assertThat(killed.statusAt()).isEqualTo(Instant.parse("2026-11-21T07:25:28.614370695Z"));
        assertThat(killed.statusAt().getNano()).isEqualTo(614_370_695);
        assertThat(global.statusAt().getNano()).isEqualTo(689_935_740);
    }

    @Test
    void aRunningTaskHasNoExitCodeThoughTheEngineSaysZero() {
        SwarmTask replacement = task(recorded, "hi9vqzu3caubsr2eegyqxr1q9");

        assertThat(replacement.state()).isEqualTo(TaskState.RUNNING);
        assertThat(replacement.isRunning()).isTrue();
        assertThat(replacement.exitCode()).isNull();
        assertThat(replacement.error()).isEmpty();
        assertThat(replacement.slotKey()).isEqualTo("4wrhk50d6s40ys45afkp8urnj/1");
    }

    @Test
    void aCompletedJobTaskHasExitCodeZero() {
        SwarmTask done = task(recorded, "nsihiclozjao2h25jzpt87hcw");

        assertThat(done.state()).isEqualTo(TaskState.COMPLETE);
        assertThat(done.exitCode()).isZero();
    }

    @Test
    void exitCodesOnlyForTerminalStates() {
        assertThat(task(edge, "taskshutdown00000000000003").exitCode()).as("shutdown").isEqualTo(143);
        assertThat(task(edge, "taskstarting00000000000004").exitCode()).as("starting").isNull();
        assertThat(task(edge, "taskunknownstate0000000001").exitCode()).as("unknown state").isNull();
        assertThat(task(edge, "taskrejected00000000000002").exitCode()).as("no container").isNull();
    }

    @Test
    void aGlobalTaskHasSlotZeroAndIsKeyedByNode() {
        SwarmTask global = task(recorded, "ijpcp8cleb8twq3fn8egwccep");

        assertThat(global.slot()).isZero();
        assertThat(global.slotKey()).isEqualTo("ld8q4zxxn0ec6yq1sa390ifhz/efxip729t3ta6ov3n76oy0zmw");
    }

    @Test
    void hostModePortsAndHealthCheckComeFromTheTask() {
        SwarmTask web = task(recorded, "8cdciyx1ahpoeiwcurk3tfgjb");

        assertThat(web.hasHealthcheck()).isTrue();
        // the engine really lists the host port twice
        assertThat(web.ports()).containsExactly(new PublishedPort("tcp", 80, 18080, "host"),
                new PublishedPort("tcp", 80, 18080, "host"));
        assertThat(web.image()).isEqualTo("127.0.0.1:5999/lab/busybox:1");
    }

    @Test
    void anUnknownStateIsUnknownWithTheEngineWordKept() {
        assertThatCode(() -> TaskJson.read(parse("{\"Status\":{\"State\":\"teleporting\"}}")))
                .doesNotThrowAnyException();

        SwarmTask t = task(edge, "taskunknownstate0000000001");

        assertThat(t.state()).isEqualTo(TaskState.UNKNOWN);
        assertThat(t.stateText()).isEqualTo("hibernating");
        assertThat(t.message()).isEqualTo("a state from a newer engine");
        assertThat(t.statusAt().getNano()).isEqualTo(1);
    }

    @Test
    void aRejectedTaskKeepsItsErrorAndAHealthCheckNoneIsNone() {
        SwarmTask t = task(edge, "taskrejected00000000000002");

        assertThat(t.state()).isEqualTo(TaskState.REJECTED);
        assertThat(t.state().isFailure()).isTrue();
        assertThat(t.error()).isEqualTo("No such image: nosuch/image:1");
        assertThat(t.hasHealthcheck()).isFalse();
        assertThat(t.containerId()).isEmpty();
    }

    @Test
    void missingFieldsGiveDefaults() {
        SwarmTask bare = task(edge, "taskbare000000000000000005");

        assertThat(bare).isEqualTo(new SwarmTask("taskbare000000000000000005", 0, "", 0, "", "", TaskState.UNKNOWN,
                "", "", "", null, "", "", false, List.of(), null, null));
    }

    @Test
    void everyRecordedTaskIsRead() {
        assertThat(recorded).hasSize(10);
        assertThat(recorded).extracting(SwarmTask::state)
                .containsOnly(TaskState.RUNNING, TaskState.COMPLETE, TaskState.FAILED);
    }
}
