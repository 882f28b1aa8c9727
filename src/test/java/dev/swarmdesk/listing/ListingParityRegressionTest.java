package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.PublishedPort;
import org.junit.jupiter.api.Test;

/** Cases where SwarmDesk once differed from the docker CLI 28.2.2 on the lab swarm. */
class ListingParityRegressionTest {

    @Test
    void aTargetPortBelowTheRangeStartsANewRangeLikeTheClisUnsignedArithmetic() {
        assertThat(PortRanges.format(java.util.List.of(new PublishedPort("tcp", 81, 8080, "ingress"),
                new PublishedPort("tcp", 80, 8081, "ingress")))).isEqualTo("*:8080->81/tcp, *:8081->80/tcp");
    }

    @Test
    void digitsSortBeforeOtherCharacters() {
        assertThat(NaturalOrder.INSTANCE.compare("web1", "web-api")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("web-api", "web1")).isPositive();
        assertThat(NaturalOrder.INSTANCE.compare("ut-b1", "ut-b.x")).isNegative();
    }

    @Test
    void prettyLowerCasesTheRestAndEllipsisKeepsOneCharacter() {
        assertThat(CliWords.pretty("RUNNING")).isEqualTo("Running");
        assertThat(CliWords.pretty("X")).isEqualTo("x");
        assertThat(CliWords.ellipsis("abc", 1)).isEqualTo("a");
    }

    @Test
    void untaggedReferencesAreShownAsTheyAre() {
        String digestOnly = "docker.io/library/nginx@sha256:" + "a".repeat(64);
        assertThat(ImageNames.display(digestOnly)).isEqualTo(digestOnly);
        assertThat(ImageNames.display("library/nginx:1")).isEqualTo("nginx:1");
        assertThat(ImageNames.display("localhost/library/x:1")).isEqualTo("localhost/library/x:1");
    }
}
