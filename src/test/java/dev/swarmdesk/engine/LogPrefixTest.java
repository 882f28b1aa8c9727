package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.LogBytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "timestamp details " prefix of a log line, as Engine 20.10 writes it. */
class LogPrefixTest {

    private static LogPrefix parse(String line, boolean timestamps, boolean details) {
        byte[] b = utf8(line);
        return LogPrefix.parse(b, 0, b.length, timestamps, details);
    }

    private static String rest(String line, LogPrefix p) {
        byte[] b = utf8(line);
        return new String(b, p.length(), b.length - p.length(), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordedLineGivesTimeIdsAndText() {
        String line = LogBytes.RECORDED_PREFIX + "out 10 héllo";

        LogPrefix p = parse(line, true, true);

        assertThat(p.time()).isEqualTo(Instant.parse("2026-11-21T08:03:34.892699975Z"));
        assertThat(p.attribute(LogPrefix.TASK_ID)).isEqualTo(LogBytes.TASK_1);
        assertThat(p.attribute(LogPrefix.SERVICE_ID)).isEqualTo(LogBytes.SERVICE);
        assertThat(p.attribute(LogPrefix.NODE_ID)).isEqualTo(LogBytes.NODE);
        assertThat(rest(line, p)).isEqualTo("out 10 héllo");
    }

    @Test
    void detailsWithoutTimestamps() {
        String line = "com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 a b";

        LogPrefix p = parse(line, false, true);

        assertThat(p.time()).isNull();
        assertThat(p.attributes()).containsOnly(Map.entry(LogPrefix.NODE_ID, "n1"),
                Map.entry(LogPrefix.SERVICE_ID, "s1"), Map.entry(LogPrefix.TASK_ID, "t1"));
        assertThat(rest(line, p)).isEqualTo("a b");
    }

    @Test
    void timestampsWithoutDetails() {
        String line = "2026-11-21T08:04:41.051850921Z out 76 héllo";

        LogPrefix p = parse(line, true, false);

        assertThat(p.time()).isEqualTo(Instant.parse("2026-11-21T08:04:41.051850921Z"));
        assertThat(p.attributes()).isEmpty();
        assertThat(rest(line, p)).isEqualTo("out 76 héllo");
    }

    @Test
    void emptyDetailsAreAnEmptyToken() {
        String line = "2026-11-21T08:04:41.051850921Z  two spaces before";

        LogPrefix p = parse(line, true, true);

        assertThat(p.attributes()).isEmpty();
        assertThat(rest(line, p)).isEqualTo("two spaces before");
    }

    @Test
    void detailValuesAreQueryUnescaped() {
        String line = "com.docker.swarm.task.id=t1,env=a%2Cb+c%3Dd text";

        LogPrefix p = parse(line, false, true);

        assertThat(p.attributes()).containsEntry("env", "a,b c=d").containsEntry(LogPrefix.TASK_ID, "t1");
        assertThat(rest(line, p)).isEqualTo("text");
    }

    @Test
    void aLineWithoutAPrefixIsAllText() {
        String line = "hello world=1 and more";

        LogPrefix p = parse(line, true, true);

        assertThat(p.time()).isNull();
        assertThat(p.attributes()).isEmpty();
        assertThat(p.length()).isZero();
    }

    @Test
    void aTimestampWithAnOffsetIsRead() {
        LogPrefix p = parse("2026-11-21T09:03:34.5+01:00 x", true, false);

        assertThat(p.time()).isEqualTo(Instant.parse("2026-11-21T08:03:34.5Z"));
    }

    @Test
    void anEmptyTextAfterThePrefixIsEmpty() {
        String line = LogBytes.RECORDED_PREFIX;

        LogPrefix p = parse(line, true, true);

        assertThat(p.attribute(LogPrefix.TASK_ID)).isEqualTo(LogBytes.TASK_1);
        assertThat(rest(line, p)).isEmpty();
    }
}
