package dev.swarmdesk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swarmdesk.domain.PublishedPort;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.List;
import dev.swarmdesk.domain.TaskState;

/** Maps `GET /tasks` entries to {@link SwarmTask}. */
final class TaskJson {

    private TaskJson() {
    }

    static List<PublishedPort> ports(JsonNode ports) {
        List<PublishedPort> out = new ArrayList<>();
        for (JsonNode p : ports) {
            out.add(new PublishedPort(Json.text(p, "Protocol"), Json.number(p, "TargetPort"),
                    Json.number(p, "PublishedPort"), Json.text(p, "PublishMode")));
        }
        return out;
    }

    static SwarmTask read(JsonNode t) {
        JsonNode status = t.path("Status");
        String stateText = Json.text(status, "State");
        TaskState state = TaskState.parse(stateText);
        JsonNode exit = status.path("ContainerStatus").path("ExitCode");
        // a running container reports exit code 0: only an ended task has a real one
        Integer exitCode = state.isTerminal() && exit.isNumber() ? exit.asInt() : null;
        JsonNode containerSpec = t.path("Spec").path("ContainerSpec");
        return new SwarmTask(
                Json.text(t, "ID"),
                Json.number(t, "Version", "Index"),
                Json.text(t, "ServiceID"),
                Json.number(t, "Slot"),
                Json.text(t, "NodeID"),
                Json.text(t, "DesiredState"),
                state,
                stateText,
                Json.text(status, "Message"),
                Json.text(status, "Err"),
                exitCode,
                Json.text(status, "ContainerStatus", "ContainerID"),
                Json.text(containerSpec, "Image"),
                Json.hasHealthcheck(containerSpec),
                ports(status.path("PortStatus").path("Ports")),
                Json.time(t, "CreatedAt"),
                Json.time(status, "Timestamp"));
    }
}
