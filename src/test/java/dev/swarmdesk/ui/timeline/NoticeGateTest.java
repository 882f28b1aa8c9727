package dev.swarmdesk.ui.timeline;

import static dev.swarmdesk.ui.timeline.TimelineFixtures.ALPHA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.API;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.T0;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.WEB;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.failed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterNews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What gets notified, and when: the decision, without a popup. */
class NoticeGateTest {

    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final NoticeGate gate = new NoticeGate(enabled::get);
    private final TimelineHistory history = new TimelineHistory();
    private final List<List<TimelineRow>> entries = new ArrayList<>();
    private int ids;

    @BeforeEach
    void listen() {
        history.addEntryListener(entries::add);
    }

    /** The entries one hand-off adds. */
    private List<TimelineRow> handOff(ClusterNews... news) {
        history.accept(update(news));
        return entries.isEmpty() ? List.of() : entries.remove(entries.size() - 1);
    }

    private ClusterNews webFails(long slot) {
        return failed("t" + (++ids), WEB, slot, ALPHA, T0);
    }

    @Test
    void aFailureIsToldInOneLineAfterAMomentForTheRestOfItsBurst() {
        Instant now = T0.plusSeconds(100);
        Instant gathered = now.plus(NoticeGate.GATHER);
        assertThat(gate.offer(handOff(webFails(1)), now)).contains(gathered);
        assertThat(gate.take(now)).isEmpty();
        assertThat(gate.take(gathered)).contains("web.1 failed on lab-worker-1: task: non-zero exit (137)");
        assertThat(gate.take(now.plusSeconds(5))).as("told once").isEmpty();
    }

    @Test
    void aBurstIsOneNoticeThatCountsIt() {
        Instant now = T0.plusSeconds(100);
        gate.offer(handOff(webFails(1), webFails(2)), now);
        // the rest of the burst reaches the FX thread in the next hand-off
        assertThat(gate.offer(handOff(failed("a", API, 1, ALPHA, T0)), now.plusMillis(100)))
                .contains(now.plus(NoticeGate.GATHER));
        assertThat(gate.take(now.plus(NoticeGate.GATHER))).contains("3 tasks failed");
    }

    @Test
    void atMostOneNoticePerSecond() {
        Instant now = T0.plusSeconds(100);
        gate.offer(handOff(webFails(1)), now);
        Instant shown = now.plus(NoticeGate.GATHER);
        assertThat(gate.take(shown)).isPresent();

        Instant next = shown.plusSeconds(1);
        assertThat(gate.offer(handOff(webFails(2)), shown.plusMillis(100))).contains(next);
        assertThat(gate.offer(handOff(webFails(1)), shown.plusMillis(600))).contains(next);
        assertThat(gate.take(shown.plusMillis(900))).as("within the second: held").isEmpty();
        assertThat(gate.take(next)).contains("2 tasks failed");
    }

    @Test
    void afterAQuietSecondTheNextFailureOnlyWaitsToGather() {
        Instant now = T0.plusSeconds(100);
        gate.offer(handOff(webFails(1)), now);
        gate.take(now.plusSeconds(1));
        Instant later = now.plusSeconds(10);
        assertThat(gate.offer(handOff(webFails(2)), later)).contains(later.plus(NoticeGate.GATHER));
    }

    @Test
    void nodesGoingDownAreToldWithTheFailuresTheyCaused() {
        Instant now = T0.plusSeconds(100);
        var down = new ClusterNews.NodeDown(T0, TimelineFixtures.node("n2", "lab-worker-2", "down"));
        gate.offer(handOff(down, webFails(1), webFails(2)), now);
        assertThat(gate.take(now.plusSeconds(1))).contains("node lab-worker-2 is down · 2 tasks failed");
    }

    @Test
    void nodesComingUpAreNotToldAtAll() {
        var up = new ClusterNews.NodeUp(T0, ALPHA);
        assertThat(gate.offer(handOff(up), T0)).isEmpty();
        assertThat(gate.take(T0)).isEmpty();
    }

    @Test
    void switchedOffNothingIsToldNorHeldForLater() {
        enabled.set(false);
        Instant now = T0.plusSeconds(100);
        assertThat(gate.offer(handOff(webFails(1)), now)).isEmpty();
        assertThat(gate.take(now)).isEmpty();

        enabled.set(true);
        assertThat(gate.take(now.plusSeconds(2))).as("nothing was held while off").isEmpty();
    }

    @Test
    void switchingOffDropsWhatWasHeld() {
        Instant now = T0.plusSeconds(100);
        gate.offer(handOff(webFails(1)), now);
        enabled.set(false);
        assertThat(gate.take(now.plusSeconds(1))).isEmpty();
        enabled.set(true);
        assertThat(gate.take(now.plusSeconds(2))).isEmpty();
    }
}
