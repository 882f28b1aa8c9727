package dev.swarmdesk.ui.visualizer;

import static dev.swarmdesk.ui.visualizer.VizFixtures.API;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NGINX;
import static dev.swarmdesk.ui.visualizer.VizFixtures.NOW;
import static dev.swarmdesk.ui.visualizer.VizFixtures.node;
import static dev.swarmdesk.ui.visualizer.VizFixtures.service;
import static dev.swarmdesk.ui.visualizer.VizFixtures.snapshot;
import static dev.swarmdesk.ui.visualizer.VizFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterChange.ConnectionChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ConnectionStatus;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardTest {

    @Test
    void columnsFollowNodeLsOrderAndCardsServiceThenSlot() {
        ClusterSnapshot snap = snapshot(
                List.of(node("w10", "worker-10"), node("m1", "mgr-1"), node("w2", "worker-2", "down", "drain")),
                List.of(service("s1", "web", NGINX), service("s2", "api", API)),
                List.of(task("a", "s1", 10, "w2", TaskState.RUNNING, NGINX),
                        task("b", "s1", 2, "w2", TaskState.STARTING, NGINX),
                        task("c", "s2", 1, "w2", TaskState.RUNNING, API),
                        task("d", "s1", 1, "m1", TaskState.RUNNING, NGINX)));

        List<ColumnLine> board = Board.of(snap, NOW);

        assertThat(board).extracting(ColumnLine::title).containsExactly("mgr-1", "worker-2", "worker-10");
        ColumnLine mgr = board.get(0);
        assertThat(mgr.role()).isEqualTo("Manager (Leader)");
        assertThat(mgr.status()).isEqualTo("Ready · Active");
        assertThat(mgr.badge()).isEmpty();
        ColumnLine w2 = board.get(1);
        assertThat(w2.cards()).extracting(CardLine::title).containsExactly("api.1", "web.2", "web.10");
        assertThat(w2.down()).isTrue();
        assertThat(w2.drained()).isTrue();
        assertThat(w2.badge()).isEqualTo("Down");
        assertThat(w2.status()).isEqualTo("Down · Drain");
        assertThat(w2.counts()).isEqualTo("2 of 3 running");
        assertThat(board.get(2).cards()).isEmpty();
        assertThat(board.get(2).counts()).isEqualTo("no tasks");
    }

    @Test
    void showsWhatRunsOrStartsAndFailuresOfTheLastMinuteOnly() {
        ClusterSnapshot snap = snapshot(List.of(node("n1", "node-1")), List.of(service("s1", "web", NGINX)),
                List.of(task("run", "s1", 1, "n1", TaskState.RUNNING, NGINX),
                        task("pending", "s1", 2, "n1", TaskState.PENDING, NGINX),
                        task("stopping", "s1", 3, "n1", "shutdown", TaskState.RUNNING, "", NGINX, 1),
                        task("old-shutdown", "s1", 1, "n1", "shutdown", TaskState.SHUTDOWN, "", NGINX, 5),
                        task("fresh-fail", "s1", 4, "n1", "shutdown", TaskState.FAILED, "exit 1", NGINX, 59),
                        task("old-fail", "s1", 4, "n1", "shutdown", TaskState.FAILED, "exit 1", NGINX, 61),
                        task("rejected", "s1", 5, "n1", "shutdown", TaskState.REJECTED, "no suitable node", NGINX, 2),
                        task("complete", "s1", 6, "n1", "shutdown", TaskState.COMPLETE, "", NGINX, 2)));

        List<CardLine> cards = Board.of(snap, NOW).get(0).cards();

        assertThat(cards).extracting(CardLine::id)
                .containsExactly("run", "pending", "stopping", "fresh-fail", "rejected");
        assertThat(cards).extracting(CardLine::tone)
                .containsExactly(Tone.RUNNING, Tone.STARTING, Tone.RUNNING, Tone.FAILED, Tone.FAILED);
        assertThat(cards.get(2).leaving()).isTrue();
        assertThat(cards.get(0).leaving()).isFalse();
    }

    @Test
    void tasksWithoutAKnownNodeGetTheirOwnColumnLast() {
        ClusterSnapshot snap = snapshot(List.of(node("n1", "node-1")), List.of(service("s1", "web", NGINX)),
                List.of(task("p", "s1", 1, "", TaskState.PENDING, NGINX),
                        task("gone", "s1", 2, "removed-node", TaskState.RUNNING, NGINX)));

        List<ColumnLine> board = Board.of(snap, NOW);

        assertThat(board).extracting(ColumnLine::title).containsExactly("node-1", "Unassigned");
        assertThat(board.get(1).cards()).extracting(CardLine::id).containsExactly("p", "gone");
    }

    @Test
    void cardsWordTheTaskTheWayTheCliDoes() {
        ClusterSnapshot snap = snapshot(List.of(node("n1", "node-1")),
                List.of(service("s1", "web", NGINX), service("s2", "api", API)), List.of());
        CardLine web = CardLine.of(task("t1", "s1", 3, "n1", "shutdown", TaskState.FAILED,
                "task: non-zero exit (1)", NGINX, 10), snap);
        CardLine global = CardLine.of(task("t2", "s2", 0, "n1", TaskState.RUNNING, API), snap);

        assertThat(web.title()).isEqualTo("web.3");
        assertThat(web.image()).isEqualTo("nginx:1.25");
        assertThat(web.state()).isEqualTo("Failed");
        assertThat(web.details(ZoneOffset.UTC)).contains("web.3 · Failed (desired Shutdown)",
                "Error: task: non-zero exit (1)", "Exit code: 1", "Task: t1", "Node: node-1", "Image: " + NGINX,
                "Created: 2026-11-21 08:09:47 Z", "State since: 2026-11-21 08:09:50 Z");
        assertThat(global.title()).isEqualTo("api");
        assertThat(global.image()).isEqualTo("api:2.1");
        assertThat(CardLine.shortImage("nginx@sha256:0123456789abcdef0123")).isEqualTo("nginx@sha256:0123456789ab");
        assertThat(CardLine.shortImage("busybox")).isEqualTo("busybox");
    }

    @Test
    void anUpdateRebuildsOnlyTheColumnsItsChangesTouch() {
        List<SwarmNode> nodes = List.of(node("n1", "node-1"), node("n2", "node-2"));
        List<SwarmService> services = List.of(service("s1", "web", NGINX));
        SwarmTask a = task("a", "s1", 1, "n1", TaskState.RUNNING, NGINX);
        SwarmTask b = task("b", "s1", 2, "n2", TaskState.RUNNING, NGINX);
        Board board = new Board();
        List<ColumnLine> first = board.update(snapshot(nodes, services, List.of(a, b)), List.of(), NOW);

        SwarmTask aFailed = task("a", "s1", 1, "n1", "shutdown", TaskState.FAILED, "exit 1", NGINX, 1);
        ClusterSnapshot next = snapshot(nodes, services, List.of(aFailed, b));
        List<ColumnLine> second = board.update(next, List.of(new TaskChange(a, aFailed)), NOW);

        assertThat(second.get(1)).isSameAs(first.get(1));
        assertThat(second.get(1).cards().get(0)).isSameAs(first.get(1).cards().get(0));
        assertThat(second.get(0).cards()).extracting(CardLine::tone).containsExactly(Tone.FAILED);
        assertThat(second).isEqualTo(Board.of(next, NOW));
    }

    @Test
    void aRecentFailureLeavesTheBoardAMinuteLaterWithNoChangeToTheModel() {
        ClusterSnapshot snap = snapshot(List.of(node("n1", "node-1")), List.of(service("s1", "web", NGINX)),
                List.of(task("f", "s1", 1, "n1", "shutdown", TaskState.FAILED, "exit 1", NGINX, 50)));
        Board board = new Board();

        assertThat(board.update(snap, List.of(), NOW).get(0).cards()).hasSize(1);
        ConnectionChange nothingForTasks = new ConnectionChange(ConnectionStatus.IDLE, ConnectionStatus.IDLE);
        assertThat(board.update(snap, List.of(nothingForTasks), NOW.plusSeconds(9)).get(0).cards()).hasSize(1);
        assertThat(board.update(snap, List.of(nothingForTasks), NOW.plusSeconds(11)).get(0).cards()).isEmpty();
    }

    @Test
    void aNodeChangeRedoesTheHeaders() {
        List<SwarmService> services = List.of(service("s1", "web", NGINX));
        SwarmNode up = node("n1", "node-1");
        SwarmNode down = node("n1", "node-1", "down", "active");
        Board board = new Board();
        board.update(snapshot(List.of(up), services, List.of()), List.of(), NOW);

        List<ColumnLine> after = board.update(snapshot(List.of(down), services, List.of()),
                List.of(new NodeChange(up, down)), NOW);

        assertThat(after.get(0).down()).isTrue();
        assertThat(after.get(0).badge()).isEqualTo("Down");
    }

    @Test
    void toneFollowsTheTaskState() {
        assertThat(Tone.of(TaskState.RUNNING)).isEqualTo(Tone.RUNNING);
        assertThat(List.of(TaskState.NEW, TaskState.PENDING, TaskState.ASSIGNED, TaskState.PREPARING,
                TaskState.STARTING)).allMatch(s -> Tone.of(s) == Tone.STARTING);
        assertThat(List.of(TaskState.FAILED, TaskState.REJECTED, TaskState.ORPHANED))
                .allMatch(s -> Tone.of(s) == Tone.FAILED);
        assertThat(List.of(TaskState.SHUTDOWN, TaskState.COMPLETE, TaskState.REMOVE, TaskState.UNKNOWN))
                .allMatch(s -> Tone.of(s) == Tone.ENDED);
    }
}
