package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.EngineJsonFixtures.byId;
import static dev.swarmdesk.engine.EngineJsonFixtures.parse;
import static dev.swarmdesk.engine.EngineJsonFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.UpdateStatus;
import dev.swarmdesk.listing.ServiceLine;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceJsonTest {

    private final List<SwarmService> recorded = readAll("services-status.json", ServiceJson::read);
    private final List<SwarmService> edge = readAll("service-edge-cases.json", ServiceJson::read);

    private SwarmService named(List<SwarmService> list, String name) {
        return byId(list, SwarmService::name, name);
    }

    @Test
    void readsAReplicatedServiceWithEverythingSet() {
        SwarmService web = named(recorded, "ut-web");

        assertThat(web.id()).isEqualTo("rr2e170ja1for4eklq0megduk");
        assertThat(web.version()).isEqualTo(17);
        assertThat(web.mode()).isEqualTo(new ServiceMode(ServiceMode.REPLICATED, 2, 0));
        assertThat(web.image()).isEqualTo("127.0.0.1:5999/lab/busybox:1");
        assertThat(web.labels()).containsExactly(Map.entry("a", "b"));
        assertThat(web.ports()).containsExactly(new PublishedPort("tcp", 80, 18080, "host"));
        assertThat(web.maxReplicasPerNode()).isEqualTo(2);
        assertThat(web.hasHealthcheck()).isTrue();
        assertThat(web.updateStatus()).isEqualTo(UpdateStatus.NONE);
        assertThat(web.counts()).isEqualTo(new TaskCounts(2, 2, 0));
        assertThat(web.createdAt()).isEqualTo(Instant.parse("2026-11-21T07:25:13.606660762Z"));
        assertThat(web.updatedAt()).isEqualTo(Instant.parse("2026-11-21T07:25:13.607257255Z"));
    }

    @Test
    void ingressPortsComeFromTheEndpoint() {
        assertThat(named(recorded, "ut-ing").ports()).containsExactly(
                new PublishedPort("tcp", 80, 18081, "ingress"), new PublishedPort("tcp", 81, 18082, "ingress"));
    }

    @Test
    void aReplicatedJobKeepsMaxConcurrentAndTotalCompletions() {
        SwarmService job = named(recorded, "ut-job");

        assertThat(job.mode()).isEqualTo(new ServiceMode("replicated-job", 2, 2));
        assertThat(job.mode().isJob()).isTrue();
        assertThat(job.mode().displayName()).isEqualTo("replicated job");
        assertThat(job.counts()).isEqualTo(new TaskCounts(0, 2, 2));
        assertThat(job.hasHealthcheck()).isFalse();
    }

    @Test
    void aGlobalJobAndAGlobalServiceAreRecognised() {
        SwarmService gjob = named(recorded, "ut-gjob");
        SwarmService glob = named(recorded, "ut-glob");

        assertThat(gjob.mode()).isEqualTo(new ServiceMode("global-job", 0, 0));
        assertThat(gjob.mode().isGlobal()).isTrue();
        assertThat(gjob.counts()).isEqualTo(new TaskCounts(0, 0, 2));
        assertThat(glob.mode()).isEqualTo(new ServiceMode("global", 0, 0));
        assertThat(glob.counts()).isEqualTo(new TaskCounts(2, 2, 0));
        assertThat(glob.ports()).isEmpty();
    }

    @Test
    void aTotalCompletionsLeftOutDefaultsToMaxConcurrent() {
        assertThat(named(edge, "job-no-total").mode()).isEqualTo(new ServiceMode("replicated-job", 3, 3));
        assertThat(named(edge, "job-empty").mode()).isEqualTo(new ServiceMode("replicated-job", 1, 1));
    }

    @Test
    void anUnknownModeKeyIsKeptAsText() {
        SwarmService future = named(edge, "future");

        assertThat(future.mode().kind()).isEqualTo("replicated-fancy-job");
        assertThat(future.mode().displayName()).isEqualTo("replicated-fancy-job");
        assertThat(future.mode().isJob()).isFalse();
    }

    @Test
    void healthCheckNoneMeansNone() {
        assertThat(named(edge, "future").hasHealthcheck()).as("Test [NONE]").isFalse();
        assertThat(named(edge, "health-variants").hasHealthcheck()).as("Test []").isFalse();
        assertThat(named(edge, "cmd-health").hasHealthcheck()).as("Test [CMD, curl...]").isTrue();
    }

    @Test
    void countsComeFromServiceStatusAndDefaultToNone() {
        assertThat(named(edge, "job-no-total").counts()).as("CompletedTasks left out")
                .isEqualTo(new TaskCounts(3, 3, 0));
        assertThat(named(edge, "future").counts()).as("no ServiceStatus").isEqualTo(TaskCounts.NONE);
        assertThat(named(edge, "cmd-health").counts()).as("ServiceStatus null").isEqualTo(TaskCounts.NONE);
        assertThat(named(edge, "cmd-health").updateStatus()).as("UpdateStatus null").isEqualTo(UpdateStatus.NONE);
    }

    @Test
    void anUpdateInProgressIsRead() {
        SwarmService updating = readAll("service-updating.json", ServiceJson::read).get(0);

        assertThat(updating.version()).isEqualTo(59);
        assertThat(updating.updateStatus()).isEqualTo(new UpdateStatus("updating", "update in progress",
                Instant.parse("2026-11-21T07:26:15.277750736Z"), null));
        assertThat(updating.updateStatus().inProgress()).isTrue();
    }

    @Test
    void aFinishedRollbackHasBothTimes() {
        UpdateStatus u = named(edge, "health-variants").updateStatus();

        assertThat(u.state()).isEqualTo("rollback_completed");
        assertThat(u.inProgress()).isFalse();
        assertThat(u.completedAt()).isEqualTo(Instant.parse("2026-11-21T07:26:45.000000001Z"));
    }

    @Test
    void aBadTimestampIsNullNotAnError() {
        assertThat(named(edge, "health-variants").createdAt()).isNull();
        assertThat(named(edge, "future").createdAt()).isEqualTo(Instant.parse("2026-11-21T07:25:13.600Z"));
    }

    @Test
    void missingFieldsGiveDefaults() {
        SwarmService bare = byId(edge, SwarmService::id, "svcbare000000000000000002");

        assertThat(bare).isEqualTo(new SwarmService("svcbare000000000000000002", 0, "", new ServiceMode("", 0, 0), "",
                Map.of(), List.of(), 0, false, UpdateStatus.NONE, TaskCounts.NONE, null, null));
    }

    @Test
    void theRecordedServicesListLikeTheDockerCliListedThem() {
        // service-ls.txt is what `docker service ls` printed for the same services at the same moment
        List<String> cli = EngineJsonFixtures.text("service-ls.txt").lines().toList();
        String header = cli.get(0);
        String[] columns = {"ID", "NAME", "MODE", "REPLICAS", "IMAGE", "PORTS"};
        int[] at = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            at[i] = header.indexOf(columns[i]);
        }
        List<List<String>> expected = new ArrayList<>();
        for (String row : cli.subList(1, cli.size())) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < at.length; i++) {
                int end = i + 1 < at.length ? at[i + 1] : row.length();
                cells.add(row.substring(Math.min(at[i], row.length()), Math.min(end, row.length())).trim());
            }
            expected.add(cells);
        }

        List<List<String>> ours = ServiceLine.of(recorded.stream()
                        .collect(Collectors.toMap(SwarmService::id, Function.identity())))
                .stream()
                .map(l -> List.of(l.id().substring(0, 12), l.name(), l.mode(), l.replicas(), l.image(), l.ports()))
                .toList();

        assertThat(expected).hasSize(5);
        assertThat(ours).isEqualTo(expected);
    }

    @Test
    void anEmptyObjectDoesNotThrow() {
        SwarmService s = ServiceJson.read(parse("{}"));

        assertThat(s.id()).isEmpty();
        assertThat(s.counts()).isEqualTo(TaskCounts.NONE);
    }
}
