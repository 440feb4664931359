package org.csto.dectrack.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package-by-feature rules, checked on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.csto.dectrack");

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.csto.dectrack.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.csto.dectrack.reference..", "org.csto.dectrack.session..",
                        "org.csto.dectrack.document..", "org.csto.dectrack.implementation..", "org.csto.dectrack.summary..", "org.csto.dectrack.demo..")
                .check(CLASSES);
    }

    @Test
    void featuresFormNoCycles() {
        slices().matching("org.csto.dectrack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void resourcesNeverReachAnotherFeaturesRepository() {
        for (String feature : new String[] {"reference", "session", "document", "implementation"}) {
            noClasses().that().haveSimpleNameEndingWith("Resource")
                    .and().resideInAPackage("org.csto.dectrack." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "a repository of another feature",
                            c -> c.getSimpleName().endsWith("Repository")
                                    && !c.getPackageName().startsWith("org.csto.dectrack." + feature)))
                    .check(CLASSES);
        }
    }

    @Test
    void resourcesDoNotOpenTransactions() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        classes().that().resideInAPackage("org.csto.dectrack.demo..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("org.csto.dectrack.demo..")
                .check(CLASSES);
    }
}
