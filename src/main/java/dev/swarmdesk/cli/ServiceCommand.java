package dev.swarmdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swarmdesk.cluster.ClusterSnapshot;
import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.domain.SwarmService;
import dev.swarmdesk.domain.SwarmTask;
import dev.swarmdesk.listing.CliWords;
import dev.swarmdesk.listing.ImageNames;
import dev.swarmdesk.listing.ServiceLine;
import dev.swarmdesk.listing.TaskLine;
import dev.swarmdesk.ops.ServiceUpdater;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `service ...`: list services and their tasks, force a rolling restart. */
@Command(name = "service", description = "Manage Swarm services",
        subcommands = {ServiceCommand.Ls.class, ServiceCommand.Ps.class, ServiceCommand.Update.class})
final class ServiceCommand {

    private static final int MAX_ERROR_LENGTH = 30;

    @ParentCommand
    SwarmDeskCommand root;

    private static String shortId(String id) {
        return id.substring(0, Math.min(12, id.length()));
    }

    @Command(name = "ls", aliases = "list", description = "List services")
    static final class Ls implements Callable<Integer> {

        @ParentCommand
        ServiceCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ListOptions output = new ListOptions();

        @Override
        public Integer call() throws Exception {
            List<ServiceLine> lines;
            try (ClusterSource s = OneShot.connect(parent.root.connectors, parent.root.flags)) {
                lines = ServiceLine.of(OneShot.snapshot(List.of(), s.listServices(), List.of()).services());
            }
            TextTable t = new TextTable("ID", "NAME", "MODE", "REPLICAS", "IMAGE", "PORTS");
            output.print(spec.commandLine().getOut(), lines, ServiceLine::id, lines,
                    t, l -> t.add(shortId(l.id()), l.name(), l.mode(), l.replicas(), l.image(), l.ports()));
            return 0;
        }
    }

    @Command(name = "ps", description = "List the tasks of one or more services (all services when none is named)")
    static final class Ps implements Callable<Integer> {

        @ParentCommand
        ServiceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Service names or ids")
        List<String> services = new ArrayList<>();

        @Mixin
        ListOptions output = new ListOptions();

        @Option(names = "--no-trunc", description = "Do not truncate output")
        boolean noTrunc;

        @Override
        public Integer call() throws Exception {
            ClusterSnapshot snap;
            List<String> ids;
            try (ClusterSource s = OneShot.connect(parent.root.connectors, parent.root.flags)) {
                List<SwarmService> all = s.listServices();
                ids = ServiceRefs.resolve(services, all);
                List<SwarmTask> tasks = s.listTasks(ids);
                snap = OneShot.snapshot(s.listNodes(), all, tasks);
            }
            // the engine still lists tasks of removed services while it tears them down;
            // like `docker service ps`, show only tasks of services that exist
            List<SwarmTask> shown = snap.tasks().values().stream()
                    .filter(t -> snap.services().containsKey(t.serviceId())).toList();
            List<TaskLine> lines = TaskLine.of(shown, snap);
            print(lines, spec.commandLine().getOut());
            return 0;
        }

        private void print(List<TaskLine> lines, PrintWriter out) {
            Instant now = Instant.now();
            ArrayNode array = JsonOutput.MAPPER.createArrayNode();
            for (TaskLine l : lines) {
                ObjectNode o = JsonOutput.MAPPER.valueToTree(l);
                o.put("currentState", l.currentState(now));
                array.add(o);
            }
            TextTable t = new TextTable("ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE",
                    "ERROR", "PORTS");
            String[] previous = {""};
            output.print(out, lines, TaskLine::id, array, t, l -> {
                // like the CLI: older tasks of the same slot are indented under the current one
                String name = l.name().equals(previous[0]) ? " \\_ " + l.name() : l.name();
                previous[0] = l.name();
                String error = noTrunc ? l.error() : CliWords.ellipsis(l.error(), MAX_ERROR_LENGTH);
                t.add(noTrunc ? l.id() : shortId(l.id()), name, noTrunc ? l.image() : ImageNames.display(l.image()),
                        l.node(), l.desiredState(), l.currentState(now), error.isEmpty() ? "" : "\"" + error + "\"",
                        l.ports());
            });
        }
    }

    @Command(name = "update", description = "Update a service (only --force for now: restart all its tasks)")
    static final class Update implements Callable<Integer> {

        @ParentCommand
        ServiceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SERVICE", description = "Service name or id")
        String service;

        @Option(names = "--force", required = true, description = "Force update even if no changes require it")
        boolean force;

        @Override
        public Integer call() throws Exception {
            try (ClusterSource s = OneShot.connect(parent.root.connectors, parent.root.flags)) {
                ServiceUpdater.Result r = new ServiceUpdater(s).forceUpdate(service);
                PrintWriter out = spec.commandLine().getOut();
                r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                out.println(r.serviceName());
                out.flush();
            }
            return 0;
        }
    }
}
