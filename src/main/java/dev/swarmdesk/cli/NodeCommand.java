package dev.swarmdesk.cli;

import dev.swarmdesk.cluster.ClusterSource;
import dev.swarmdesk.listing.NodeLine;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `node ...`: the swarm's nodes. */
@Command(name = "node", description = "Manage Swarm nodes", subcommands = NodeCommand.Ls.class)
final class NodeCommand {

    @ParentCommand
    SwarmDeskCommand root;

    @Command(name = "ls", aliases = "list", description = "List nodes in the swarm")
    static final class Ls implements Callable<Integer> {

        @ParentCommand
        NodeCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ListOptions output = new ListOptions();

        @Override
        public Integer call() throws Exception {
            List<NodeLine> lines;
            try (ClusterSource s = OneShot.connect(parent.root.connectors, parent.root.flags)) {
                lines = NodeLine.of(OneShot.snapshot(s.listNodes(), List.of(), List.of()).nodes(), s.localNodeId());
            }
            TextTable t = new TextTable("ID", "HOSTNAME", "STATUS", "AVAILABILITY", "MANAGER STATUS",
                    "ENGINE VERSION");
            output.print(spec.commandLine().getOut(), lines, NodeLine::id, lines,
                    t, l -> t.add(l.id() + (l.self() ? " *" : ""), l.hostname(), l.status(), l.availability(),
                            l.managerStatus(), l.engineVersion()));
            return 0;
        }
    }
}
