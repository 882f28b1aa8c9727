package dev.swarmdesk.listing;

import static dev.swarmdesk.cluster.UnitModels.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** REPLICAS cases follow docker/cli cli/command/service/formatter_test.go (TestServiceContextWrite). */
class ServiceLineTest {

    private static final ServiceMode REPLICATED = new ServiceMode(ServiceMode.REPLICATED, 4, 0);
    private static final ServiceMode GLOBAL = new ServiceMode(ServiceMode.GLOBAL, 0, 0);

    @Test
    void replicatedShowsRunningOverDesired() {
        SwarmService s = service("s", "bar").mode(REPLICATED).counts(2, 4, 0).build();

        assertThat(ServiceLine.replicas(s)).isEqualTo("2/4");
    }

    @Test
    void replicatedWithMaxPerNodeSaysSo() {
        SwarmService qux2 = service("s", "qux2").mode(REPLICATED).maxPerNode(2).counts(3, 3, 0).build();
        SwarmService qux10 = service("s", "qux10").mode(REPLICATED).maxPerNode(1).counts(2, 3, 0).build();
        SwarmService one = service("s", "one").mode(REPLICATED).maxPerNode(2).counts(1, 1, 0).build();

        assertThat(ServiceLine.replicas(qux2)).isEqualTo("3/3 (max 2 per node)");
        assertThat(ServiceLine.replicas(qux10)).isEqualTo("2/3 (max 1 per node)");
        assertThat(ServiceLine.replicas(one)).isEqualTo("1/1 (max 2 per node)");
    }

    @Test
    void replicatedJobCountsCompletionsAgainstTotalCompletions() {
        // MaxConcurrent 3, TotalCompletions 10: as in the CLI's own test
        SwarmService zarp1 = service("s", "zarp1").mode(new ServiceMode(ServiceMode.REPLICATED_JOB, 3, 10))
                .counts(2, 3, 5).build();
        // total completions is neither the concurrency (2) nor desired + completed (4)
        SwarmService other = service("s", "other").mode(new ServiceMode(ServiceMode.REPLICATED_JOB, 2, 3))
                .counts(0, 1, 3).build();

        assertThat(ServiceLine.replicas(zarp1)).isEqualTo("2/3 (5/10 completed)");
        assertThat(ServiceLine.replicas(other)).isEqualTo("0/1 (3/3 completed)");
    }

    @Test
    void jobsNeverShowMaxPerNode() {
        SwarmService job = service("s", "job").mode(new ServiceMode(ServiceMode.REPLICATED_JOB, 2, 4)).maxPerNode(1)
                .counts(1, 2, 1).build();

        assertThat(ServiceLine.replicas(job)).isEqualTo("1/2 (1/4 completed)");
    }

    @Test
    void globalJobTotalIsDesiredPlusCompleted() {
        SwarmService zarp2 = service("s", "zarp2").mode(new ServiceMode(ServiceMode.GLOBAL_JOB, 0, 0))
                .counts(1, 1, 3).build();
        SwarmService done = service("s", "done").mode(new ServiceMode(ServiceMode.GLOBAL_JOB, 0, 0))
                .counts(0, 0, 2).build();

        assertThat(ServiceLine.replicas(zarp2)).isEqualTo("1/1 (3/4 completed)");
        assertThat(ServiceLine.replicas(done)).isEqualTo("0/0 (2/2 completed)");
    }

    @Test
    void globalShowsRunningOverDesiredWithoutMaxPerNode() {
        SwarmService baz = service("s", "baz").mode(GLOBAL).counts(1, 3, 0).build();
        SwarmService capped = service("s", "capped").mode(GLOBAL).maxPerNode(2).counts(2, 2, 0).build();

        assertThat(ServiceLine.replicas(baz)).isEqualTo("1/3");
        assertThat(ServiceLine.replicas(capped)).isEqualTo("2/2");
    }

    @Test
    void aModeFromANewerEngineStillShowsCounts() {
        SwarmService s = service("s", "x").mode(new ServiceMode("replicated-fancy", 0, 0)).counts(1, 2, 0).build();

        assertThat(ServiceLine.replicas(s)).isEqualTo("1/2");
        assertThat(ServiceLine.of(s).mode()).isEqualTo("replicated-fancy");
    }

    @Test
    void oneServiceGivesAllColumnsInTheCliWords() {
        SwarmService s = service("svc1234567890abcdef", "shop_web")
                .mode(new ServiceMode(ServiceMode.REPLICATED_JOB, 1, 1))
                .image("docker.io/library/nginx:1.25@sha256:" + "a".repeat(64))
                .labels(Map.of("com.docker.stack.namespace", "shop"))
                .ports(new PublishedPort("tcp", 80, 8080, "ingress"), new PublishedPort("tcp", 81, 8081, "ingress"))
                .update("completed")
                .counts(0, 1, 0)
                .build();

        ServiceLine line = ServiceLine.of(s);

        assertThat(line).isEqualTo(new ServiceLine("svc1234567890abcdef", "shop_web", "replicated job",
                "0/1 (0/1 completed)", "nginx:1.25", "*:8080-8081->80-81/tcp", 0, 1, 0, "completed", "shop"));
    }

    @Test
    void aServiceOutsideAStackHasAnEmptyStack() {
        assertThat(ServiceLine.of(service("s", "web").build()).stack()).isEmpty();
    }

    @Test
    void theListIsSortedByName() {
        Map<String, SwarmService> services = Stream.of(
                        service("3", "web").build(), service("1", "db").build(), service("2", "api").build(),
                        service("4", "cache").build())
                .collect(Collectors.toMap(SwarmService::id, Function.identity()));

        List<ServiceLine> lines = ServiceLine.of(services);

        assertThat(lines).extracting(ServiceLine::name).containsExactly("api", "cache", "db", "web");
        assertThat(lines).extracting(ServiceLine::id).containsExactly("2", "4", "1", "3");
    }
}
