package dev.swarmdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import org.junit.jupiter.api.Test;

/**
 * A service with fields docker-java does not model (spread preferences, max replicas per node,
 * a health check, labels) is force-updated through SwarmDesk: its spec, as the docker CLI
 * reads it, must differ in exactly the field changed.
 */
class ForceUpdateKeepsUnknownFieldsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void forceUpdateChangesOnlyForceUpdate() throws Exception {
        LabSwarm lab = LabSwarm.get();
        String name = LabSwarm.uniqueName("it-spec");
        try (LabServices services = new LabServices(lab)) {
            services.create(name, "--replicas", "2", "--placement-pref", "spread=node.labels.zone",
                    "--replicas-max-per-node", "2", "--health-cmd", "true", "--health-interval", "2s",
                    "--label", "team=ops", "--container-label", "tier=web", "--update-order", "start-first",
                    "--rollback-order", "start-first", "--stop-grace-period", "3s",
                    LabSwarm.IMAGE, "sleep", "3600");
            JsonNode before = spec(lab, name);
            assertThat(before.at("/TaskTemplate/Placement/Preferences/0/Spread/SpreadDescriptor").asText())
                    .isEqualTo("node.labels.zone");

            try (ClusterSource source = lab.connector().connect()) {
                ServiceUpdater.Result r = new ServiceUpdater(source).forceUpdate(name);
                assertThat(r.serviceName()).isEqualTo(name);
            }

            JsonNode after = spec(lab, name);
            assertThat(after.at("/TaskTemplate/ForceUpdate").asLong())
                    .isEqualTo(before.at("/TaskTemplate/ForceUpdate").asLong(0) + 1);
            ((ObjectNode) before.get("TaskTemplate")).remove("ForceUpdate");
            ((ObjectNode) after.get("TaskTemplate")).remove("ForceUpdate");
            assertThat(after).isEqualTo(before);
        }
    }

    private static JsonNode spec(LabSwarm lab, String name) throws Exception {
        return JSON.readTree(lab.docker("service", "inspect", "--format", "{{json .Spec}}", name));
    }
}
