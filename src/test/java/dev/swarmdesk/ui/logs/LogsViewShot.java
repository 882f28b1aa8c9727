package dev.swarmdesk.ui.logs;

import dev.swarmdesk.cluster.NewsFeed;
import dev.swarmdesk.lab.LabSwarm;
import dev.swarmdesk.lab.LiveModel;
import dev.swarmdesk.ui.fx.FxModelBridge;
import dev.swarmdesk.ui.services.ServicesView;
import dev.swarmdesk.ui.shell.MainWindow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Not a test: opens the main window on the lab swarm with the Logs view on a service, searches,
 * and writes a PNG of the scene. Args: service name, search text, output file, [light|dark], [pause|nofollow].
 */
public final class LogsViewShot {

    private LogsViewShot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    /** The application; the main class must not be one (JavaFX on the class path). */
    public static final class Shot extends Application {

    private LiveModel model;
    private LogsView logs;

    @Override
    @SuppressWarnings("unchecked")
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String service = args.get(0);
        LabSwarm lab = LabSwarm.get();
        model = new LiveModel(lab.connector());
        MainWindow.applyTheme(args.size() > 3 && args.get(3).equals("dark"));
        logs = new LogsView(lab.connector());
        MainWindow window = new MainWindow(new FxModelBridge(model.store, new NewsFeed(Clock.systemUTC())),
                List.of(new ServicesView(), logs));
        stage.setScene(window.scene());
        stage.show();
        window.show("Logs");
        later(1.5, () -> {
            ComboBox<LogChoice> box = (ComboBox<LogChoice>) stage.getScene().lookup("#logs-service");
            box.getItems().stream().filter(c -> c.label().equals(service)).findFirst().ifPresent(box::setValue);
            later(6, () -> {
                ((TextField) stage.getScene().lookup("#logs-search")).setText(args.get(1));
                if (args.size() > 4 && args.get(4).equals("pause")) {
                    ((Button) stage.getScene().lookup("#logs-pause")).fire();
                }
                if (args.size() > 4 && args.get(4).equals("nofollow")) {
                    ((ToggleButton) stage.getScene().lookup("#logs-follow")).fire();
                }
                later(args.size() > 4 ? 3 : 0.5, () -> {
                    try {
                        Path out = Path.of(args.get(2));
                        Files.createDirectories(out.getParent());
                        ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                                new File(out.toString()));
                        System.out.println("wrote " + out);
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    logs.close();
                    model.close();
                    Platform.exit();
                });
            });
        });
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
    }
}
