package dev.swarmdesk.cli;

import static dev.swarmdesk.cluster.UnitModels.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.domain.SwarmService;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRefsTest {

    private final List<SwarmService> services = List.of(
            service("abc123def", "web").build(),
            service("abd456aaa", "db").build(),
            service("xyz789bbb", "ab").build(),
            service("q11", "cache").build());

    @Test
    void aFullIdResolvesToItself() {
        assertThat(ServiceRefs.resolve("abd456aaa", services)).isEqualTo("abd456aaa");
    }

    @Test
    void aNameResolvesToItsId() {
        assertThat(ServiceRefs.resolve("web", services)).isEqualTo("abc123def");
    }

    @Test
    void aUniqueIdPrefixResolves() {
        assertThat(ServiceRefs.resolve("abc", services)).isEqualTo("abc123def");
        assertThat(ServiceRefs.resolve("x", services)).isEqualTo("xyz789bbb");
    }

    @Test
    void aNameWinsOverAnAmbiguousPrefix() {
        // "ab" starts two ids, but it is also a service's name
        assertThat(ServiceRefs.resolve("ab", services)).isEqualTo("xyz789bbb");
    }

    @Test
    void anAmbiguousPrefixIsAnError() {
        assertThatThrownBy(() -> ServiceRefs.resolve("a", services))
                .isInstanceOfSatisfying(ClusterAccessException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessageContaining("service a is ambiguous")
                .hasMessageContaining("2 services");
    }

    @Test
    void anUnknownRefIsNoSuchService() {
        assertThatThrownBy(() -> ServiceRefs.resolve("x", List.of(service("abc", "web").build())))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessage("no such service: x");
    }

    @Test
    void severalRefsKeepTheirOrderWithoutDuplicates() {
        assertThat(ServiceRefs.resolve(List.of("db", "web", "abd", "cache"), services))
                .containsExactly("abd456aaa", "abc123def", "q11");
    }

    @Test
    void noRefsMeanAllServices() {
        assertThat(ServiceRefs.resolve(List.of(), services)).isEmpty();
    }
}
