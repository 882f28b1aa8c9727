package dev.swarmdesk.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's spec exactly as the engine holds it, with the version an update must name.
 * Edits happen on this JSON so that fields SwarmDesk does not model are written back unchanged.
 */
public record RawServiceSpec(String id, String name, long version, ObjectNode spec) {

    /** A deep copy of the spec, to edit without touching this record. */
    public ObjectNode specCopy() {
        return spec.deepCopy();
    }
}
