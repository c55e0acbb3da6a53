package org.transferdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of ARCHITECTURE.md §1, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.transferdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURE_TOP_LEVELS = {
        "org.transferdesk.common", "org.transferdesk.audit", "org.transferdesk.people", "org.transferdesk.disclosure",
        "org.transferdesk.ip", "org.transferdesk.search", "org.transferdesk.ledger", "org.transferdesk.demo",
        "org.transferdesk.export", "org.transferdesk.settings", "org.transferdesk.deal", "org.transferdesk.reward", "org.transferdesk.calendar", "org.transferdesk.pilot",
        "org.transferdesk.due", "org.transferdesk.fees", "org.transferdesk.dashboard"};

    @ArchTest
    static final ArchRule domainAndServicesUseNeitherJavaFxNorJooq = noClasses()
            .that().resideInAnyPackage(FEATURE_TOP_LEVELS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.transferdesk.db.jooq..")
            .because("domain classes and services stay pure: no UI toolkit, no SQL");

    @ArchTest
    static final ArchRule generatedJooqOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "org.transferdesk.db..")
            .should().dependOnClassesThat().resideInAPackage("org.transferdesk.db.jooq..")
            .because("generated records never leave the persistence edge");

    @ArchTest
    static final ArchRule uiDoesNotReachPersistence = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.jooq..")
            .because("only services talk to repositories");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are tested without the toolkit and hold no Node");

    @ArchTest
    static final ArchRule viewModelsLiveInUiPackages = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule noStaticServiceLocator = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.transferdesk.app.AppContext")
            .because("dependencies come through constructors, wired in the composition root");
}
