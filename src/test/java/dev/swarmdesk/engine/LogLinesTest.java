package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.LogBytes.TASK_1;
import static dev.swarmdesk.engine.LogBytes.TASK_2;
import static dev.swarmdesk.engine.LogBytes.concat;
import static dev.swarmdesk.engine.LogBytes.frame;
import static dev.swarmdesk.engine.LogBytes.prefix;
import static dev.swarmdesk.engine.LogBytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes of a log response to complete lines: frames, TTY text, cut lines, cut characters. */
class LogLinesTest {

    private static final String T1 = "2026-11-21T08:03:34.892699975Z";
    private static final String T2 = "2026-11-21T08:03:34.907293977Z";

    private static List<LogLine> read(boolean tty, List<byte[]> reads) {
        List<LogLine> out = new ArrayList<>();
        LogLines lines = new LogLines(tty, true, true, out::add);
        reads.forEach(r -> lines.feed(r, 0, r.length));
        lines.finish();
        return out;
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(l -> l.taskId().substring(0, 2) + " " + l.stream() + " " + l.text()).toList();
    }

    /** Every single cut, and one byte per read: each must give the same lines. */
    private static void assertSameLinesHoweverCut(boolean tty, byte[] body, List<String> expected) {
        for (int at = 0; at <= body.length; at++) {
            assertThat(texts(read(tty, LogBytes.cut(body, at)))).as("cut at %d", at)
                    .containsExactlyElementsOf(expected);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (byte b : body) {
            bytes.add(new byte[] {b});
        }
        assertThat(texts(read(tty, bytes))).as("one byte per read").containsExactlyElementsOf(expected);
    }

    @Test
    void framesOfTwoTasksBecomeLinesWithTheirIdsStreamsAndTimes() {
        byte[] body = concat(frame(1, LogBytes.RECORDED_PREFIX + "out 10 héllo\n"),
                frame(2, prefix(T2, TASK_2) + "err 10\n"));

        List<LogLine> lines = read(false, List.of(body));

        assertThat(lines).containsExactly(
                new LogLine(Instant.parse(T1), LogBytes.SERVICE, TASK_1, LogBytes.NODE, LogStream.STDOUT, "out 10 héllo"),
                new LogLine(Instant.parse(T2), LogBytes.SERVICE, TASK_2, LogBytes.NODE, LogStream.STDERR, "err 10"));
    }

    @Test
    void framedLinesCutAnywhereComeOutTheSame() {
        byte[] body = concat(frame(1, prefix(T1, TASK_1) + "out 1 héllo 😀\n"),
                frame(2, prefix(T1, TASK_1) + "err 1\n"),
                frame(1, prefix(T2, TASK_1) + "\n"),
                frame(1, prefix(T2, TASK_2) + "out 1 \u4e16\u754c\r\n"));

        assertSameLinesHoweverCut(false, body, List.of("92 STDOUT out 1 héllo 😀", "92 STDERR err 1", "92 STDOUT ",
                "y6 STDOUT out 1 \u4e16\u754c"));
    }

    @Test
    void aLongLineTheEngineCutIntoTwoFramesIsJoinedEvenWithAnotherTaskInBetween() {
        // Engine 20.10 cuts at 16 KiB of text; each piece gets its own prefix, only the last a line break
        String x = "x".repeat(16_384);
        byte[] body = concat(frame(1, prefix(T1, TASK_1) + x),
                frame(1, prefix(T2, TASK_2) + "other task\n"),
                frame(2, prefix(T2, TASK_1) + "stderr of task 1\n"),
                frame(1, prefix(T1, TASK_1) + "yyy\n"));

        List<LogLine> lines = read(false, List.of(body));

        assertThat(lines).extracting(LogLine::text).containsExactly("other task", "stderr of task 1", x + "yyy");
        assertThat(lines.get(2).time()).isEqualTo(Instant.parse(T1));
        assertThat(lines.get(2).taskId()).isEqualTo(TASK_1);
    }

    @Test
    void aCharacterCutBetweenTwoFramesComesOutWhole() {
        byte[] e = utf8("é😀"); // 2 + 4 bytes
        byte[] first = concat(utf8(prefix(T1, TASK_1) + "ab"), Arrays.copyOf(e, 1));
        byte[] second = concat(utf8(prefix(T1, TASK_1)), Arrays.copyOfRange(e, 1, 4), new byte[0]);
        byte[] third = concat(utf8(prefix(T1, TASK_1)), Arrays.copyOfRange(e, 4, 6), utf8("cd\n"));
        byte[] body = concat(frame(1, first), frame(1, second), frame(1, third));

        assertSameLinesHoweverCut(false, body, List.of("92 STDOUT abé😀cd"));
    }

    @Test
    void aTtyBodyIsRawTextWithCrlf() {
        String tp = prefix(T1, TASK_1);
        byte[] body = utf8(tp + "tty 1 héllo\r\n" + tp + "ttyerr 1\r\n" + tp + "\r\n" + prefix(T2, TASK_2) + "tty 2 😀\r\n");

        assertSameLinesHoweverCut(true, body, List.of("92 STDOUT tty 1 héllo", "92 STDOUT ttyerr 1", "92 STDOUT ",
                "y6 STDOUT tty 2 😀"));
        assertThat(read(true, List.of(body)).get(3).time()).isEqualTo(Instant.parse(T2));
    }

    @Test
    void aLongTtyLineLosesThePrefixTheEngineRepeatedWhereItCutIt() {
        // recorded shape: "<prefix>yyyy…(16384 bytes)<same prefix>yyyy…\r\n"
        String tp = prefix(T1, TASK_1);
        String y = "y".repeat(16_384);
        byte[] body = utf8(tp + "first\r\n" + tp + y + tp + "yyy\r\n" + prefix(T2, TASK_1) + "last\r\n");

        List<LogLine> lines = read(true, LogBytes.cut(body, 5000, 16_500, 16_600));

        assertThat(lines).extracting(LogLine::text).containsExactly("first", y + "yyy", "last");
    }

    @Test
    void aBodyThatIsNotFramedIsReadAsTextEvenWithoutATty() {
        byte[] body = utf8(prefix(T1, TASK_1) + "raw\r\n");

        assertSameLinesHoweverCut(false, body, List.of("92 STDOUT raw"));
    }

    @Test
    void anUnfinishedLineAtTheEndIsStillALine() {
        byte[] framed = frame(1, prefix(T1, TASK_1) + "no line break");
        byte[] raw = utf8(prefix(T1, TASK_1) + "no line break either");

        assertThat(texts(read(false, List.of(framed)))).containsExactly("92 STDOUT no line break");
        assertThat(texts(read(true, List.of(raw)))).containsExactly("92 STDOUT no line break either");
    }

    @Test
    void anInvalidByteBecomesAReplacementCharacterNotAnError() {
        byte[] body = frame(1, concat(utf8(prefix(T1, TASK_1) + "bad "), new byte[] {(byte) 0xff}, utf8(" ok\n")));

        assertThat(read(false, List.of(body))).extracting(LogLine::text).containsExactly("bad \ufffd ok");
    }

    @Test
    void anErrorFrameFromTheEngineEndsTheStreamWithItsWords() {
        // recorded from Engine 20.10 (API 1.41) for a service with tasks on nodes that no longer exist
        String words = "Error grabbing logs: rpc error: code = Unknown desc = warning: incomplete log stream. some logs"
                + " could not be retrieved for the following reasons: node lifcdm1hchmyfhv4h0dtntzj4 is not available";
        byte[] body = concat(frame(1, prefix(T1, TASK_1) + "fine\n"), frame(3, words + "\n"));
        List<LogLine> out = new ArrayList<>();
        LogLines lines = new LogLines(false, true, true, out::add);

        assertThatThrownBy(() -> lines.feed(body, 0, body.length))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessage("the engine reported: " + words);
        assertThat(out).extracting(LogLine::text).containsExactly("fine");
    }

    @Test
    void withoutTimestampsTheTimeIsNullAndTheTextIsWhole() {
        List<LogLine> out = new ArrayList<>();
        LogLines lines = new LogLines(false, false, true, out::add);
        byte[] body = frame(1, "com.docker.swarm.task.id=" + TASK_1 + " 2026 was a year\n");

        lines.feed(body, 0, body.length);

        assertThat(out).containsExactly(new LogLine(null, "", TASK_1, "", LogStream.STDOUT, "2026 was a year"));
    }
}
