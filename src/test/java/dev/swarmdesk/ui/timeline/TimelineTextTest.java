package dev.swarmdesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

    @Test
    void timesAreLocalWithMilliseconds() {
        Instant t = Instant.parse("2026-11-21T08:00:07.045Z");
        assertThat(TimelineText.time(t, ZoneId.of("Europe/Berlin"))).isEqualTo("09:00:07.045");
        assertThat(TimelineText.time(t, ZoneId.of("UTC"))).isEqualTo("08:00:07.045");
    }

    @Test
    void recoveryTimesInSecondsWithTwoDecimals() {
        assertThat(TimelineText.duration(Duration.ofMillis(1240))).isEqualTo("1.24 s");
        assertThat(TimelineText.duration(Duration.ofMillis(85))).isEqualTo("0.09 s");
        assertThat(TimelineText.duration(Duration.ofMillis(59_990))).isEqualTo("59.99 s");
        assertThat(TimelineText.duration(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
    }

    @Test
    void taskIdsAreShortenedLikeTheDockerCli() {
        assertThat(TimelineText.shortId("k3j2h1g0f9e8d7c6b5a4")).isEqualTo("k3j2h1g0f9e8");
        assertThat(TimelineText.shortId("t1")).isEqualTo("t1");
    }
}
