package dev.swarmdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.LogLine;
import dev.swarmdesk.cluster.LogRequest;
import dev.swarmdesk.cluster.LogStream;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service and task logs from the real lab swarm, read through the gateway. */
class LogStreamIT {

    /** Two replicas each print "line N" (and "err N" on stderr) every 200 ms, from 1 upwards. */
    private static final String COUNTER =
            "i=0; while true; do i=$((i+1)); echo \"line $i héllo\"; echo \"err $i\" >&2; usleep 200000; done";
    /** The same for 40 lines (8 s), then quiet: a followed read then blocks until closed. */
    private static final String COUNT_TO_40_THEN_QUIET = "i=0; while [ $i -lt 40 ]; do i=$((i+1));"
            + " echo \"line $i héllo\"; echo \"err $i\" >&2; usleep 200000; done; sleep 3600";
    private static final Pattern NUMBERED = Pattern.compile("(line|err) (\\d+)( héllo)?");

    private final LabSwarm lab = LabSwarm.get();
    private final LabServices services = new LabServices(lab);
    private EngineGateway gateway;

    @BeforeEach
    void connect() {
        gateway = lab.connector().connect();
    }

    @AfterEach
    void cleanUp() {
        services.close();
        gateway.close();
    }

    @Test
    void aServiceLogGivesEveryTasksNumberedLinesInOrderWithTheirIds() throws Exception {
        String name = LabSwarm.uniqueName("lg-it");
        String serviceId = services.create(name, "--replicas", "2", LabSwarm.IMAGE, "sh", "-c", COUNTER);
        Set<String> taskIds = runningTasks(name, 2);
        LabSwarm.await("both tasks printed 5 lines", Duration.ofSeconds(20),
                () -> lab.docker("service", "logs", "--raw", name).lines().filter(l -> l.startsWith("line 5 ")).count() == 2);

        List<LogLine> lines = new CopyOnWriteArrayList<>();
        AtomicReference<Object> end = new AtomicReference<>();
        AutoCloseable stream = gateway.streamLogs(LogRequest.service(name).withFollow(false), lines::add,
                e -> end.set(e == null ? "normal end" : e));
        LabSwarm.await("the end of a log without follow", Duration.ofSeconds(10), () -> end.get() != null);
        stream.close();

        assertThat(end.get()).isEqualTo("normal end");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.serviceId()).isEqualTo(serviceId);
            assertThat(l.time()).isNotNull();
            assertThat(l.nodeId()).isNotEmpty();
            assertThat(l.text()).matches(NUMBERED);
            assertThat(l.stream()).isEqualTo(l.text().startsWith("err") ? LogStream.STDERR : LogStream.STDOUT);
        });
        assertThat(lines).extracting(LogLine::taskId).hasSameElementsAs(taskIds);
        for (String task : taskIds) {
            for (String kind : List.of("line", "err")) {
                List<Integer> numbers = numbers(lines, task, kind);
                assertThat(numbers).as("%s lines of task %s", kind, task).hasSizeGreaterThanOrEqualTo(5);
                for (int i = 0; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).as("%s lines of %s in order from 1", kind, task).isEqualTo(i + 1);
                }
            }
        }
        // the UTF-8 text survives
        assertThat(lines).anySatisfy(l -> assertThat(l.text()).isEqualTo("line 1 héllo"));
    }

    @Test
    void followDeliversNewLinesAsTheyArePrintedAndCloseEndsItWithinASecond() throws Exception {
        String name = LabSwarm.uniqueName("lg-it");
        services.create(name, "--replicas", "1", LabSwarm.IMAGE, "sh", "-c", COUNT_TO_40_THEN_QUIET);
        String task = runningTasks(name, 1).iterator().next();

        List<LogLine> lines = new CopyOnWriteArrayList<>();
        List<Duration> delays = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        LogReader reader = (LogReader) gateway.streamLogs(LogRequest.task(task).withTail(1), l -> {
            delays.add(Duration.between(l.time(), Instant.now()));
            lines.add(l);
        }, ended::set);
        LabSwarm.await("a first line", Duration.ofSeconds(20), () -> !numbers(lines, task, "line").isEmpty());
        int first = numbers(lines, task, "line").get(0);
        LabSwarm.await("five lines printed after the stream opened", Duration.ofSeconds(10),
                () -> numbers(lines, task, "line").stream().anyMatch(n -> n >= first + 5));
        // the first line (the tail) was written before the stream opened; the others as it ran
        assertThat(delays.subList(2, delays.size())).as("from print to delivery")
                .allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(1)));
        List<Integer> numbers = numbers(lines, task, "line");
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i - 1) + 1);
        }

        // once the task is quiet the reading thread is blocked in a read: close() must still end it
        LabSwarm.await("the last line", Duration.ofSeconds(15), () -> numbers(lines, task, "err").contains(40));
        Thread.sleep(300);
        assertThat(numbers(lines, task, "line")).endsWith(39, 40);
        long closing = System.nanoTime();
        reader.close();
        assertThat(reader.awaitEnd(Duration.ofSeconds(1))).as("the reading thread ended within 1 s").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(1));
        assertThat(ended.get()).as("a close is not an end to report").isNull();
    }

    @Test
    void closedStreamsGiveTheirConnectionBack() throws Exception {
        // the gateway's stream client has two connections: a third stream works only if closed ones are released
        String name = LabSwarm.uniqueName("lg-it");
        services.create(name, "--replicas", "1", LabSwarm.IMAGE, "sh", "-c", COUNTER);
        runningTasks(name, 1);
        for (int round = 1; round <= 4; round++) {
            List<LogLine> lines = new CopyOnWriteArrayList<>();
            LogReader reader = (LogReader) gateway.streamLogs(LogRequest.service(name).withTail(0), lines::add, e -> { });
            LabSwarm.await("a new line in round " + round, Duration.ofSeconds(5), () -> !lines.isEmpty());
            reader.close();
            assertThat(reader.awaitEnd(Duration.ofSeconds(1))).isTrue();
            int count = lines.size();
            Thread.sleep(400); // two more lines are printed meanwhile
            assertThat(lines).as("nothing arrives after close").hasSize(count);
        }
    }

    @Test
    void aTtyServiceLogIsRawTextWithTaskIds() throws Exception {
        String name = LabSwarm.uniqueName("lg-it-tty");
        services.create(name, "--tty", "--replicas", "1", LabSwarm.IMAGE, "sh", "-c", COUNTER);
        String task = runningTasks(name, 1).iterator().next();

        List<LogLine> lines = new CopyOnWriteArrayList<>();
        AutoCloseable stream = gateway.streamLogs(LogRequest.service(name), lines::add, e -> { });
        LabSwarm.await("six lines from a TTY", Duration.ofSeconds(20), () -> lines.size() >= 6);
        stream.close();

        assertThat(lines).allSatisfy(l -> {
            assertThat(l.taskId()).isEqualTo(task);
            assertThat(l.stream()).as("a TTY has one stream").isEqualTo(LogStream.STDOUT);
            assertThat(l.text()).matches(NUMBERED).doesNotContain("\r");
        });
        assertThat(lines).extracting(LogLine::text).contains("err 1", "line 2 héllo");
    }

    @Test
    void anUnknownServiceEndsWithAReadableErrorAndNoLines() {
        List<LogLine> lines = new ArrayList<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        gateway.streamLogs(LogRequest.service("lg-no-such-service"), lines::add, ended::set);

        LabSwarm.await("the error", Duration.ofSeconds(10), () -> ended.get() != null);
        assertThat(ended.get()).isInstanceOf(ClusterAccessException.class)
                .hasMessageContaining("lg-no-such-service").hasMessageContaining("not found");
        assertThat(((ClusterAccessException) ended.get()).kind()).isEqualTo(ClusterAccessException.Kind.NOT_FOUND);
        assertThat(lines).isEmpty();
    }

    private Set<String> runningTasks(String service, int count) {
        LabSwarm.await(count + " running tasks of " + service, Duration.ofSeconds(40), () -> lab.docker("service", "ps",
                "--filter", "desired-state=running", "--format", "{{.CurrentState}}", service)
                .lines().filter(l -> l.startsWith("Running")).count() == count);
        return Set.copyOf(lab.docker("service", "ps", "-q", "--no-trunc", "--filter", "desired-state=running", service)
                .lines().toList());
    }

    private static List<Integer> numbers(List<LogLine> lines, String task, String kind) {
        List<Integer> out = new ArrayList<>();
        for (LogLine l : lines) {
            Matcher m = NUMBERED.matcher(l.text());
            if (l.taskId().equals(task) && m.matches() && m.group(1).equals(kind)) {
                out.add(Integer.parseInt(m.group(2)));
            }
        }
        return out;
    }

}
