package org.clusterhub.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout of STYLE.md, enforced: contexts talk through their api, the UI sees only api records. */
class ArchitectureTest {

    static final List<String> CONTEXTS = List.of("cluster", "zone", "identity", "supervision", "subsidy", "project",
            "consortium", "challenge", "activity", "dashboard", "operations");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clusterhub");
    }

    @Test
    void aContextUsesAnotherContextOnlyThroughItsApi() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("org.clusterhub." + context + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("another context's internals",
                            (JavaClass target) -> CONTEXTS.stream().filter(other -> !other.equals(context))
                                    .anyMatch(other -> target.getPackageName().startsWith("org.clusterhub." + other + ".")
                                            && !target.getPackageName().equals("org.clusterhub." + other + ".api"))))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void contextsHaveNoCycles() {
        slices().matching("org.clusterhub.(cluster|zone|identity|supervision|subsidy|project|consortium|challenge|activity|operations)..")
                .should().beFreeOfCycles().check(classes);
    }

    @Test
    void theUiDependsOnlyOnApiRecordsAndSharedKernel() {
        noClasses().that().resideInAPackage("org.clusterhub.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.clusterhub.*.command..",
                        "org.clusterhub.*.query..", "org.clusterhub.*.web..", "org.clusterhub.infrastructure..",
                        "org.clusterhub.app..", "org.springframework.data..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void theBackendNeverReachesForTheUiOrTheInfrastructure() {
        noClasses().that().resideInAnyPackage("org.clusterhub.shared..", "org.clusterhub.cluster..",
                        "org.clusterhub.zone..", "org.clusterhub.identity..", "org.clusterhub.supervision..",
                        "org.clusterhub.operations..")
                .should().dependOnClassesThat().resideInAnyPackage("org.clusterhub.ui..",
                        "org.clusterhub.infrastructure..", "org.clusterhub.app..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void apiPackagesHoldOnlyRecordsAndEnumsWithoutFrameworkTypes() {
        classes().that().resideInAPackage("org.clusterhub.*.api")
                .and().areTopLevelClasses()
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(DescribedPredicate.describe(
                        "a record or an enum", (JavaClass c) -> c.isRecord() || c.isEnum())))
                .check(classes);
        noClasses().that().resideInAPackage("org.clusterhub.*.api")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void aggregatesKnowNothingOfTheReadModelStore() {
        noClasses().that().resideInAPackage("org.clusterhub.*.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "com.mongodb..",
                        "org.bson..")
                .check(classes);
    }

    @Test
    void onlyProjectionsWriteReadModels() {
        noClasses().that().resideOutsideOfPackages("org.clusterhub.*.query..", "org.clusterhub.infrastructure..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.data.mongodb.core.MongoTemplate")
                .check(classes);
    }
}
