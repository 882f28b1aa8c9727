package dev.swarmdesk.listing;

import dev.swarmdesk.domain.SwarmNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One row of `node ls`, in the docker CLI's words ("Ready", "Active", "Leader"). */
public record NodeLine(String id, String hostname, String status, String availability, String managerStatus,
                       String engineVersion, String role, String address) {

    public static NodeLine of(SwarmNode n) {
        String manager = n.leader() ? "Leader" : n.managerReachability();
        return new NodeLine(n.id(), n.hostname(), CliWords.pretty(n.state()), CliWords.pretty(n.availability()),
                CliWords.pretty(manager), n.engineVersion(), n.role(), n.address());
    }

    /** Sorted by hostname, naturally, as `docker node ls` prints them. */
    public static List<NodeLine> of(Map<String, SwarmNode> nodes) {
        return nodes.values().stream().map(NodeLine::of)
                .sorted(Comparator.comparing(NodeLine::hostname, NaturalOrder.INSTANCE)).toList();
    }
}
