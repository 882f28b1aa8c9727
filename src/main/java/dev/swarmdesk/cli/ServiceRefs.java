package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterAccessException;
import dev.swarmdesk.cluster.ClusterAccessException.Kind;
import dev.swarmdesk.domain.SwarmService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves what users type for a service (full id, name, or unique id prefix), like the docker CLI. */
final class ServiceRefs {

    private ServiceRefs() {
    }

    /** @return service ids in the order given; empty when no ref is given (meaning all) */
    static List<String> resolve(List<String> refs, List<SwarmService> services) {
        Set<String> ids = new LinkedHashSet<>();
        for (String ref : refs) {
            ids.add(resolve(ref, services));
        }
        return new ArrayList<>(ids);
    }

    static String resolve(String ref, List<SwarmService> services) {
        for (SwarmService s : services) {
            if (s.id().equals(ref)) {
                return s.id();
            }
        }
        for (SwarmService s : services) {
            if (s.name().equals(ref)) {
                return s.id();
            }
        }
        List<SwarmService> byPrefix = services.stream().filter(s -> s.id().startsWith(ref)).toList();
        if (byPrefix.size() == 1) {
            return byPrefix.get(0).id();
        }
        if (byPrefix.size() > 1) {
            throw new ClusterAccessException(Kind.NOT_FOUND, "service " + ref + " is ambiguous ("
                    + byPrefix.size() + " services have ids starting with it)");
        }
        throw new ClusterAccessException(Kind.NOT_FOUND, "no such service: " + ref);
    }
}
