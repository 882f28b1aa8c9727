package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of github.com/fvbommel/sortorder NaturalLess, which the docker CLI sorts with. */
class NaturalOrderTest {

    private final NaturalOrder order = NaturalOrder.INSTANCE;

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "web.2,web.10",
            "web.9,web.10",
            "web.10,web.100",
            "abc2,abc12",
            "web,web.1",            // equal prefix: the shorter first
            "web.1,web.1.1",
            "web.1,web.2.0",
            "api.3,web.1",          // letters before numbers decide
            "web.2,web.02",         // same value: fewer leading zeros first
            "web.02,web.3",         // but the value comes first
            "web.007,web.8",
            "n0,n00",
            "n00,n1",
            "node9,node10a",
            "a1b,a1c",              // after an equal number, the rest decides
            "n99999999999999999999,n100000000000000000000", // numbers longer than a long
    })
    void ordersNaturally(String smaller, String larger) {
        assertThat(order.compare(smaller, larger)).isNegative();
        assertThat(order.compare(larger, smaller)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"web.1", "web.01", "''", "abc", "10"})
    void aNameEqualsItself(String name) {
        assertThat(order.compare(name, new String(name))).isZero();
    }

    @Test
    void sortsTaskNamesTheWayPeopleReadThem() {
        List<String> names = new ArrayList<>(List.of("web.10", "web.2", "web.1", "api.3", "web.02", "web.1"));

        names.sort(order);

        assertThat(names).containsExactly("api.3", "web.1", "web.1", "web.2", "web.02", "web.10");
    }
}
