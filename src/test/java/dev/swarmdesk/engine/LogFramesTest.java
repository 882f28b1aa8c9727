package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.LogBytes.concat;
import static dev.swarmdesk.engine.LogBytes.frame;
import static dev.swarmdesk.engine.LogBytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swarmdesk.cluster.ClusterAccessException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demultiplexer on bodies cut at every possible place. */
class LogFramesTest {

    private final List<String> seen = new ArrayList<>();
    private final LogFrames frames = new LogFrames((type, payload) ->
            seen.add(type + ":" + new String(payload, StandardCharsets.UTF_8)));

    private static final byte[] BODY = concat(
            frame(1, LogBytes.RECORDED_PREFIX + "out 10 héllo\n"),
            frame(2, "err 10\n"),
            frame(1, ""),
            frame(1, "last\n"));
    private static final List<String> EXPECTED = List.of(
            "1:" + LogBytes.RECORDED_PREFIX + "out 10 héllo\n", "2:err 10\n", "1:", "1:last\n");

    @Test
    void aWholeBodyGivesEveryFrameInOrder() {
        frames.feed(BODY, 0, BODY.length);

        assertThat(seen).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aBodyCutAtAnyOnePlaceGivesTheSameFrames() {
        for (int at = 0; at <= BODY.length; at++) {
            seen.clear();
            LogFrames fresh = new LogFrames((type, payload) ->
                    seen.add(type + ":" + new String(payload, StandardCharsets.UTF_8)));
            fresh.feed(BODY, 0, at);
            fresh.feed(BODY, at, BODY.length - at);

            assertThat(seen).as("cut at %d", at).containsExactlyElementsOf(EXPECTED);
        }
    }

    @Test
    void aBodyReadOneByteAtATimeGivesTheSameFrames() {
        for (int i = 0; i < BODY.length; i++) {
            frames.feed(BODY, i, 1);
        }

        assertThat(seen).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void theLengthIsBigEndianOverAllFourBytes() {
        byte[] big = new byte[70_000]; // 0x00011170: three of the four length bytes are in use
        Arrays.fill(big, (byte) 'x');
        byte[] body = concat(frame(1, big), frame(2, "after\n"));

        frames.feed(body, 0, body.length);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).hasSize(2 + 70_000);
        assertThat(seen.get(1)).isEqualTo("2:after\n");
    }

    @Test
    void bytesThatAreNotFramesEndTheStreamWithAReadableError() {
        byte[] raw = utf8("2026-11-21T08:03:33.850358137Z hello\r\n");

        assertThatThrownBy(() -> frames.feed(raw, 0, raw.length))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessageContaining("garbled");
    }

    @Test
    void aHeaderLooksLikeOneOnlyWithAKnownTypeAndThreeZeroBytes() {
        assertThat(LogFrames.looksLikeHeader(new byte[] {1, 0, 0, 0}, 0)).isTrue();
        assertThat(LogFrames.looksLikeHeader(new byte[] {2, 0, 0, 0}, 0)).isTrue();
        assertThat(LogFrames.looksLikeHeader(new byte[] {4, 0, 0, 0}, 0)).isFalse();
        assertThat(LogFrames.looksLikeHeader(new byte[] {1, 0, 1, 0}, 0)).isFalse();
        assertThat(LogFrames.looksLikeHeader(utf8("2026"), 0)).isFalse();
    }
}
