package dev.swarmdesk.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Search in log rows: case-insensitive, pieces for highlighting, next match with wrap-round. */
class LogSearchTest {

    private static LogRow row(String text) {
        return LogRow.line(null, "web.1@vm", 0, false, text);
    }

    @Test
    void matchesTextOrTaskNameIgnoringCaseButNeverANotice() {
        LogSearch s = new LogSearch("ERR");

        assertThat(s.matches(row("an error"))).isTrue();
        assertThat(s.matches(row("fine"))).isFalse();
        assertThat(new LogSearch("web.1").matches(row("fine"))).isTrue();
        assertThat(s.matches(LogRow.notice("Cannot read the log: error"))).isFalse();
        assertThat(new LogSearch("").matches(row("anything"))).isFalse();
    }

    @Test
    void piecesAlternateBetweenPlainAndMatchingText() {
        assertThat(new LogSearch("x").pieces("a-X-b-x")).containsExactly("a-", "X", "-b-", "x", "");
        assertThat(new LogSearch("zz").pieces("abc")).containsExactly("abc");
    }

    @Test
    void nextWrapsRoundInBothDirections() {
        List<LogRow> rows = List.of(row("hit 0"), row("miss"), row("hit 2"), row("miss"));
        LogSearch s = new LogSearch("hit");

        assertThat(s.next(rows, -1, false)).isEqualTo(0);
        assertThat(s.next(rows, 0, false)).isEqualTo(2);
        assertThat(s.next(rows, 2, false)).isEqualTo(0);
        assertThat(s.next(rows, 0, true)).isEqualTo(2);
        assertThat(new LogSearch("none").next(rows, 0, false)).isEqualTo(-1);
        assertThat(s.count(rows)).isEqualTo(2);
    }
}
