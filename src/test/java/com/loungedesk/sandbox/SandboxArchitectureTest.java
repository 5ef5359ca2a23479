package com.loungedesk.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox is a provider: it shares the contract with the clients, not their classes. */
class SandboxArchitectureTest {

    @Test
    void theSandboxUsesNoOtherPartOfLoungeDesk() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.loungedesk");
        noClasses().that().resideInAPackage("com.loungedesk.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("com.loungedesk.app..", "com.loungedesk.api..",
                        "com.loungedesk.journal..", "com.loungedesk.orders..", "com.loungedesk.redemption..",
                        "com.loungedesk.scan..", "com.loungedesk.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("com.loungedesk.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
