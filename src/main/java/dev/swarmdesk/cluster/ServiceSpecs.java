package dev.swarmdesk.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The port for reading and writing raw service specs. Methods may throw {@link ClusterAccessException}. */
public interface ServiceSpecs {

    /** @param ref a service id, id prefix or name (as the docker CLI accepts) */
    RawServiceSpec readSpec(String ref);

    /**
     * Writes a whole spec. Fails with kind CONFLICT when {@code version} is stale, so the caller
     * can read again and re-apply its change.
     *
     * @return the engine's warnings, if any
     */
    java.util.List<String> writeSpec(String serviceId, long version, ObjectNode spec);
}
