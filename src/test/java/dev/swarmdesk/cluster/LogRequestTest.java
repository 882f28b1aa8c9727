package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Log requests: defaults and the values they refuse. */
class LogRequestTest {

    @Test
    void aServiceRequestFollowsWithTimestampsFromTheStart() {
        LogRequest r = LogRequest.service("web");

        assertThat(r).isEqualTo(new LogRequest(LogRequest.Target.SERVICE, "web", true, true, LogRequest.ALL, null));
    }

    @Test
    void withersChangeOneThing() {
        Instant since = Instant.parse("2026-11-21T08:00:00Z");
        LogRequest r = LogRequest.task("t1").withTail(100).withSince(since).withFollow(false);

        assertThat(r).isEqualTo(new LogRequest(LogRequest.Target.TASK, "t1", false, true, 100, since));
    }

    @Test
    void aBlankIdOrANegativeTailIsRefused() {
        assertThatThrownBy(() -> LogRequest.service(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogRequest.service("web").withTail(-2)).isInstanceOf(IllegalArgumentException.class);
    }
}
