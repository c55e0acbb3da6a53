package org.transferdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the architecture guide (src/site/markdown/architecture.md), on the compiled classes. */
@AnalyzeClasses(packages = "org.transferdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURE_TOP_LEVELS = {
        "org.transferdesk.common", "org.transferdesk.audit", "org.transferdesk.people", "org.transferdesk.disclosure",
        "org.transferdesk.ip", "org.transferdesk.search", "org.transferdesk.ledger", "org.transferdesk.demo",
        "org.transferdesk.export", "org.transferdesk.settings", "org.transferdesk.deal", "org.transferdesk.reward", "org.transferdesk.calendar", "org.transferdesk.pilot",
        "org.transferdesk.due", "org.transferdesk.fees", "org.transferdesk.dashboard", "org.transferdesk.institution",
        "org.transferdesk.report"};

    /** One of the named classes, or a class nested in one (its lambdas' and inner classes' code is its own). */
    private static DescribedPredicate<JavaClass> oneOf(String description, String... classNames) {
        return DescribedPredicate.describe(description, c -> java.util.Arrays.stream(classNames)
                .anyMatch(name -> c.getName().equals(name) || c.getName().startsWith(name + "$")));
    }

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

    /** Where the system clock is chosen: the app's start, the CLI's root command and the benchmarks. */
    private static final String[] COMPOSITION_ROOTS = {
        "org.transferdesk.app.TransferDeskApp", "org.transferdesk.cli.TransferDeskCommand",
        "org.transferdesk.cli.CliCommand", "org.transferdesk.cli.BenchmarkCommand",
        "org.transferdesk.cli.ReportBenchmarkCommand", "org.transferdesk.cli.StartupBenchmarkCommand"};

    private static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
            "an argument-less now() of java.time, Clock.system*() or System.currentTimeMillis()", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean noArgs = call.getTarget().getRawParameterTypes().isEmpty();
                return owner.startsWith("java.time.") && name.equals("now") && noArgs
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis");
            });

    private static final DescribedPredicate<JavaClass> A_COMPOSITION_ROOT = oneOf("a composition root",
            COMPOSITION_ROOTS);

    @ArchTest
    static final ArchRule timeComesFromTheApplicationsClock = noClasses()
            .that(DescribedPredicate.not(A_COMPOSITION_ROOT))
            .should().callMethodWhere(READS_THE_WALL_CLOCK)
            .because("every today and now comes from the application's Clock (fixed in tests), so nothing "
                    + "changes when the machine's date moves on");

    @ArchTest
    static final ArchRule noStaticServiceLocator = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.transferdesk.bootstrap.AppContext")
            .because("dependencies come through constructors, wired in the composition root");

    /**
     * The CLI's classes that see the whole AppContext: the base command, which opens and closes it, and the
     * benchmark commands, which measure the whole application (issue 23 item 3).
     */
    private static final String[] WHOLE_CONTEXT_COMMANDS = {
        "org.transferdesk.cli.CliCommand", "org.transferdesk.cli.BenchmarkCommand",
        "org.transferdesk.cli.ReportBenchmarkCommand", "org.transferdesk.cli.StartupBenchmarkCommand",
        "org.transferdesk.cli.ImportBenchmarkCommand", "org.transferdesk.cli.SaveBenchmarkCommand"};

    private static final DescribedPredicate<JavaClass> A_WHOLE_CONTEXT_COMMAND = oneOf(
            "the base command or a benchmark command", WHOLE_CONTEXT_COMMANDS);

    private static final DescribedPredicate<JavaAccess<?>> USES_THE_CONTEXT_OUTSIDE_THE_CONSTRUCTOR =
            DescribedPredicate.describe("AppContext's methods anywhere but in the constructor (or its lambda)",
                    access -> access.getTargetOwner().getName().equals("org.transferdesk.bootstrap.AppContext")
                            && !access.getOrigin().isConstructor()
                            && !access.getOrigin().getName().startsWith("lambda$new$"));

    @ArchTest
    static final ArchRule commandsSeeOnlyTheServicesTheyName = noClasses()
            .that().resideInAPackage("org.transferdesk.cli")
            .and(DescribedPredicate.not(A_WHOLE_CONTEXT_COMMAND))
            .should().accessTargetWhere(USES_THE_CONTEXT_OUTSIDE_THE_CONSTRUCTOR)
            .because("a command's constructor names the few services it takes from the context and its body sees "
                    + "only those, so what a command can reach is written in its type (issue 23 item 3)");

    @ArchTest
    static final ArchRule windowsSeeOnlyTheServicesTheyName = noClasses()
            .that().resideInAPackage("org.transferdesk.app")
            .and().doNotHaveSimpleName("Gui").and().doNotHaveSimpleName("TransferDeskApp")
            .and().doNotHaveSimpleName("ShellCommands")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.transferdesk.bootstrap.AppContext")
            .because("each window group gets a record of the services it uses from the composition root (Gui), so "
                    + "what it can reach is written in its type; only the start, the composition root and the shell's "
                    + "commands, which back up and close the database, hold the whole context (issue 23 item 3)");

    /** The wide records whose components are set by name through their Jilt builders (issue 23 item 4). */
    private static final java.util.Set<String> BUILT_RECORDS = java.util.Set.of(
            "org.transferdesk.deal.Deal", "org.transferdesk.pilot.PilotCase", "org.transferdesk.disclosure.Disclosure");

    private static final DescribedPredicate<JavaConstructorCall> BUILDS_A_WIDE_RECORD_BY_POSITION =
            DescribedPredicate.describe("the canonical constructor of Deal, PilotCase or Disclosure",
                    call -> BUILT_RECORDS.contains(call.getTargetOwner().getName()));

    private static final DescribedPredicate<JavaClass> A_RECORD_BUILDER = DescribedPredicate.describe(
            "the record's generated builder", c -> BUILT_RECORDS.contains(c.getName().replaceFirst("Builder$", "")));

    @ArchTest
    static final ArchRule wideRecordsAreBuiltByName = noClasses()
            .that(DescribedPredicate.not(A_RECORD_BUILDER))
            .should().callConstructorWhere(BUILDS_A_WIDE_RECORD_BY_POSITION)
            .because("two dozen positional arguments let adjacent dates or amounts be swapped silently; "
                    + "DealBuilder, PilotCaseBuilder and DisclosureBuilder set each component by name");

    /**
     * Every top-level package is a slice, features and the shared ones (common, ui, export, bootstrap, app, cli)
     * alike: a lower one that needs something from a higher one declares a small interface, supplied by
     * constructor at composition (for example disclosure.ResultDeals, people.InventorResults, fees.FeePlans).
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.transferdesk.(*)..")
            .should().beFreeOfCycles()
            .because("features depend downward only, so one can change without the ones above it");

    /** The start-up check and the bare baseline window print the lines the installer and benchmark read. */
    private static final String[] CHILD_PROCESS_PRINTERS = {
        "org.transferdesk.app.StartupCheck", "org.transferdesk.app.BareWindow"};

    private static final DescribedPredicate<JavaClass> A_CHILD_PROCESS_PRINTER = DescribedPredicate.describe(
            "the start-up check or the bare window", c -> java.util.Arrays.stream(CHILD_PROCESS_PRINTERS)
                    .anyMatch(p -> c.getName().equals(p) || c.getName().startsWith(p + "$")));

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses()
            .that().resideOutsideOfPackage("org.transferdesk.cli..")
            .and(DescribedPredicate.not(A_CHILD_PROCESS_PRINTER))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the GUI logs and shows dialogs; only the CLI writes to the console, and the start-up check "
                    + "and the bare window print the one line the installer's smoke test and `benchmark startup` "
                    + "read from the child process");

    /** What {@code audit} may use: the shared packages and the database edge, never a feature (issue 23 item 2). */
    private static final DescribedPredicate<JavaClass> A_FEATURE = DescribedPredicate.describe(
            "a feature (any org.transferdesk package but audit, common and db)", c -> {
                String pkg = c.getPackageName();
                return pkg.startsWith("org.transferdesk.") && !pkg.startsWith("org.transferdesk.audit")
                        && !pkg.startsWith("org.transferdesk.common") && !pkg.startsWith("org.transferdesk.db");
            });

    @ArchTest
    static final ArchRule auditKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.transferdesk.audit..")
            .should().dependOnClassesThat(A_FEATURE)
            .because("each feature supplies the labels of its own audit rows (AuditLabels), so audit sits below "
                    + "every feature and takes part in no cycle");
}
