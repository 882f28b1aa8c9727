package dev.swarmdesk.listing;

import dev.swarmdesk.domain.PublishedPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The PORTS column of `service ls`: ingress ports merged into ranges ("*:8080-8081->80-81/tcp")
 * by the docker CLI's rules. Like the CLI, it leaves host-mode ports out (tasks show those).
 */
public final class PortRanges {

    private PortRanges() {
    }

    private static final class Range {
        long pStart;
        long pEnd;
        long tStart;
        long tEnd;
        String protocol = "";

        @Override
        public String toString() {
            String pub = pEnd > pStart ? pStart + "-" + pEnd : Long.toString(pStart);
            String tgt = tEnd > tStart ? tStart + "-" + tEnd : Long.toString(tStart);
            return "*:" + pub + "->" + tgt + "/" + protocol;
        }
    }

    /** a - b in unsigned 32-bit arithmetic, as the CLI computes it: a port below b is a big gap. */
    private static long gap(long a, long b) {
        return (a - b) & 0xFFFF_FFFFL;
    }

    public static String format(List<PublishedPort> ports) {
        List<PublishedPort> sorted = new ArrayList<>(ports);
        sorted.sort(Comparator.comparing(PublishedPort::protocol).thenComparingLong(PublishedPort::publishedPort));
        List<String> out = new ArrayList<>();
        Range r = new Range();
        for (PublishedPort p : sorted) {
            if ("ingress".equals(p.publishMode())) {
                boolean isRange = r.tEnd != r.tStart;
                boolean overlaps = p.targetPort() <= r.tEnd;
                if (!p.protocol().equals(r.protocol) || gap(p.publishedPort(), r.pEnd) > 1
                        || gap(p.targetPort(), r.tEnd) > 1 || isRange && overlaps) {
                    if (r.pStart > 0) {
                        out.add(r.toString());
                    }
                    r = new Range();
                    r.pStart = p.publishedPort();
                    r.pEnd = p.publishedPort();
                    r.tStart = p.targetPort();
                    r.tEnd = p.targetPort();
                    r.protocol = p.protocol();
                    continue;
                }
                r.pEnd = p.publishedPort();
                r.tEnd = p.targetPort();
            }
        }
        if (r.pStart > 0) {
            out.add(r.toString());
        }
        return String.join(", ", out);
    }
}
