package dev.swarmdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swarmdesk.cluster.ConnectionStatus.Phase;
import dev.swarmdesk.lab.LabServices;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LiveModel;
import dev.swarmdesk.lab.ModelMatchesDocker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The host engine (the manager SwarmDesk talks to) is killed and started again: the model
 * notices, reconnects by itself, and within 10 s matches `docker service ps` again.
 */
@Order(Integer.MAX_VALUE)
class ReconnectAfterEngineRestartIT {

    private final LabSwarm lab = LabSwarm.get();

    @Test
    void modelMatchesDockerWithinTenSecondsOfRestart() throws Exception {
        try (LabServices services = new LabServices(lab);
             LiveModel model = new LiveModel(lab.connector())) {
            String id = services.create(LabSwarm.uniqueName("it-restart"), "--replicas", "3",
                    LabSwarm.IMAGE, "sleep", "3600");
            LabSwarm.await("3 running tasks", Duration.ofSeconds(60), () -> model.store.snapshot().tasksOf(id)
                    .stream().filter(t -> t.isRunning()).count() == 3);

            lab.script("kill-node", "host");
            LabSwarm.await("the model to notice the engine is gone", Duration.ofSeconds(15),
                    () -> model.store.snapshot().connection().phase() == Phase.RECONNECTING);
            lab.script("start-node", "host");
            long back = System.nanoTime();

            List<String> diffs = List.of("not compared yet");
            while (System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
                if (model.store.snapshot().connection().isConnected()) {
                    diffs = ModelMatchesDocker.differences(model.store.snapshot(), lab, lab.host());
                    if (diffs.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            System.out.printf("engine restart: model matched docker service ps %d ms after the engine was back%n",
                    (System.nanoTime() - back) / 1_000_000);
            assertThat(model.store.snapshot().connection().phase()).isEqualTo(Phase.CONNECTED);
            assertThat(diffs).as("model vs docker service ps, 10 s after the engine came back").isEmpty();
        }
    }
}
