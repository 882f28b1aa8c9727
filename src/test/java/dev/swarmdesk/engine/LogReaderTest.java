package dev.swarmdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.LogRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The request a log stream sends. */
class LogReaderTest {

    @Test
    void aFollowedServiceLogAsksForEverythingWithDetails() {
        assertThat(LogReader.path(LogRequest.service("web")))
                .isEqualTo("/services/web/logs?stdout=1&stderr=1&details=1&timestamps=1&follow=1&tail=all");
    }

    @Test
    void aTaskLogWithTailSinceAndNoFollow() {
        LogRequest r = LogRequest.task("92c10d7xg2ck").withFollow(false).withTimestamps(false).withTail(50)
                .withSince(Instant.ofEpochSecond(1795245913L, 5_000));

        assertThat(LogReader.path(r)).isEqualTo("/tasks/92c10d7xg2ck/logs?stdout=1&stderr=1&details=1"
                + "&timestamps=0&follow=0&tail=50&since=1795245913.000005000");
    }

    @Test
    void theIdIsEscaped() {
        assertThat(LogReader.path(LogRequest.service("a b/c"))).startsWith("/services/a+b%2Fc/logs?");
    }
}
