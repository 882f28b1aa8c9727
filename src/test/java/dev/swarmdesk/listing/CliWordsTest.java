package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** humanDuration against the rules of go-units HumanDuration (docker/go-units duration.go). */
class CliWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PT0S,Less than a second",
            "PT0.999S,Less than a second",
            "PT-5S,Less than a second",
            "PT1S,1 second",
            "PT1.999S,1 second",
            "PT2S,2 seconds",
            "PT59.999S,59 seconds",
            "PT60S,About a minute",
            "PT1M59S,About a minute",
            "PT2M,2 minutes",
            "PT59M59.999S,59 minutes",
            "PT60M,About an hour",
            "PT1H29M59S,About an hour",      // hours are rounded: 1.4997 -> 1
            "PT1H30M,2 hours",               // 1.5 rounds up
            "PT47H29M,47 hours",
            "PT47H30M,2 days",               // 47.5 -> 48 hours
            "PT335H29M,13 days",
            "PT335H30M,2 weeks",             // 336 hours = 14 days
            "PT1439H,8 weeks",
            "PT1440H,2 months",              // 60 days
            "PT17519H,24 months",
            "PT17520H,2 years",              // 730 days
            "PT26280H,3 years",
    })
    void humanDurationFollowsGoUnits(String iso, String expected) {
        assertThat(CliWords.humanDuration(Duration.parse(iso))).isEqualTo(expected);
    }

    @Test
    void yearsUseTruncatedHoursLikeGoUnits() {
        // 17519.5 hours rounds to 17520 (the years branch) but the years are counted on whole hours: 1
        assertThat(CliWords.humanDuration(Duration.ofMinutes(17519 * 60 + 30))).isEqualTo("1 years");
    }

    @Test
    void prettyUpperCasesTheFirstLetter() {
        assertThat(CliWords.pretty("running")).isEqualTo("Running");
        assertThat(CliWords.pretty("ready")).isEqualTo("Ready");
        assertThat(CliWords.pretty("shutdown")).isEqualTo("Shutdown");
        assertThat(CliWords.pretty("Leader")).isEqualTo("Leader");
    }

    @Test
    void prettyOfNothingIsEmpty() {
        assertThat(CliWords.pretty("")).isEmpty();
        assertThat(CliWords.pretty(null)).isEmpty();
    }

    @Test
    void ellipsisKeepsShortTexts() {
        assertThat(CliWords.ellipsis("task: non-zero exit (137)", 30)).isEqualTo("task: non-zero exit (137)");
        String thirty = "x".repeat(30);
        assertThat(CliWords.ellipsis(thirty, 30)).isEqualTo(thirty);
    }

    @Test
    void ellipsisCutsToTheMaximumIncludingTheMark() {
        String error = "starting container failed: OCI runtime create failed";

        String cut = CliWords.ellipsis(error, 30);

        assertThat(cut).isEqualTo("starting container failed: OC…").hasSize(30);
        assertThat(CliWords.ellipsis("x".repeat(31), 30)).isEqualTo("x".repeat(29) + "…");
    }

    @Test
    void ellipsisCountsCharactersNotBytes() {
        assertThat(CliWords.ellipsis("héllo wörld", 5)).isEqualTo("héll…");
        assertThat(CliWords.ellipsis("héllo", 5)).isEqualTo("héllo");
    }
}
