package dev.swarmdesk.ui.timeline;

import static dev.swarmdesk.ui.timeline.TimelineFixtures.ALPHA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.BETA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.T0;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.WEB;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.completed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.failed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterNews;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineSummaryTest {

    private final TimelineHistory history = new TimelineHistory();

    private void failover(String id, long slot, long millis) {
        history.accept(update(failed(id, WEB, slot, ALPHA, T0)));
        history.accept(update(completed(id, id + "-r", WEB, slot, ALPHA, BETA, T0, millis)));
    }

    @Test
    void countsFailuresOnlyAndTakesTheMedianOfTheRecovered() {
        failover("t1", 1, 3000);
        failover("t2", 2, 1240);
        failover("t3", 3, 900);
        history.accept(update(failed("t4", WEB, 4, ALPHA, T0)));
        history.accept(update(new ClusterNews.NodeDown(T0, TimelineFixtures.node("n2", "lab-worker-2", "down"))));

        TimelineSummary s = TimelineSummary.of(history.rows());
        assertThat(s.failures()).isEqualTo(4);
        assertThat(s.recovering()).isEqualTo(1);
        assertThat(s.medianRecovery()).contains(Duration.ofMillis(1240));
        assertThat(s.text()).isEqualTo("4 failures · median recovery 1.24 s · 1 recovering");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        failover("t1", 1, 1000);
        failover("t2", 2, 2000);
        failover("t3", 3, 4000);
        failover("t4", 4, 9000);
        assertThat(TimelineSummary.of(history.rows()).medianRecovery()).contains(Duration.ofMillis(3000));
    }

    @Test
    void nothingRecoveredYetHasNoMedian() {
        history.accept(update(failed("t1", WEB, 1, ALPHA, T0)));
        TimelineSummary s = TimelineSummary.of(history.rows());
        assertThat(s.medianRecovery()).isEqualTo(Optional.empty());
        assertThat(s.text()).isEqualTo("1 failure · 1 recovering");
        assertThat(TimelineSummary.of(java.util.List.of()).text()).isEqualTo("0 failures");
    }
}
