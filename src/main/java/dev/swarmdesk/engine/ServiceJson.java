package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swarmdesk.domain.ServiceMode;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.TaskCounts;
import dev.swarmdesk.domain.UpdateStatus;
import java.util.Iterator;

/** Maps `GET /services?status=true` entries to {@link SwarmService}. */
final class ServiceJson {

    private ServiceJson() {
    }

    static SwarmService read(JsonNode s) {
        JsonNode spec = s.path("Spec");
        JsonNode template = spec.path("TaskTemplate");
        return new SwarmService(
                Json.text(s, "ID"),
                Json.number(s, "Version", "Index"),
                Json.text(spec, "Name"),
                mode(spec.path("Mode")),
                Json.text(template, "ContainerSpec", "Image"),
                Json.labels(spec, "Labels"),
                TaskJson.ports(s.path("Endpoint").path("Ports")),
                Json.number(template, "Placement", "MaxReplicas"),
                Json.hasHealthcheck(template.path("ContainerSpec")),
                updateStatus(s.path("UpdateStatus")),
                counts(s.path("ServiceStatus")),
                Json.time(s, "CreatedAt"),
                Json.time(s, "UpdatedAt"));
    }

    /** The engine's mode key is kept as it is (lower-cased, dashed), so unknown modes still show. */
    static ServiceMode mode(JsonNode mode) {
        if (mode.has("Replicated")) {
            return new ServiceMode(ServiceMode.REPLICATED, Json.number(mode, "Replicated", "Replicas"), 0);
        }
        if (mode.has("Global")) {
            return new ServiceMode(ServiceMode.GLOBAL, 0, 0);
        }
        if (mode.has("ReplicatedJob")) {
            JsonNode job = mode.path("ReplicatedJob");
            long max = job.path("MaxConcurrent").asLong(1);
            long total = job.has("TotalCompletions") ? job.path("TotalCompletions").asLong() : max;
            return new ServiceMode(ServiceMode.REPLICATED_JOB, max, total);
        }
        if (mode.has("GlobalJob")) {
            return new ServiceMode(ServiceMode.GLOBAL_JOB, 0, 0);
        }
        Iterator<String> names = mode.fieldNames();
        String kind = names.hasNext() ? names.next().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() : "";
        return new ServiceMode(kind, 0, 0);
    }

    private static UpdateStatus updateStatus(JsonNode u) {
        if (u.isMissingNode() || u.isNull()) {
            return UpdateStatus.NONE;
        }
        return new UpdateStatus(Json.text(u, "State"), Json.text(u, "Message"), Json.time(u, "StartedAt"),
                Json.time(u, "CompletedAt"));
    }

    private static TaskCounts counts(JsonNode st) {
        if (st.isMissingNode() || st.isNull()) {
            return TaskCounts.NONE;
        }
        return new TaskCounts(Json.number(st, "RunningTasks"), Json.number(st, "DesiredTasks"),
                Json.number(st, "CompletedTasks"));
    }
}
