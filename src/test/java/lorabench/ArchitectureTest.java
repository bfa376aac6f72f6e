// SPDX-License-Identifier: Apache-2.0
package lorabench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The one-way arrows of DESIGN.md and STYLE.md, enforced from the first commit.
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lorabench");
    }

    @Test
    void protocolCoreDependsOnNothingElse() {
        noClasses().that().resideInAPackage("lorabench.lorawan..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "com.fasterxml..", "lorabench.store..", "lorabench.server..",
                        "lorabench.sim..", "lorabench.api..", "lorabench.ui..", "lorabench.cli..", "lorabench.app..",
                        "lorabench.packetforwarder..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /// The allow-list form of the rule above (issue #2: "JDK and BouncyCastle only"): no other library and no other
    /// project package, including those that the deny-list does not name (dissect, bench...).
    @Test
    void protocolCoreUsesOnlyTheJdkAndBouncyCastle() {
        classes().that().resideInAPackage("lorabench.lorawan..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "lorabench.lorawan..", "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void storeKnowsOnlyTheProtocolCore() {
        noClasses().that().resideInAPackage("lorabench.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "lorabench.server..", "lorabench.sim..", "lorabench.api..", "lorabench.ui..",
                        "lorabench.cli..", "lorabench.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void serverNeverReachesUpwards() {
        noClasses().that().resideInAPackage("lorabench.server..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "lorabench.ui..", "lorabench.api..", "lorabench.sim..", "lorabench.cli..",
                        "lorabench.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void simulatorReachesTheServerOnlyThroughAGatewayLink() {
        noClasses().that().resideInAPackage("lorabench.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "lorabench.server..", "lorabench.store..", "lorabench.api..", "lorabench.ui..",
                        "lorabench.cli..", "lorabench.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packetForwarderProtocolIsSharedByServerAndSimulatorOnly() {
        noClasses().that().resideInAPackage("lorabench.packetforwarder..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "lorabench.server..", "lorabench.store..", "lorabench.sim..", "lorabench.api..",
                        "lorabench.ui..", "lorabench.cli..", "lorabench.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void clockDependsOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("lorabench.clock..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "lorabench.lorawan..", "lorabench.server..", "lorabench.store..",
                        "lorabench.sim..", "lorabench.api..", "lorabench.ui..", "lorabench.cli..", "lorabench.app..",
                        "lorabench.packetforwarder..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void vendorApisStayInTheirOwnPackages() {
        for (String vendor : new String[] {"orbiwise", "orion", "ttnv2", "packages"}) {
            noClasses().that().resideInAPackage("lorabench.api." + vendor + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "javafx..", "lorabench.ui..", "lorabench.cli..", "lorabench.app..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void apisDoNotReachIntoTheSimulatorOrTheUi() {
        noClasses().that().resideInAnyPackage("lorabench.api.orbiwise..", "lorabench.api.orion..",
                        "lorabench.api.ttnv2..", "lorabench.api.packages..")
                .should().dependOnClassesThat().resideInAnyPackage("lorabench.sim..", "lorabench.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void libraryCodeNeverPrintsToStandardStreams() {
        noClasses().that().resideInAnyPackage("lorabench.lorawan..", "lorabench.store..", "lorabench.server..",
                        "lorabench.sim..", "lorabench.api..", "lorabench.packetforwarder..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .allowEmptyShould(true)
                .check(classes);
    }
}
