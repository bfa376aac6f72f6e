// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The MVVM rules of STYLE.md §8 for the GUI packages.
class UiArchitectureTest {
    private static JavaClasses ui;

    @BeforeAll
    static void importClasses() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lorabench.ui");
    }

    @Test
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(ui);
    }

    @Test
    void onlyTheApplicationClassExtendsApplication() {
        classes().that().areAssignableTo(javafx.application.Application.class)
                .should().haveFullyQualifiedName(LoraBenchApp.class.getName())
                .check(ui);
    }

    @Test
    void javaCodeNeverSetsInlineStyles() {
        noClasses().should().callMethod(javafx.scene.Node.class, "setStyle", String.class)
                .check(ui);
    }
}
