package dev.swarmdesk.cluster;

import static dev.swarmdesk.cluster.UnitModels.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.domain.SwarmService;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HotServicesTest {

    private static final long HOT_FOR = 5_000;
    /** Any start value: the rules only look at differences of nanoTime-like numbers. */
    private static final long START = 1_000_000;

    private final HotServices hot = new HotServices(HOT_FOR);

    private static Map<String, SwarmService> services(SwarmService... s) {
        return Stream.of(s).collect(Collectors.toMap(SwarmService::id, Function.identity()));
    }

    private final SwarmService calm = service("s1", "calm").counts(2, 2, 0).build();
    private final SwarmService calm2 = service("s2", "other").counts(1, 1, 0).build();

    @Test
    void servicesSeenForTheFirstTimeAreHot() {
        assertThat(hot.update(services(calm, calm2), START)).containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void aSteadyServiceCoolsDownAfterHotFor() {
        hot.update(services(calm), START);

        assertThat(hot.update(services(calm), START + HOT_FOR)).as("still within hotFor").containsExactly("s1");
        assertThat(hot.current(START + HOT_FOR)).containsExactly("s1");
        assertThat(hot.update(services(calm), START + HOT_FOR + 1)).as("cooled down").isEmpty();
        assertThat(hot.current(START + HOT_FOR + 1)).isEmpty();
    }

    @Test
    void currentForgetsExpiredServicesEvenWithoutAnUpdate() {
        hot.update(services(calm), START);

        assertThat(hot.current(START + HOT_FOR - 1)).containsExactly("s1");
        assertThat(hot.current(START + HOT_FOR + 1)).isEmpty();
    }

    @Test
    void aServiceShortOfTasksStaysHot() {
        SwarmService healing = service("s1", "healing").counts(1, 3, 0).build();
        hot.update(services(healing), START);

        assertThat(hot.update(services(healing), START + 10 * HOT_FOR)).containsExactly("s1");
    }

    @Test
    void anUpdatingServiceStaysHot() {
        SwarmService updating = service("s1", "rolling").counts(2, 2, 0).update("updating").build();
        SwarmService rollingBack = service("s2", "back").counts(2, 2, 0).update("rollback_started").build();
        SwarmService paused = service("s3", "paused").counts(2, 2, 0).update("paused").build();
        hot.update(services(updating, rollingBack, paused), START);

        assertThat(hot.update(services(updating, rollingBack, paused), START + 10 * HOT_FOR))
                .containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void aNewVersionMakesAServiceHotForHotFor() {
        hot.update(services(calm, calm2), START);
        hot.update(services(calm, calm2), START + 2 * HOT_FOR);
        SwarmService changed = service("s1", "calm").version(2).counts(2, 2, 0).build();

        long t = START + 3 * HOT_FOR;
        assertThat(hot.update(services(changed, calm2), t)).containsExactly("s1");
        assertThat(hot.update(services(changed, calm2), t + HOT_FOR)).containsExactly("s1");
        assertThat(hot.update(services(changed, calm2), t + HOT_FOR + 1)).isEmpty();
    }

    @Test
    void changedCountsMakeAServiceHot() {
        hot.update(services(calm, calm2), START);
        hot.update(services(calm, calm2), START + 2 * HOT_FOR);
        SwarmService oneCompleted = service("s2", "other").counts(1, 1, 1).build();

        assertThat(hot.update(services(calm, oneCompleted), START + 3 * HOT_FOR)).containsExactly("s2");
    }

    @Test
    void touchMakesAServiceHot() {
        hot.update(services(calm), START);
        long later = START + 2 * HOT_FOR;
        assertThat(hot.update(services(calm), later)).isEmpty();

        hot.touch("s1", later);

        assertThat(hot.current(later + HOT_FOR)).containsExactly("s1");
        assertThat(hot.update(services(calm), later + HOT_FOR)).containsExactly("s1");
        assertThat(hot.update(services(calm), later + HOT_FOR + 1)).isEmpty();
    }

    @Test
    void removedServicesAreDropped() {
        hot.update(services(calm, calm2), START);

        assertThat(hot.update(services(calm2), START + 1)).containsExactly("s2");
        assertThat(hot.current(START + 1)).containsExactly("s2");
    }

    @Test
    void aTouchedServiceThatDoesNotExistIsDroppedAtTheNextUpdate() {
        hot.update(services(calm), START);
        hot.touch("ghost", START + 1);
        assertThat(hot.current(START + 1)).contains("ghost");

        assertThat(hot.update(services(calm), START + 2)).containsExactly("s1");
    }

    @Test
    void timesNearTheEndOfTheLongRangeStillWork() {
        // System.nanoTime may be any long, even close to overflow
        long nearMax = Long.MAX_VALUE - HOT_FOR / 2;
        hot.update(services(calm), nearMax);

        assertThat(hot.current(nearMax + HOT_FOR)).containsExactly("s1");
        assertThat(hot.update(services(calm), nearMax + HOT_FOR + 1)).isEmpty();
    }
}
