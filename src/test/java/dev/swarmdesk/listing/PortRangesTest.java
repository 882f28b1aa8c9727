package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.PublishedPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases from docker/cli cli/command/service/formatter_test.go, whose Ports() these rules copy. */
class PortRangesTest {

    private static PublishedPort ingress(String protocol, long target, long published) {
        return new PublishedPort(protocol, target, published, "ingress");
    }

    private static PublishedPort host(String protocol, long target, long published) {
        return new PublishedPort(protocol, target, published, "host");
    }

    @Test
    void theCliTestCaseMergesRangesPerProtocol() {
        // TestServiceContext_Ports, in the CLI's (unsorted) order
        List<PublishedPort> ports = List.of(
                ingress("tcp", 80, 81),
                ingress("tcp", 80, 80),
                ingress("tcp", 95, 95),
                ingress("tcp", 90, 90),
                ingress("tcp", 91, 91),
                ingress("tcp", 92, 92),
                ingress("tcp", 93, 93),
                ingress("tcp", 94, 94),
                ingress("udp", 95, 95),
                ingress("udp", 90, 90),
                ingress("udp", 96, 96),
                ingress("udp", 91, 91),
                ingress("udp", 92, 92),
                ingress("udp", 93, 93),
                ingress("udp", 94, 94),
                ingress("tcp", 60, 60),
                ingress("tcp", 61, 61),
                ingress("tcp", 61, 62),
                ingress("sctp", 97, 97),
                ingress("sctp", 98, 98));

        assertThat(PortRanges.format(ports)).isEqualTo(
                "*:97-98->97-98/sctp, *:60-61->60-61/tcp, *:62->61/tcp, *:80-81->80/tcp, *:90-95->90-95/tcp,"
                        + " *:90-96->90-96/udp");
    }

    @Test
    void aSinglePortIsNotARange() {
        assertThat(PortRanges.format(List.of(ingress("tcp", 8080, 80)))).isEqualTo("*:80->8080/tcp");
        assertThat(PortRanges.format(List.of(ingress("udp", 8090, 80)))).isEqualTo("*:80->8090/udp");
    }

    @Test
    void consecutivePortsMerge() {
        List<PublishedPort> ports = List.of(ingress("tcp", 81, 18082), ingress("tcp", 80, 18081));

        assertThat(PortRanges.format(ports)).isEqualTo("*:18081-18082->80-81/tcp");
    }

    @Test
    void aGapStartsANewRange() {
        List<PublishedPort> ports = List.of(ingress("tcp", 80, 8080), ingress("tcp", 82, 8082));

        assertThat(PortRanges.format(ports)).isEqualTo("*:8080->80/tcp, *:8082->82/tcp");
    }

    @Test
    void hostModePortsAreLeftOut() {
        assertThat(PortRanges.format(List.of(host("tcp", 80, 18080)))).isEmpty();
        assertThat(PortRanges.format(List.of(host("tcp", 80, 18080), ingress("tcp", 443, 8443))))
                .isEqualTo("*:8443->443/tcp");
    }

    @Test
    void noPortsGiveAnEmptyColumn() {
        assertThat(PortRanges.format(List.of())).isEmpty();
    }

    @Test
    void theInputListIsNotReordered() {
        List<PublishedPort> ports = new ArrayList<>(List.of(ingress("tcp", 81, 81), ingress("tcp", 80, 80)));
        List<PublishedPort> copy = List.copyOf(ports);

        PortRanges.format(ports);

        assertThat(ports).isEqualTo(copy);
    }
}
