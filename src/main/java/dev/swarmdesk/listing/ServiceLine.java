package dev.swarmdesk.listing;

import dev.swarmdesk.domain.SwarmService;
import java.util.Comparator;
import java.util.Map;
import java.util.List;

/**
 * One row of `service ls`, with the docker CLI's wording for each column.
 *
 * @param replicas e.g. "2/3", "1/1 (max 2 per node)", "0/2 (3/4 completed)" for jobs
 * @param updateState the last rolling update's state ("updating", "completed", ...) or ""
 * @param stack the stack the service belongs to, or ""
 */
public record ServiceLine(String id, String name, String mode, String replicas, String image, String ports,
                          long running, long desired, long completed, String updateState, String stack) {

    public static ServiceLine of(SwarmService s) {
        return new ServiceLine(s.id(), s.name(), s.mode().displayName(), replicas(s), ImageNames.display(s.image()),
                PortRanges.format(s.ports()), s.counts().running(), s.counts().desired(), s.counts().completed(),
                s.updateStatus().state(), s.stack());
    }

    /** Sorted by name, naturally, as `docker service ls` prints them. */
    public static List<ServiceLine> of(Map<String, SwarmService> services) {
        return services.values().stream().map(ServiceLine::of)
                .sorted(Comparator.comparing(ServiceLine::name, NaturalOrder.INSTANCE)).toList();
    }

    static String replicas(SwarmService s) {
        long running = s.counts().running();
        long desired = s.counts().desired();
        long completed = s.counts().completed();
        return switch (s.mode().kind()) {
            case "replicated-job" -> String.format("%d/%d (%d/%d completed)", running, desired, completed,
                    s.mode().totalCompletions());
            case "global-job" -> String.format("%d/%d (%d/%d completed)", running, desired, completed,
                    desired + completed);
            case "replicated" -> s.maxReplicasPerNode() > 0
                    ? String.format("%d/%d (max %d per node)", running, desired, s.maxReplicasPerNode())
                    : running + "/" + desired;
            default -> running + "/" + desired;
        };
    }
}
