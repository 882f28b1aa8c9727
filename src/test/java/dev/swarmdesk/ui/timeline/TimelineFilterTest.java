package dev.swarmdesk.ui.timeline;

import static dev.swarmdesk.ui.timeline.TimelineFixtures.ALPHA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.API;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.BETA;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.T0;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.WEB;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.completed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.failed;
import static dev.swarmdesk.ui.timeline.TimelineFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterNews;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineFilterTest {

    private List<TimelineRow> rows;

    @BeforeEach
    void someHistory() {
        TimelineHistory history = new TimelineHistory();
        history.accept(update(
                failed("w1", WEB, 1, ALPHA, T0.plusSeconds(3)),
                failed("a1", API, 1, ALPHA, T0.plusSeconds(2)),
                new ClusterNews.NodeDown(T0.plusSeconds(1), TimelineFixtures.node("n2", "lab-worker-2", "down"))));
        history.accept(update(completed("a1", "a2", API, 1, ALPHA, BETA, T0.plusSeconds(2), 700)));
        rows = history.rows();
    }

    private List<String> keysShownBy(TimelineFilter f) {
        return rows.stream().filter(f).map(TimelineRow::key).toList();
    }

    @Test
    void theEmptyFilterShowsEverything() {
        assertThat(keysShownBy(TimelineFilter.ALL)).containsExactly("w1", "a1", "node-1");
    }

    @Test
    void byServiceShowsThatServicesFailuresOnly() {
        assertThat(keysShownBy(new TimelineFilter("api", "", ""))).containsExactly("a1");
        assertThat(keysShownBy(new TimelineFilter("ap", "", ""))).as("names match whole").isEmpty();
    }

    @Test
    void byNodeShowsWhatHappenedOnItOrMovedOntoIt() {
        assertThat(keysShownBy(new TimelineFilter("", "lab-worker-1", ""))).containsExactly("w1", "a1");
        assertThat(keysShownBy(new TimelineFilter("", "lab-worker-2", ""))).containsExactly("a1", "node-1");
        assertThat(keysShownBy(new TimelineFilter("web", "lab-worker-2", ""))).isEmpty();
    }

    @Test
    void textMatchesEveryWordInAnyCaseAcrossTheEntry() {
        assertThat(keysShownBy(new TimelineFilter("", "", "EXIT (137)"))).containsExactly("w1", "a1");
        assertThat(keysShownBy(new TimelineFilter("", "", "api 137"))).containsExactly("a1");
        assertThat(keysShownBy(new TimelineFilter("", "", "node down"))).containsExactly("node-1");
        assertThat(keysShownBy(new TimelineFilter("", "", "  "))).hasSize(3);
        assertThat(keysShownBy(new TimelineFilter("", "", "oom"))).isEmpty();
    }
}
