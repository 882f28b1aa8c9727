package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.EngineJsonFixtures.jsonLines;
import static dev.swarmdesk.engine.EngineJsonFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swarmdesk.cluster.EngineSignal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EventStream.signal on events recorded from GET /events. */
class EventStreamTest {

    private final List<JsonNode> recorded = jsonLines("events.jsonl");

    @Test
    void aServiceEventNamesTheServiceAndKeepsNanoseconds() {
        EngineSignal s = EventStream.signal(recorded.get(0));

        assertThat(s).isEqualTo(new EngineSignal("service", "create", "rr2e170ja1for4eklq0megduk",
                Map.of("name", "ut-web"), Instant.ofEpochSecond(1795245913L, 606_660_762)));
    }

    @Test
    void aContainerDeathCarriesItsServiceAndExitCode() {
        EngineSignal die = recorded.stream().map(EventStream::signal)
                .filter(s -> s.type().equals("container") && s.action().equals("die"))
                .filter(s -> s.actorId().startsWith("c6459500fccc"))
                .findFirst().orElseThrow();

        assertThat(die.serviceId()).isEqualTo("4wrhk50d6s40ys45afkp8urnj");
        assertThat(die.attributes()).containsEntry("exitCode", "137")
                .containsEntry("com.docker.swarm.task.id", "snoy3ovvqfygoymffs5bjoxxo");
        assertThat(die.time()).isEqualTo(Instant.ofEpochSecond(1795245928L, 477_950_876));
    }

    @Test
    void everyRecordedEventMaps() {
        List<EngineSignal> signals = recorded.stream().map(EventStream::signal).toList();

        assertThat(signals).hasSize(recorded.size()).allSatisfy(s -> {
            assertThat(s.type()).isNotEmpty();
            assertThat(s.action()).isNotEmpty();
            assertThat(s.actorId()).isNotEmpty();
            assertThat(s.time()).isAfter(Instant.parse("2026-11-21T07:25:00Z"));
        });
        assertThat(signals).extracting(EngineSignal::type).contains("service", "container", "network");
    }

    @Test
    void anEventWithoutNanosecondsUsesSeconds() {
        EngineSignal s = EventStream.signal(parse(
                "{\"Type\":\"node\",\"Action\":\"update\",\"Actor\":{\"ID\":\"n1\",\"Attributes\":{\"name\":\"vm\","
                        + "\"state.new\":\"down\"}},\"time\":1795245913}"));

        assertThat(s.type()).isEqualTo("node");
        assertThat(s.actorId()).isEqualTo("n1");
        assertThat(s.attributes()).containsEntry("state.new", "down");
        assertThat(s.time()).isEqualTo(Instant.ofEpochSecond(1795245913L));
        assertThat(s.serviceId()).as("not a container").isEmpty();
    }

    @Test
    void anEventWithoutActorDoesNotThrow() {
        EngineSignal s = EventStream.signal(parse("{\"Type\":\"config\",\"Action\":\"create\"}"));

        assertThat(s.actorId()).isEmpty();
        assertThat(s.attributes()).isEmpty();
        assertThat(s.time()).isEqualTo(Instant.EPOCH);
    }
}
