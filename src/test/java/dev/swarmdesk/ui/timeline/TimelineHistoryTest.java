package dev.swarmdesk.ui.timeline;

import static dev.swarmdesk.ui.timeline.TimelineFixtures.ALPHA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.API;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.BETA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.KILLED;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.T0;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.WEB;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.completed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.failed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterNews;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.domain.TaskState;
import dev.swarmdesk.ui.timeline.Outcome.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The history, fed news built by hand: no toolkit needed. */
class TimelineHistoryTest {

    private final TimelineHistory history = new TimelineHistory();

    @Test
    void aFailureIsCompletedInPlaceWhenItsFailoverCompletes() {
        Instant failedAt = T0.plusSeconds(10);
        history.accept(update(failed("t1", WEB, 1, ALPHA, failedAt)));

        assertThat(history.rows()).hasSize(1);
        TimelineRow row = history.rows().get(0);
        assertThat(row.kind()).isEqualTo(TimelineKind.FAILURE);
        assertThat(row.key()).isEqualTo("t1");
        assertThat(row.time()).isEqualTo(failedAt);
        assertThat(row.service()).isEqualTo("web");
        assertThat(row.slot()).isEqualTo("1");
        assertThat(row.node()).isEqualTo("lab-worker-1");
        assertThat(row.what()).isEqualTo(KILLED);
        assertThat(row.exitCodeProperty().get()).isEqualTo(137);
        assertThat(row.outcome().status()).isEqualTo(Status.RECOVERING);

        List<Outcome> seen = new ArrayList<>();
        row.outcomeProperty().addListener((obs, was, now) -> seen.add(now));
        history.accept(update(completed("t1", "t3xxxxxxxxxxxxxxxx", WEB, 1, ALPHA, BETA, failedAt, 1240)));

        assertThat(history.rows()).containsExactly(row);
        Outcome o = row.outcome();
        assertThat(o.status()).isEqualTo(Status.RECOVERED);
        assertThat(o.recovery()).isEqualTo(Duration.ofMillis(1240));
        assertThat(o.replacementTaskId()).isEqualTo("t3xxxxxxxxxxxxxxxx");
        assertThat(o.replacementNode()).isEqualTo("lab-worker-2");
        assertThat(o.replacementCreatedAt()).isEqualTo(failedAt.plusMillis(100));
        assertThat(o.replacementRunningAt()).isEqualTo(failedAt.plusMillis(1240));
        assertThat(TimelineText.replacement(o)).isEqualTo("t3xxxxxxxxxx on lab-worker-2");
        assertThat(seen).containsExactly(o);
    }

