package com.loungedesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the console's layering honest: logic in plain view models, staff free of UI. */
class UiArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.loungedesk.ui", "com.loungedesk.staff");

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void staffIsPlainJava() {
        noClasses().that().resideInAPackage("com.loungedesk.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.loungedesk.ui..")
                .check(classes);
    }

    @Test
    void uiUsesNoBackendInternals() {
        noClasses().that().resideInAPackage("com.loungedesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.loungedesk.api..", "com.loungedesk.journal..",
                        "com.loungedesk.sandbox..", "com.loungedesk.app..")
                .check(classes);
    }
}
