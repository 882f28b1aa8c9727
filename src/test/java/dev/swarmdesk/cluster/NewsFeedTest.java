package dev.swarmdesk.cluster;

import static dev.swarmdesk.cluster.UnitModels.T0;
import static dev.swarmdesk.cluster.UnitModels.from;
import static dev.swarmdesk.cluster.UnitModels.node;
import static dev.swarmdesk.cluster.UnitModels.service;
import static dev.swarmdesk.cluster.UnitModels.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterChange.ConnectionChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.ServiceChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ClusterNews.ConnectionChanged;
import dev.swarmdesk.cluster.ClusterNews.FailoverCompleted;
import dev.swarmdesk.cluster.ClusterNews.NodeDown;
import dev.swarmdesk.cluster.ClusterNews.NodeUp;
import dev.swarmdesk.cluster.ClusterNews.ServiceCreated;
import dev.swarmdesk.cluster.ClusterNews.ServiceRemoved;
import dev.swarmdesk.cluster.ClusterNews.ServiceUpdated;
import dev.swarmdesk.cluster.ClusterNews.TaskCreated;
import dev.swarmdesk.cluster.ClusterNews.TaskFailed;
import dev.swarmdesk.cluster.ClusterNews.TaskRunning;
import dev.swarmdesk.cluster.ClusterNews.TaskStateChanged;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.domain.FailoverRecord;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsFeedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T11:00:00Z");
    private static final String KILLED = "task: non-zero exit (137)";

    private final NewsFeed feed = new NewsFeed(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<ClusterNews> news = new ArrayList<>();

    private final SwarmNode alpha = node("n1", "alpha", "ready");
    private final SwarmNode beta = node("n2", "beta", "ready");
    private final SwarmService web = service("s1", "web").build();
    private final SwarmService agent = service("g1", "agent").mode(new ServiceMode(ServiceMode.GLOBAL, 0, 0)).build();

    private final SwarmTask web1 = task("t1", "s1").slot(1).node("n1").created(T0)
            .running(T0.plusSeconds(10)).container("c1").build();

    @BeforeEach
    void listen() {
        feed.subscribe(news::add);
    }

    private ClusterSnapshot snapshot(List<SwarmNode> nodes) {
        return new ClusterSnapshot(byId(nodes, SwarmNode::id), byId(List.of(web, agent), SwarmService::id), Map.of(),
                ConnectionStatus.IDLE);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private void batch(ClusterChange... changes) {
        feed.accept(new ChangeBatch(List.of(changes), snapshot(List.of(alpha, beta)), false));
    }

    private <N extends ClusterNews> List<N> newsOf(Class<N> type) {
        return news.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aKilledTaskIsReportedAsFailed() {
        SwarmTask killed = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();

        batch(new TaskChange(web1, killed));

        assertThat(news).containsExactly(new TaskFailed(NOW, killed, "web", "alpha"));
        assertThat(((TaskFailed) news.get(0)).task().exitCode()).isEqualTo(137);
    }

    @Test
    void aReplacementReachingRunningCompletesTheFailover() {
        Instant failedAt = T0.plusSeconds(60);
        Instant createdAt = T0.plusSeconds(61);
        Instant runningAt = T0.plusSeconds(64).plusMillis(500);
        SwarmTask killed = from(web1).failed(failedAt, KILLED, 137).build();
        SwarmTask fresh = task("t2", "s1").slot(1).node("n2").created(createdAt).statusAt(createdAt).build();
        SwarmTask running = from(fresh).running(runningAt).build();

        batch(new TaskChange(web1, killed));
        batch(new TaskChange(null, fresh));
        news.clear();
        batch(new TaskChange(fresh, running));

        FailoverRecord expected = new FailoverRecord("s1", "web", "s1/1", "t1", "n1", KILLED, "t2", "n2",
                failedAt, createdAt, runningAt);
        assertThat(news).containsExactly(
                new TaskRunning(NOW, running, "web", "beta"),
                new FailoverCompleted(NOW, expected));
        assertThat(expected.recoveryTime()).isEqualTo(Duration.ofMillis(4500));
    }

    @Test
    void aNewTaskIsReportedAsCreated() {
        SwarmTask fresh = task("t2", "s1").slot(1).node("n2").build();

        batch(new TaskChange(null, fresh));

        assertThat(news).containsExactly(new TaskCreated(NOW, fresh, "web", "beta"));
    }

    @Test
    void failureAndReplacementInTheSameBatchStillPair() {
        Instant failedAt = T0.plusSeconds(60);
        Instant runningAt = T0.plusSeconds(62);
        SwarmTask killed = from(web1).failed(failedAt, KILLED, 137).build();
        SwarmTask running = task("t2", "s1").slot(1).node("n2").created(T0.plusSeconds(61)).running(runningAt).build();

        // the replacement comes first in the batch: the feed must still see the failure first
        batch(new TaskChange(null, running), new TaskChange(web1, killed));

        assertThat(news.get(0)).isEqualTo(new TaskFailed(NOW, killed, "web", "alpha"));
        assertThat(newsOf(TaskRunning.class)).containsExactly(new TaskRunning(NOW, running, "web", "beta"));
        assertThat(newsOf(FailoverCompleted.class)).singleElement().satisfies(f -> {
            assertThat(f.record().failedTaskId()).isEqualTo("t1");
            assertThat(f.record().replacementTaskId()).isEqualTo("t2");
            assertThat(f.record().recoveryTime()).isEqualTo(Duration.ofSeconds(2));
        });
    }

    @Test
    void aRunningTaskInAnotherSlotDoesNotCompleteTheFailover() {
        SwarmTask killed = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        SwarmTask otherSlot = task("t9", "s1").slot(2).node("n2").running(T0.plusSeconds(62)).build();

        batch(new TaskChange(web1, killed));
        batch(new TaskChange(null, otherSlot));

        assertThat(newsOf(TaskRunning.class)).hasSize(1);
        assertThat(newsOf(FailoverCompleted.class)).isEmpty();
    }

    @Test
    void globalServiceTasksPairByNode() {
        SwarmTask onAlpha = task("g-a", "g1").node("n1").running(T0.plusSeconds(5)).build();
        SwarmTask failedOnAlpha = from(onAlpha).failed(T0.plusSeconds(30), "task: non-zero exit (1)", 1).build();
        SwarmTask newOnBeta = task("g-b", "g1").node("n2").running(T0.plusSeconds(31)).build();
        SwarmTask newOnAlpha = task("g-c", "g1").node("n1").created(T0.plusSeconds(32))
                .running(T0.plusSeconds(35)).build();

        batch(new TaskChange(onAlpha, failedOnAlpha));
        batch(new TaskChange(null, newOnBeta));
        assertThat(newsOf(FailoverCompleted.class)).as("a task on another node replaces nothing").isEmpty();

        batch(new TaskChange(null, newOnAlpha));

        assertThat(newsOf(FailoverCompleted.class)).singleElement().satisfies(f -> {
            assertThat(f.record().slotKey()).isEqualTo("g1/n1");
            assertThat(f.record().serviceName()).isEqualTo("agent");
            assertThat(f.record().failedTaskId()).isEqualTo("g-a");
            assertThat(f.record().replacementTaskId()).isEqualTo("g-c");
            assertThat(f.record().recoveryTime()).isEqualTo(Duration.ofSeconds(5));
        });
    }

    @Test
    void aNodeGoingDownAndComingBackIsReported() {
        SwarmNode alphaDown = node("n1", "alpha", "down", 2);
        SwarmNode alphaBack = node("n1", "alpha", "ready", 3);

        batch(new NodeChange(alpha, alphaDown));
        batch(new NodeChange(alphaDown, alphaBack));

        assertThat(news).containsExactly(new NodeDown(NOW, alphaDown), new NodeUp(NOW, alphaBack));
    }

    @Test
    void aTaskShutDownWhileItsNodeIsDownCountsAsFailedWithTheNodeAsReason() {
        SwarmNode alphaDown = node("n1", "alpha", "down", 2);
        ClusterSnapshot nodeDown = snapshot(List.of(alphaDown, beta));
        // the manager gives up on the task: desired state shutdown, its last known state stays running
        SwarmTask orphaned = from(web1).desired("shutdown").version(web1.version() + 1).build();
        Instant runningAt = NOW.plusSeconds(3);
        SwarmTask replacement = task("t2", "s1").slot(1).node("n2").created(NOW.plusSeconds(1))
                .running(runningAt).build();

        feed.accept(new ChangeBatch(List.of(new NodeChange(alpha, alphaDown), new TaskChange(web1, orphaned)),
                nodeDown, false));
        feed.accept(new ChangeBatch(List.of(new TaskChange(null, replacement)), nodeDown, false));

        assertThat(newsOf(TaskFailed.class)).containsExactly(new TaskFailed(NOW, orphaned, "web", "alpha"));
        assertThat(newsOf(FailoverCompleted.class)).singleElement().satisfies(f -> {
            assertThat(f.record().error()).contains("alpha").contains("down");
            assertThat(f.record().failedTaskId()).isEqualTo("t1");
            assertThat(f.record().failedNodeId()).isEqualTo("n1");
            assertThat(f.record().failedAt()).as("no failure time from the engine: when it was seen").isEqualTo(NOW);
            assertThat(f.record().recoveryTime()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void aTaskShutDownOnAReadyNodeIsOnlyAStateChange() {
        SwarmTask stopped = from(web1).desired("shutdown").version(web1.version() + 1).build();

        batch(new TaskChange(web1, stopped));

        assertThat(news).containsExactly(new TaskStateChanged(NOW, web1, stopped, "web", "alpha"));
    }

    @Test
    void theInitialLoadGivesNoNewsAndPairsNothing() {
        SwarmTask killed = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        ClusterSnapshot snap = snapshot(List.of(alpha, beta));

        feed.accept(new ChangeBatch(List.of(new ServiceChange(null, web), new NodeChange(null, alpha),
                new TaskChange(null, killed)), snap, true));
        assertThat(news).isEmpty();

        SwarmTask running = task("t2", "s1").slot(1).node("n2").running(T0.plusSeconds(70)).build();
        batch(new TaskChange(null, running));
        assertThat(newsOf(TaskRunning.class)).hasSize(1);
        assertThat(newsOf(FailoverCompleted.class)).isEmpty();
    }

    @Test
    void servicesCreatedUpdatedAndRemovedAreReported() {
        SwarmService v2 = service("s1", "web").version(2).build();
        SwarmService updating = service("s1", "web").version(2).update("updating").build();

        batch(new ServiceChange(null, web));
        batch(new ServiceChange(web, v2));
        batch(new ServiceChange(v2, updating));
        batch(new ServiceChange(updating, null));

        assertThat(news).containsExactly(
                new ServiceCreated(NOW, web),
                new ServiceUpdated(NOW, web, v2),
                new ServiceUpdated(NOW, v2, updating),
                new ServiceRemoved(NOW, updating));
    }

    @Test
    void aServiceWhoseCountsAloneChangedIsNotNews() {
        batch(new ServiceChange(web, service("s1", "web").counts(0, 1, 0).build()));

        assertThat(news).isEmpty();
    }

    @Test
    void eachRecoveryPairsWithTheFailureJustBeforeIt() {
        SwarmTask first = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        SwarmTask second = task("t2", "s1").slot(1).node("n2").created(T0.plusSeconds(61))
                .running(T0.plusSeconds(62)).build();
        SwarmTask secondFailed = from(second).failed(T0.plusSeconds(70), "task: non-zero exit (1)", 1).build();
        SwarmTask third = task("t3", "s1").slot(1).node("n1").created(T0.plusSeconds(71))
                .running(T0.plusSeconds(75)).build();

        batch(new TaskChange(web1, first));
        batch(new TaskChange(null, second));
        news.clear();
        batch(new TaskChange(second, secondFailed));
        batch(new TaskChange(null, third));

        // the second task running did complete the first failover; the third completes the second one
        assertThat(newsOf(FailoverCompleted.class)).singleElement().satisfies(f -> {
            assertThat(f.record().failedTaskId()).isEqualTo("t2");
            assertThat(f.record().error()).isEqualTo("task: non-zero exit (1)");
            assertThat(f.record().failedAt()).isEqualTo(T0.plusSeconds(70));
            assertThat(f.record().replacementTaskId()).isEqualTo("t3");
        });
    }

    @Test
    void aSlotThatFailsTwiceBeforeRecoveringPairsWithTheLatestFailure() {
        SwarmTask first = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        SwarmTask second = task("t2", "s1").slot(1).node("n2").created(T0.plusSeconds(61)).build();
        SwarmTask secondFailed = from(second).failed(T0.plusSeconds(65), "starting container failed", null).build();
        SwarmTask third = task("t3", "s1").slot(1).node("n1").created(T0.plusSeconds(66))
                .running(T0.plusSeconds(69)).build();

        batch(new TaskChange(web1, first));
        batch(new TaskChange(null, second));
        batch(new TaskChange(second, secondFailed));
        batch(new TaskChange(null, third));

        assertThat(newsOf(TaskFailed.class)).extracting(n -> n.task().id()).containsExactly("t1", "t2");
        assertThat(newsOf(FailoverCompleted.class)).singleElement().satisfies(f -> {
            assertThat(f.record().failedTaskId()).isEqualTo("t2");
            assertThat(f.record().error()).isEqualTo("starting container failed");
            assertThat(f.record().recoveryTime()).isEqualTo(Duration.ofSeconds(4));
        });
    }

    @Test
    void connectionChangesAreReported() {
        ConnectionStatus lost = new ConnectionStatus(Phase.RECONNECTING, "tcp://m1:2376", "", "gone");

        batch(new ConnectionChange(ConnectionStatus.IDLE, lost));

        assertThat(news).containsExactly(new ConnectionChanged(NOW, lost));
    }

    @Test
    void aFailedTaskStayingFailedIsNotReportedAgain() {
        SwarmTask killed = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        SwarmTask stillFailed = from(killed).version(killed.version() + 1).build();

        batch(new TaskChange(web1, killed));
        batch(new TaskChange(killed, stillFailed));

        assertThat(newsOf(TaskFailed.class)).hasSize(1);
        assertThat(stillFailed.state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void theStoreAndTheFeedTogetherReportAFailover() {
        ClusterStore store = new ClusterStore();
        store.subscribe(feed);
        store.replaceAll(List.of(alpha, beta), List.of(web), List.of(web1));
        assertThat(news).as("initial load").isEmpty();

        SwarmTask killed = from(web1).failed(T0.plusSeconds(60), KILLED, 137).build();
        SwarmTask replacement = task("t2", "s1").slot(1).node("n2").created(T0.plusSeconds(61))
                .running(T0.plusSeconds(63)).build();
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(killed, replacement));

        assertThat(newsOf(FailoverCompleted.class)).singleElement()
                .satisfies(f -> assertThat(f.record().recoveryTime()).isEqualTo(Duration.ofSeconds(3)));
    }
}
