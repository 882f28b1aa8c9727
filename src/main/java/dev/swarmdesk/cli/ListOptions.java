package dev.swarmdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The output flags every list command shares, and the one way lists are printed. */
final class ListOptions {

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs")
    boolean quiet;

    /**
     * Prints ids (-q), the JSON of {@code json} (--format json), or a table that {@code fill}
     * fills from the lines.
     */
    <L> void print(PrintWriter out, List<L> lines, Function<L, String> id, Object json, TextTable table,
                   Consumer<L> fill) {
        if (quiet) {
            lines.forEach(l -> out.println(id.apply(l)));
            out.flush();
        } else if (format == OutputFormat.json) {
            JsonOutput.print(out, json);
        } else {
            lines.forEach(fill);
            table.print(out);
        }
    }
}
