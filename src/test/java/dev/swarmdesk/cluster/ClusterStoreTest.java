package dev.swarmdesk.cluster;

import static dev.swarmdesk.cluster.UnitModels.node;
import static dev.swarmdesk.cluster.UnitModels.service;
import static dev.swarmdesk.cluster.UnitModels.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swarmdesk.cluster.ClusterChange.ConnectionChange;
import dev.swarmdesk.cluster.ClusterChange.NodeChange;
import dev.swarmdesk.cluster.ClusterChange.ServiceChange;
import dev.swarmdesk.cluster.ClusterChange.TaskChange;
import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.domain.SwarmNode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterStoreTest {

    private final ClusterStore store = new ClusterStore();
    private final List<ChangeBatch> batches = new ArrayList<>();

    private final SwarmNode n1 = node("n1", "alpha", "ready");
    private final SwarmNode n2 = node("n2", "beta", "ready");
    private final SwarmService web = service("s1", "web").build();
    private final SwarmService db = service("s2", "db").build();
    private final SwarmTask web1 = task("t1", "s1").slot(1).node("n1").build();
    private final SwarmTask web2 = task("t2", "s1").slot(2).node("n2").build();
    private final SwarmTask db1 = task("t3", "s2").slot(1).node("n1").build();

    @BeforeEach
    void listen() {
        store.subscribe(batches::add);
    }

    @Test
    void firstReplaceAllIsTheInitialLoadAndAddsEverything() {
        store.replaceAll(List.of(n1), List.of(web), List.of(web1));

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.initialLoad()).isTrue();
            assertThat(b.changes()).containsExactlyInAnyOrder(
                    new NodeChange(null, n1), new ServiceChange(null, web), new TaskChange(null, web1));
        });
    }

    @Test
    void anEmptyFirstListingIsStillPublishedAsTheInitialLoad() {
        store.replaceAll(List.of(), List.of(), List.of());

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.initialLoad()).isTrue();
            assertThat(b.isEmpty()).isTrue();
        });
    }

    @Test
    void laterReplaceAllBatchesAreNotInitialAndCarryOnlyTheDifference() {
        store.replaceAll(List.of(n1, n2), List.of(web), List.of(web1, web2));
        batches.clear();

        SwarmNode n1Down = node("n1", "alpha", "down", 2);
        SwarmTask web1Running = UnitModels.from(web1).running(UnitModels.T0.plusSeconds(3)).build();
        store.replaceAll(List.of(n1Down), List.of(web, db), List.of(web1Running, web2));

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.initialLoad()).isFalse();
            assertThat(b.changes()).containsExactlyInAnyOrder(
                    new NodeChange(n1, n1Down),      // changed: before and after
                    new NodeChange(n2, null),        // removed: after null
                    new ServiceChange(null, db),     // added: before null
                    new TaskChange(web1, web1Running));
            // web and web2 are unchanged: no change for them
        });
    }

    @Test
    void anUnchangedReplaceAllPublishesNothing() {
        store.replaceAll(List.of(n1), List.of(web), List.of(web1));
        batches.clear();

        store.replaceAll(List.of(n1), List.of(web), List.of(web1));

        assertThat(batches).isEmpty();
    }

    @Test
    void replaceNodesReportsAddedChangedAndRemovedNodes() {
        store.replaceNodes(List.of(n1, n2));
        batches.clear();

        SwarmNode n2Drained = node("n2", "beta", "ready", 7);
        SwarmNode n3 = node("n3", "gamma", "ready");
        store.replaceNodes(List.of(n2Drained, n3));

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.initialLoad()).isFalse();
            assertThat(b.changes()).containsExactlyInAnyOrder(
                    new NodeChange(n1, null), new NodeChange(n2, n2Drained), new NodeChange(null, n3));
        });
        assertThat(store.snapshot().nodes()).containsOnlyKeys("n2", "n3").containsEntry("n2", n2Drained);
    }

    @Test
    void replaceServicesReportsAddedChangedAndRemovedServices() {
        store.replaceServices(List.of(web, db));
        batches.clear();

        SwarmService webV2 = service("s1", "web").version(2).build();
        store.replaceServices(List.of(webV2));

        assertThat(batches).singleElement().satisfies(b -> assertThat(b.changes()).containsExactlyInAnyOrder(
                new ServiceChange(web, webV2), new ServiceChange(db, null)));
        assertThat(store.snapshot().services()).containsOnlyKeys("s1").containsEntry("s1", webV2);
    }

    @Test
    void replaceServicesWithTheSameListPublishesNothing() {
        store.replaceServices(List.of(web, db));
        batches.clear();

        store.replaceServices(List.of(service("s1", "web").build(), service("s2", "db").build()));

        assertThat(batches).isEmpty();
    }

    @Test
    void replaceTasksRemovesOnlyTasksInScope() {
        store.replaceTasks(t -> true, List.of(web1, web2, db1));
        batches.clear();

        // a poll of service s1 only: db1 is absent from the answer but out of scope, so it stays
        SwarmTask web2Failed = UnitModels.from(web2).failed(UnitModels.T0.plusSeconds(9), "boom", 1).build();
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(web2Failed));

        assertThat(batches).singleElement().satisfies(b -> assertThat(b.changes()).containsExactlyInAnyOrder(
                new TaskChange(web1, null), new TaskChange(web2, web2Failed)));
        assertThat(store.snapshot().tasks()).containsOnlyKeys("t2", "t3")
                .containsEntry("t3", db1)
                .containsEntry("t2", web2Failed);
        assertThat(store.snapshot().tasks().get("t2").state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void replaceTasksAddsFreshTasksEvenOutsideTheScope() {
        store.replaceTasks(t -> t.serviceId().equals("s1"), List.of(db1));

        assertThat(batches).singleElement()
                .satisfies(b -> assertThat(b.changes()).containsExactly(new TaskChange(null, db1)));
    }

    @Test
    void setConnectionPublishesOnlyWhenTheStatusChanges() {
        ConnectionStatus connecting = new ConnectionStatus(Phase.CONNECTING, "unix:///x.sock", "", "");
        ConnectionStatus connected = new ConnectionStatus(Phase.CONNECTED, "unix:///x.sock", "20.10", "");

        store.setConnection(connecting);
        store.setConnection(new ConnectionStatus(Phase.CONNECTING, "unix:///x.sock", "", ""));
        store.setConnection(connected);
        store.setConnection(connected);

        assertThat(batches).extracting(ChangeBatch::changes).containsExactly(
                List.of(new ConnectionChange(ConnectionStatus.IDLE, connecting)),
                List.of(new ConnectionChange(connecting, connected)));
        assertThat(batches).noneMatch(ChangeBatch::initialLoad);
        assertThat(store.snapshot().connection()).isEqualTo(connected);
    }

    @Test
    void settingTheIdleStatusOnAFreshStoreIsNoChange() {
        store.setConnection(ConnectionStatus.IDLE);

        assertThat(batches).isEmpty();
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        ClusterStore s = new ClusterStore();
        List<ChangeBatch> before = new ArrayList<>();
        List<ChangeBatch> after = new ArrayList<>();
        s.subscribe(before::add);
        s.subscribe(b -> {
            throw new IllegalStateException("broken view (expected in this test)");
        });
        s.subscribe(after::add);

        s.replaceNodes(List.of(n1));
        s.replaceNodes(List.of(n1, n2));

        assertThat(before).hasSize(2);
        assertThat(after).hasSize(2);
        assertThat(s.snapshot().nodes()).containsOnlyKeys("n1", "n2");
    }

    @Test
    void anUnsubscribedListenerReceivesNothingMore() throws Exception {
        ClusterStore s = new ClusterStore();
        List<ChangeBatch> got = new ArrayList<>();
        AutoCloseable subscription = s.subscribe(got::add);
        s.replaceNodes(List.of(n1));
        subscription.close();
        s.replaceNodes(List.of(n2));

        assertThat(got).hasSize(1);
    }

    @Test
    void snapshotReflectsTheLastWriteAndTheBatchCarriesIt() {
        store.replaceAll(List.of(n1), List.of(web), List.of(web1));
        ConnectionStatus connected = new ConnectionStatus(Phase.CONNECTED, "tcp://m1:2376", "20.10", "");
        store.setConnection(connected);
        store.replaceServices(List.of(web, db));
        store.replaceTasks(t -> true, List.of(db1));

        ClusterSnapshot snap = store.snapshot();
        assertThat(snap.nodes()).containsOnlyKeys("n1");
        assertThat(snap.services()).containsOnlyKeys("s1", "s2");
        assertThat(snap.tasks()).containsOnlyKeys("t3");
        assertThat(snap.connection()).isEqualTo(connected);
        assertThat(batches.get(batches.size() - 1).snapshot()).isSameAs(snap);
    }

    @Test
    void snapshotMapsCannotBeChangedFromOutside() {
        store.replaceNodes(List.of(n1));

        ClusterSnapshot snap = store.snapshot();
        assertThatThrownBy(() -> snap.nodes().put("n2", n2))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
