package dev.swarmdesk.engine;

import static dev.swarmdesk.engine.EngineJsonFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final JsonNode doc = parse("""
            {"ID": "abc", "Version": {"Index": 42}, "Spec": {"Name": "web", "Labels": {"a": "b", "n": 3}},
             "Count": "17", "Flag": true, "Null": null,
             "At": "2026-11-21T07:25:13.628041123Z", "Zero": "0001-01-01T00:00:00Z", "Bad": "not a time"}
            """);

    @Test
    void textFollowsAPathAndGivesEmptyForWhatIsMissingOrNotAValue() {
        assertThat(Json.text(doc, "ID")).isEqualTo("abc");
        assertThat(Json.text(doc, "Spec", "Name")).isEqualTo("web");
        assertThat(Json.text(doc, "Spec", "Missing")).isEmpty();
        assertThat(Json.text(doc, "No", "Such", "Path")).isEmpty();
        assertThat(Json.text(doc, "Spec")).as("an object is not text").isEmpty();
        assertThat(Json.text(doc, "Flag")).isEqualTo("true");
    }

    @Test
    void numberGivesZeroWhenMissing() {
        assertThat(Json.number(doc, "Version", "Index")).isEqualTo(42);
        assertThat(Json.number(doc, "Count")).as("numeric text").isEqualTo(17);
        assertThat(Json.number(doc, "Version", "Nope")).isZero();
        assertThat(Json.number(doc, "Spec", "Name")).as("not a number").isZero();
    }

    @Test
    void timeParsesNanosecondsAndGivesNullForMissingOrBadTimes() {
        assertThat(Json.time(doc, "At")).isEqualTo(Instant.ofEpochSecond(1795245913L, 628_041_123));
        assertThat(Json.time(doc, "Zero")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(Json.time(doc, "Bad")).isNull();
        assertThat(Json.time(doc, "Missing")).isNull();
        assertThat(Json.time(doc, "Null")).isNull();
    }

    @Test
    void labelsKeepOrderAndTurnValuesIntoText() {
        assertThat(Json.labels(doc, "Spec", "Labels")).containsExactly(
                Map.entry("a", "b"), Map.entry("n", "3"));
        assertThat(Json.labels(doc, "Spec", "NoLabels")).isEmpty();
        assertThat(Json.labels(doc, "Null")).isEmpty();
    }

    @Test
    void aHealthCheckNeedsATestThatIsNotNone() {
        assertThat(Json.hasHealthcheck(parse("{\"Healthcheck\": {\"Test\": [\"CMD-SHELL\", \"true\"]}}"))).isTrue();
        assertThat(Json.hasHealthcheck(parse("{\"Healthcheck\": {\"Test\": [\"NONE\"]}}"))).isFalse();
        assertThat(Json.hasHealthcheck(parse("{\"Healthcheck\": {\"Test\": []}}"))).isFalse();
        assertThat(Json.hasHealthcheck(parse("{\"Healthcheck\": {\"Interval\": 5}}"))).isFalse();
        assertThat(Json.hasHealthcheck(parse("{}"))).isFalse();
    }
}
