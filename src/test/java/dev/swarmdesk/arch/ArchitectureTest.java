package dev.swarmdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of SwarmDesk's main code. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new ImportOption.DoNotIncludeJars())
                .importPackages("dev.swarmdesk");
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    @Test
    void theMainClassesAreImported() {
        // guards the other rules against passing on an empty import
        assertThat(main.stream().map(JavaClass::getName))
                .contains("dev.swarmdesk.cluster.ClusterStore", "dev.swarmdesk.engine.EngineHttp",
                        "dev.swarmdesk.ui.fx.FxModelBridge", "dev.swarmdesk.cli.SwarmDeskCommand")
                .noneMatch(n -> n.endsWith("Test"));
    }

    @Test
    void javaFxOnlyInTheUiAndTheApp() {
        check(noClasses().that().resideOutsideOfPackages("dev.swarmdesk.ui..", "dev.swarmdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void dockerJavaOnlyInTheEngine() {
        check(noClasses().that().resideOutsideOfPackage("dev.swarmdesk.engine..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava.."));
    }

    @Test
    void onlyTheFxModelBridgeCallsRunLater() {
        // by name, so this test never loads a JavaFX class; nested classes of the bridge count as the bridge
        check(noClasses().that().haveNameNotMatching("dev\\.swarmdesk\\.ui\\.fx\\.FxModelBridge(\\$.*)?")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .because("FxModelBridge is the one hand-off from the model to the FX thread"));
    }

    @Test
    void onlyTheCommandLineAndTheAppWriteToTheConsole() {
        check(noClasses().that().resideOutsideOfPackages("dev.swarmdesk.cli..", "dev.swarmdesk.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("stdout belongs to command output; everything else logs"));
    }

    @Test
    void theDomainDependsOnNothingElseOfSwarmDesk() {
        check(noClasses().that().resideInAPackage("dev.swarmdesk.domain..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.swarmdesk..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("dev.swarmdesk.domain.."))));
    }

    @Test
    void theCoreDoesNotDependOnTheEngineOrTheFaces() {
        check(noClasses().that().resideInAnyPackage("dev.swarmdesk.cluster..", "dev.swarmdesk.ops..",
                        "dev.swarmdesk.listing..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.swarmdesk.engine..", "dev.swarmdesk.cli..",
                        "dev.swarmdesk.ui..", "dev.swarmdesk.app.."));
    }
}
