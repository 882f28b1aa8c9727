package dev.swarmdesk.lab;

import java.util.ArrayList;
import java.util.List;

/** Services a test created, removed when the test ends (even when it fails). */
public final class LabServices implements AutoCloseable {

    private final LabSwarm lab;
    private final List<String> names = new ArrayList<>();

    public LabServices(LabSwarm lab) {
        this.lab = lab;
    }

    /** `docker service create --detach --name NAME ARGS...`; returns the service id. */
    public String create(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("service", "create", "--detach", "--quiet", "--name", name));
        cmd.addAll(List.of(args));
        String id = lab.docker(cmd.toArray(String[]::new)).trim();
        names.add(name);
        return id;
    }

    @Override
    public void close() {
        for (String n : names) {
            try {
                lab.docker("service", "rm", n);
            } catch (AssertionError e) {
                // already gone: nothing to clean
            }
        }
    }
}
