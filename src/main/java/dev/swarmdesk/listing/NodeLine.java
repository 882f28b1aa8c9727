package dev.swarmdesk.listing;

import dev.swarmdesk.domain.SwarmNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One row of `node ls`, in the docker CLI's words ("Ready", "Active", "Leader"). */
public record NodeLine(String id, boolean self, String hostname, String status, String availability,
                       String managerStatus, String engineVersion, String role, String address) {

    /** @param selfId the node id of the engine SwarmDesk talks to (marked with * by the CLI) */
    public static NodeLine of(SwarmNode n, String selfId) {
        String manager = n.leader() ? "Leader" : n.managerReachability();
        return new NodeLine(n.id(), n.id().equals(selfId), n.hostname(), CliWords.pretty(n.state()),
                CliWords.pretty(n.availability()), CliWords.pretty(manager), n.engineVersion(), n.role(), n.address());
    }

    /** Sorted by hostname, naturally, as `docker node ls` prints them. */
    public static List<NodeLine> of(Map<String, SwarmNode> nodes, String selfId) {
        return nodes.values().stream().map(n -> of(n, selfId))
                .sorted(Comparator.comparing(NodeLine::hostname, NaturalOrder.INSTANCE)).toList();
    }
}
