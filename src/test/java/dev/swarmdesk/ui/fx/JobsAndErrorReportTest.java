package dev.swarmdesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class JobsAndErrorReportTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aJobRunsOffTheFxThreadIsListedWhileRunningAndReportsOnTheFxThread() throws Exception {
        try (Jobs jobs = new Jobs(1)) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            boolean[] workOnFx = {true};
            WaitForAsyncUtils.asyncFx(() -> jobs.run("Scaling web", () -> {
                workOnFx[0] = Platform.isFxApplicationThread();
                release.await(5, TimeUnit.SECONDS);
                return "done";
            }, r -> seen.add(r + " on fx=" + Platform.isFxApplicationThread()))).get();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jobs.running().size() == 1);
            assertThat(jobs.running().get(0).title()).isEqualTo("Scaling web");

            release.countDown();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jobs.running().isEmpty() && !seen.isEmpty());
            assertThat(workOnFx[0]).isFalse();
            assertThat(seen).containsExactly("done on fx=true");
        }
    }

    @Test
    void aFailureReachesTheHandlerWithItsTitle() throws Exception {
        try (Jobs jobs = new Jobs(1)) {
            List<Jobs.JobFailure> failures = new ArrayList<>();
            jobs.onFailure(failures::add);
            WaitForAsyncUtils.asyncFx(() -> jobs.run("Removing web", () -> {
                throw new IllegalStateException("rpc error: service web not found");
            }, r -> { })).get();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !failures.isEmpty());
            assertThat(failures.get(0).title()).isEqualTo("Removing web");
            assertThat(ErrorReport.reason(failures.get(0).error())).isEqualTo("rpc error: service web not found");
        }
    }

    @Test
    void theReasonSkipsConcurrencyWrappersAndDetailsListCausesWithoutFrames() {
        Exception real = new IllegalArgumentException("no such service: web");
        CompletionException wrapped = new CompletionException(real);
        assertThat(ErrorReport.reason(wrapped)).isEqualTo("no such service: web");
        assertThat(ErrorReport.details(wrapped)).contains("IllegalArgumentException: no such service: web")
                .doesNotContain("\tat ");
    }
}
