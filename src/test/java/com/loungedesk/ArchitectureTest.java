package com.loungedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package tree honest: imports point one way, and only ui/app touch the scene graph. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.loungedesk");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(main);
    }

    @Test
    void onlyUiAppAndTheUiBenchImportTheSceneGraph() {
        check(noClasses().that().resideOutsideOfPackages("com.loungedesk.ui..", "com.loungedesk.app..",
                        "com.loungedesk.bench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "javafx.application.."));
    }

    @Test
    void leafPackagesUseNoOtherPartOfTheApp() {
        for (String leaf : new String[] {"api", "journal", "scan", "sandbox", "config", "push", "util"}) {
            check(noClasses().that().resideInAPackage("com.loungedesk." + leaf + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(othersThan(leaf)));
        }
    }

    @Test
    void ordersUsesOnlyApiJournalAndConfig() {
        check(noClasses().that().resideInAPackage("com.loungedesk.orders..").should().dependOnClassesThat()
                .resideInAnyPackage("com.loungedesk.redemption..", "com.loungedesk.ui..", "com.loungedesk.app..",
                        "com.loungedesk.scan..", "com.loungedesk.sandbox.."));
    }

    @Test
    void redemptionNeverReachesUpIntoUiOrApp() {
        check(noClasses().that().resideInAPackage("com.loungedesk.redemption..").should().dependOnClassesThat()
                .resideInAnyPackage("com.loungedesk.ui..", "com.loungedesk.app..", "com.loungedesk.sandbox.."));
    }

    @Test
    void uiNeverTalksToTheNetworkOrDatabaseDirectly() {
        check(noClasses().that().resideInAPackage("com.loungedesk.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("okhttp3..", "java.sql..", "com.loungedesk.api..", "com.loungedesk.journal..",
                        "com.loungedesk.sandbox..", "com.loungedesk.app.."));
    }

    @Test
    void nobodyButAppDependsOnApp() {
        check(noClasses().that().resideOutsideOfPackage("com.loungedesk.app..").should().dependOnClassesThat()
                .resideInAPackage("com.loungedesk.app.."));
    }

    @Test
    void benchmarkCodeLivesInTheBenchTreeAndOnlyAppWiresIt() {
        check(noClasses().that().resideOutsideOfPackages("com.loungedesk.bench..", "com.loungedesk.app..")
                .should().dependOnClassesThat().resideInAPackage("com.loungedesk.bench.."));
    }

    private static String[] othersThan(String leaf) {
        return java.util.stream.Stream.of("api", "journal", "scan", "sandbox", "redemption", "orders", "ui", "app",
                        "staff", "bench", "push", "util")
                .filter(p -> !p.equals(leaf) && !p.equals("util")).map(p -> "com.loungedesk." + p + "..").toArray(String[]::new);
    }
}
