package dev.swarmdesk.ui.timeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The numbers under the timeline: failures shown, how many still recover, and the median
 * recovery time of those that did.
 */
record TimelineSummary(int failures, int recovering, Optional<Duration> medianRecovery) {

    static TimelineSummary of(List<TimelineRow> rows) {
        int failures = 0;
        int recovering = 0;
        long[] millis = new long[rows.size()];
        int n = 0;
        for (TimelineRow r : rows) {
            if (r.kind() != TimelineKind.FAILURE) {
                continue;
            }
            failures++;
            Outcome o = r.outcome();
            if (o.recovering()) {
                recovering++;
            } else if (o.recovery() != null) {
                millis[n++] = o.recovery().toMillis();
            }
        }
        return new TimelineSummary(failures, recovering, median(millis, n));
    }

    private static Optional<Duration> median(long[] values, int n) {
        if (n == 0) {
            return Optional.empty();
        }
        long[] v = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(v);
        long m = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return Optional.of(Duration.ofMillis(m));
    }

    /** "3 failures · median recovery 1.24 s · 1 recovering" */
    String text() {
        StringBuilder s = new StringBuilder();
        s.append(failures).append(failures == 1 ? " failure" : " failures");
        medianRecovery.ifPresent(d -> s.append(" · median recovery ").append(TimelineText.duration(d)));
        if (recovering > 0) {
            s.append(" · ").append(recovering).append(" recovering");
        }
        return s.toString();
    }
}
