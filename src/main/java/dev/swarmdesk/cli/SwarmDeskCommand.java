package dev.swarmdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The entry point of both faces: with a subcommand it runs headless, in the docker CLI's
 * grammar; without one it opens the window on the same connection flags.
 */
@Command(name = "swarmdesk", mixinStandardHelpOptions = true, version = "SwarmDesk 0.1",
        description = "Run Docker Swarm clusters: a desktop window, or headless commands for scripts and CI.",
        subcommands = {NodeCommand.class, ServiceCommand.class, WatchCommand.class})
public final class SwarmDeskCommand implements Callable<Integer> {

    @Mixin
    ConnectionFlags flags = new ConnectionFlags();

    @Option(names = "--exit-after-first-frame", hidden = true,
            description = "Open the window, print 'first frame: N ms' once it is shown, and exit")
    boolean exitAfterFirstFrame;

    final ConnectorFactory connectors;
    private final GuiStarter gui;

    public SwarmDeskCommand(ConnectorFactory connectors, GuiStarter gui) {
        this.connectors = connectors;
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(flags.toOptions(), exitAfterFirstFrame);
    }

    /** A configured command line: errors print as one line and a non-zero exit code. */
    public static CommandLine commandLine(ConnectorFactory connectors, GuiStarter gui) {
        CommandLine cl = new CommandLine(new SwarmDeskCommand(connectors, gui));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        return cl;
    }
}
