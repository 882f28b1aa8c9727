package dev.swarmdesk.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded, pausable list of rows (no toolkit needed). */
class LogBufferTest {

    private final LogBuffer buffer = new LogBuffer(5);

    private static List<LogRow> lines(int from, int to) {
        List<LogRow> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(LogRow.line(null, "", 0, false, "l" + i));
        }
        return out;
    }

    private List<String> texts() {
        return buffer.rows().stream().map(LogRow::text).toList();
    }

    @Test
    void keepsOnlyTheLatestLines() {
        buffer.add(lines(1, 3));
        buffer.add(lines(4, 7));

        assertThat(texts()).containsExactly("l3", "l4", "l5", "l6", "l7");

        buffer.add(lines(8, 20));
        assertThat(texts()).containsExactly("l16", "l17", "l18", "l19", "l20");
    }

    @Test
    void whilePausedLinesAreHeldAndCountedThenShownOnResume() {
        buffer.add(lines(1, 2));
        buffer.pause();
        buffer.add(lines(3, 4));
        buffer.add(lines(5, 5));

        assertThat(texts()).containsExactly("l1", "l2");
        assertThat(buffer.heldCount()).isEqualTo(3);

        buffer.resume();
        assertThat(texts()).containsExactly("l1", "l2", "l3", "l4", "l5");
        assertThat(buffer.heldCount()).isZero();
        assertThat(buffer.paused()).isFalse();
    }

    @Test
    void moreThanFitWhilePausedCountsAllAndKeepsTheLatest() {
        buffer.pause();
        buffer.add(lines(1, 8));

        assertThat(buffer.heldCount()).isEqualTo(8);
        buffer.resume();
        assertThat(texts()).containsExactly("l4", "l5", "l6", "l7", "l8");
    }

    @Test
    void aNoticeShowsEvenWhilePaused() {
        buffer.pause();
        buffer.add(List.of(LogRow.line(null, "", 0, false, "held"), LogRow.notice("stream ended")));

        assertThat(texts()).containsExactly("stream ended");
        assertThat(buffer.heldCount()).isEqualTo(1);
    }

    @Test
    void clearEmptiesBothTheListAndTheHeldLines() {
        buffer.add(lines(1, 2));
        buffer.pause();
        buffer.add(lines(3, 4));
        buffer.clear();
        buffer.resume();

        assertThat(texts()).isEmpty();
        assertThat(buffer.heldCount()).isZero();
    }
}
