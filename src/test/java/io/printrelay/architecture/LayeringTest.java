package io.printrelay.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of DESIGN.md that the code itself can be held to: the sandbox is a plug-in nothing imports, the
 * order model depends on nothing else of PrintRelay, connectors are folders that can be removed alone, and no two
 * packages lean on each other.
 */
@AnalyzeClasses(packages = "io.printrelay", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule nothingOutsideTheSandboxDependsOnIt = noClasses()
            .that().resideOutsideOfPackage("io.printrelay.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("io.printrelay.sandbox..")
            .because("the sandbox is a plug-in: a production jar is built without it (-Pproduction)");

    @ArchTest
    static final ArchRule theOrderModelDependsOnNoOtherPrintRelayPackage = noClasses()
            .that().resideInAPackage("io.printrelay.order..")
            .should().dependOnClassesThat().resideInAnyPackage("io.printrelay.api..", "io.printrelay.mapping..",
                    "io.printrelay.fulfilment..", "io.printrelay.tracking..", "io.printrelay.connector..",
                    "io.printrelay.management..", "io.printrelay.config..", "io.printrelay.sandbox..")
            .because("orders, items, folders, shipments and history are the ground everything else stands on");

    @ArchTest
    static final ArchRule connectorsDoNotDependOnEachOther = slices()
            .matching("io.printrelay.connector.(*)..").should().notDependOnEachOther()
            .because("each connector is a folder that can be deleted with its route file and nothing else");

    @ArchTest
    static final ArchRule vendorNeutralPackagesNameNoConnector = noClasses()
            .that().resideInAnyPackage("io.printrelay.mapping..", "io.printrelay.fulfilment..",
                    "io.printrelay.tracking..", "io.printrelay.order..")
            .should().dependOnClassesThat().resideInAPackage("io.printrelay.connector..")
            .because("vendor choice asks each connector (the VendorConnector SPI); shared code names none");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("io.printrelay.(*)..").should().beFreeOfCycles();
}
