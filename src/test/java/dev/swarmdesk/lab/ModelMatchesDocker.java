package dev.swarmdesk.lab;

import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.domain.SwarmTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compares the live model with what the docker CLI lists right now: every task, its state and desired state. */
public final class ModelMatchesDocker {

    private ModelMatchesDocker() {
    }

    /** The differences; empty when the model shows exactly the tasks and services docker lists. */
    public static List<String> differences(ClusterSnapshot model, LabSwarm lab, LabSwarm.LabNode via) {
        List<String> diffs = new ArrayList<>();
        Set<String> dockerServices = new TreeSet<>(lines(lab.dockerOn(via, "service", "ls", "-q", "--format",
                "{{.ID}}")));
        Set<String> modelServices = new TreeSet<>();
        model.services().keySet().forEach(id -> modelServices.add(id.substring(0, 12)));
        if (!dockerServices.equals(modelServices)) {
            diffs.add("services: docker " + dockerServices + " model " + modelServices);
        }
        Set<String> dockerTasks = new TreeSet<>();
        if (!dockerServices.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("service", "ps", "--no-trunc", "--format",
                    "{{.ID}} {{.DesiredState}} {{.CurrentState}}"));
            args.addAll(dockerServices);
            for (String l : lines(lab.dockerOn(via, args.toArray(String[]::new)))) {
                String[] p = l.split(" ");
                dockerTasks.add(p[0] + " " + p[1] + " " + p[2]);
            }
        }
        Set<String> modelTasks = new TreeSet<>();
        for (SwarmTask t : model.tasks().values()) {
            if (!model.services().containsKey(t.serviceId())) {
                continue; // a removed service's task, still being torn down: docker lists none of those
            }
            modelTasks.add(t.id() + " " + pretty(t.desiredState()) + " " + pretty(t.stateText()));
        }
        if (!dockerTasks.equals(modelTasks)) {
            Set<String> onlyDocker = new TreeSet<>(dockerTasks);
            onlyDocker.removeAll(modelTasks);
            Set<String> onlyModel = new TreeSet<>(modelTasks);
            onlyModel.removeAll(dockerTasks);
            diffs.add("tasks only in docker: " + onlyDocker + "; only in the model: " + onlyModel);
        }
        return diffs;
    }

    private static String pretty(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
