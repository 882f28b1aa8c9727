package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.engine.ManagerConnector;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LabSwarm.LabNode;
import dev.swarmdesk.lab.LiveModel;
import dev.swarmdesk.lab.ModelMatchesDocker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * With three managers, SwarmDesk connected to one of them fails over to the next when that
 * one dies, re-lists, and matches `docker service ps` again within 10 s.
 */
@Order(Integer.MAX_VALUE - 1)
class ManagerFailoverIT {

    private final LabSwarm lab = LabSwarm.get();

    @Test
    void switchesToTheNextManagerWhenTheConnectedOneDies() throws Exception {
        while (lab.nodes().stream().filter(n -> n.role().equals("manager")).count() < 3) {
            lab.script("add-node", "manager");
            lab.refreshNodes();
        }
        LabNode first = lab.nodes().stream().filter(n -> n.name().startsWith("lab-manager-")).findFirst()
                .orElseThrow();
        ManagerConnector connector = new ManagerConnector(List.of(lab.endpoint(first), lab.endpoint(lab.host())));
        try (LabServices services = new LabServices(lab);
             LiveModel model = new LiveModel(connector)) {
            assertThat(model.store.snapshot().connection().endpoint()).isEqualTo(first.dockerHost());
            String id = services.create(LabSwarm.uniqueName("it-mgr"), "--replicas", "2",
                    LabSwarm.IMAGE, "sleep", "3600");
            LabSwarm.await("2 running tasks", Duration.ofSeconds(60), () -> model.store.snapshot().tasksOf(id)
                    .stream().filter(t -> t.isRunning()).count() == 2);

            lab.script("kill-node", first.name());
            long killed = System.nanoTime();
            List<String> diffs = List.of("not compared yet");
            while (System.nanoTime() - killed < Duration.ofSeconds(10).toNanos()) {
                ConnectionStatus c = model.store.snapshot().connection();
                if (c.isConnected() && c.endpoint().equals(lab.host().dockerHost())) {
                    diffs = ModelMatchesDocker.differences(model.store.snapshot(), lab, lab.host());
                    if (diffs.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            System.out.printf("manager fail-over: model on the next manager matched docker service ps %d ms after"
                    + " the kill%n", (System.nanoTime() - killed) / 1_000_000);
            assertThat(model.store.snapshot().connection().endpoint()).isEqualTo(lab.host().dockerHost());
            assertThat(diffs).as("model vs docker service ps, 10 s after the manager died").isEmpty();
        } finally {
            lab.script("start-node", first.name());
        }
    }
}
