// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/// `lorabench.dissect` is shared by the CLI and the GUI, so it may use only the protocol core, Jackson and the JDK
/// (decision 0003).
class DissectArchitectureTest {
    @Test
    void dependsOnlyOnTheProtocolCoreAndJackson() {
        classes().that().resideInAPackage("lorabench.dissect..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("lorabench.dissect..", "lorabench.lorawan..",
                        "com.fasterxml.jackson..", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("lorabench.dissect"));
    }
}