    @Test
    void theListReportsACompletionAsAnUpdateOfTheRow() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0)));
        List<String> changes = new ArrayList<>();
        history.rows().addListener((ListChangeListener<TimelineRow>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "updated " + c.getFrom() : c.wasAdded() ? "added" : "other");
            }
        });
        history.accept(update(completed("t1", "t3", WEB, 1, ALPHA, BETA, T0, 800)));
        assertThat(changes).containsExactly("updated 0");
    }

    @Test
    void aFailoverWhoseFailureWasNotSeenMakesACompleteEntry() {
        history.accept(update(completed("t1", "t3", WEB, 2, ALPHA, BETA, T0, 2500)));

        TimelineRow row = history.rows().get(0);
        assertThat(row.key()).isEqualTo("t1");
        assertThat(row.slot()).isEqualTo("2");
        assertThat(row.node()).isEqualTo("lab-worker-1");
        assertThat(row.what()).isEqualTo(KILLED);
        assertThat(row.time()).isEqualTo(T0);
        assertThat(row.outcome().recovery()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void newestFirstByTheTimeOfTheFailure() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0.plusSeconds(5))));
        history.accept(update(failed("t2", WEB, 2, ALPHA, T0.plusSeconds(9)),
                failed("t0", API, 1, BETA, T0.plusSeconds(1))));

        assertThat(history.rows()).extracting(TimelineRow::key).containsExactly("t2", "t1", "t0");
    }

    @Test
    void keepsOnlyTheNewestEntriesUpToItsBound() {
        TimelineHistory small = new TimelineHistory(3);
        for (int i = 1; i <= 5; i++) {
            small.accept(update(failed("t" + i, WEB, i, ALPHA, T0.plusSeconds(i))));
        }
        assertThat(small.rows()).extracting(TimelineRow::key).containsExactly("t5", "t4", "t3");

        // a dropped entry is forgotten: its failover comes back as a new, complete entry
        small.accept(update(completed("t4", "r4", WEB, 4, ALPHA, BETA, T0.plusSeconds(4), 300)));
        assertThat(small.rows()).extracting(TimelineRow::key).containsExactly("t5", "t4", "t3");
        assertThat(small.rows().get(1).outcome().status()).isEqualTo(Status.RECOVERED);
    }

    @Test
    void theDefaultBoundIsFiveThousand() {
        for (int i = 0; i < TimelineHistory.DEFAULT_CAPACITY + 10; i++) {
            history.accept(update(failed("t" + i, WEB, 1 + i % 2, ALPHA, T0.plusMillis(i))));
        }
        assertThat(history.rows()).hasSize(5_000);
        assertThat(history.rows().get(0).key()).isEqualTo("t" + (TimelineHistory.DEFAULT_CAPACITY + 9));
    }

    @Test
    void nodesGoingDownAndUpAreEntries() {
        var down = TimelineFixtures.node("n2", "lab-worker-2", "down");
        history.accept(update(new ClusterNews.NodeDown(T0.plusSeconds(1), down)));
        history.accept(update(new ClusterNews.NodeUp(T0.plusSeconds(30), BETA)));

        assertThat(history.rows()).extracting(TimelineRow::kind)
                .containsExactly(TimelineKind.NODE_UP, TimelineKind.NODE_DOWN);
        TimelineRow d = history.rows().get(1);
        assertThat(d.node()).isEqualTo("lab-worker-2");
        assertThat(d.what()).isEqualTo("Node down");
        assertThat(d.service()).isEmpty();
        assertThat(d.slot()).isEmpty();
        assertThat(d.outcome().status()).isEqualTo(Status.NONE);
        assertThat(d.summary()).isEqualTo("node lab-worker-2 is down");
        assertThat(history.rows().get(0).what()).isEqualTo("Node up");
        assertThat(history.rows().get(0).key()).isNotEqualTo(d.key());
    }

    @Test
    void aNodeDownSaysHowInTheEnginesWords() {
        assertThat(TimelineHistory.nodeDownText(TimelineFixtures.node("n", "x", "unknown"))).isEqualTo("Node down (unknown)");
        assertThat(TimelineHistory.nodeDownText(TimelineFixtures.node("n", "x", "ready")))
                .as("a ready node that is gone was removed").isEqualTo("Node removed from the swarm");
    }

    @Test
    void aTaskLostWithItsNodeSaysSo() {
        // still "running" as last reported, but the engine wants it shut down: its node went away
        var lost = new SwarmTask("t1", 2, "s1", 1, "n2", "shutdown", TaskState.RUNNING, "running", "", "", null,
                "c-t1", "lab/busybox:1", false, List.of(), T0, T0);
        history.accept(update(new ClusterNews.TaskFailed(T0.plusSeconds(3), lost, "web", "lab-worker-2")));

        TimelineRow row = history.rows().get(0);
        assertThat(row.what()).isEqualTo("node lab-worker-2 is down");
        assertThat(row.time()).as("not a failure state: the time SwarmDesk saw it").isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void theSameTaskFailingAgainUpdatesItsEntry() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0)));
        var again = TimelineFixtures.task("t1", "s1", 1, "n1", TaskState.REJECTED, "no suitable node", T0);
        history.accept(update(new ClusterNews.TaskFailed(T0.plusSeconds(1), again, "web", "lab-worker-1")));

        assertThat(history.rows()).hasSize(1);
        assertThat(history.rows().get(0).what()).isEqualTo("no suitable node");
    }

    @Test
    void aSecondFailureInTheSlotEndsTheFirstEntry() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0)));
        history.accept(update(failed("t3", WEB, 1, BETA, T0.plusSeconds(2))));

        TimelineRow first = history.rows().get(1);
        assertThat(first.key()).isEqualTo("t1");
        assertThat(first.outcome().status()).isEqualTo(Status.GAVE_UP);
        assertThat(first.outcome().note()).isEqualTo("replacement failed too");
        assertThat(history.rows().get(0).outcome().recovering()).isTrue();
    }

    @Test
    void aRemovedServiceEndsItsRecoveringEntries() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0), failed("t2", API, 1, ALPHA, T0)));
        history.accept(update(new ClusterNews.ServiceRemoved(T0.plusSeconds(4), WEB)));

        assertThat(history.rows()).filteredOn(r -> r.key().equals("t1"))
                .singleElement().satisfies(r -> assertThat(r.outcome().note()).isEqualTo("service removed"));
        assertThat(history.rows()).filteredOn(r -> r.key().equals("t2"))
                .singleElement().satisfies(r -> assertThat(r.outcome().recovering()).isTrue());
    }

    @Test
    void scalingDownEndsTheEntriesOfSlotsThatAreGone() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0), failed("t2", WEB, 2, ALPHA, T0)));
        var scaled = TimelineFixtures.service("s1", "web", 1);
        history.accept(update(new ClusterNews.ServiceUpdated(T0.plusSeconds(4), WEB, scaled)));

        assertThat(history.rows()).filteredOn(r -> r.key().equals("t2"))
                .singleElement().satisfies(r -> assertThat(r.outcome().note()).isEqualTo("scaled down"));
        assertThat(history.rows()).filteredOn(r -> r.key().equals("t1"))
                .singleElement().satisfies(r -> assertThat(r.outcome().recovering()).isTrue());
    }

    @Test
    void entryListenersHearOncePerHandOffWithWhatItAdded() {
        List<List<String>> heard = new ArrayList<>();
        history.addEntryListener(rows -> heard.add(rows.stream().map(TimelineRow::key).toList()));

        history.accept(update(failed("t1", WEB, 1, ALPHA, T0), failed("t2", API, 1, BETA, T0)));
        history.accept(update(completed("t1", "t3", WEB, 1, ALPHA, BETA, T0, 900)));
        history.accept(update(new ClusterNews.ServiceRemoved(T0, API)));

        assertThat(heard).containsExactly(List.of("t1", "t2"));
    }

    @Test
    void clearForgetsEverything() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0)));
        history.clear();
        assertThat(history.rows()).isEmpty();

        // the forgotten failure's failover is not an update of a row that is gone
        history.accept(update(completed("t1", "t3", WEB, 1, ALPHA, BETA, T0, 500)));
        assertThat(history.rows()).singleElement()
                .satisfies(r -> assertThat(r.outcome().status()).isEqualTo(Status.RECOVERED));
    }

    @Test
    void otherNewsMakesNoEntries() {
        history.accept(update(new ClusterNews.ServiceCreated(T0, WEB),
                new ClusterNews.TaskRunning(T0, TimelineFixtures.task("t9", "s1", 1, "n1", TaskState.RUNNING, "", T0),
                        "web", "lab-worker-1")));
        assertThat(history.rows()).isEmpty();
    }
}
