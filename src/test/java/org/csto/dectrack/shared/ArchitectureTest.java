package org.csto.dectrack.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
    void resourcesSpeakHttpAndCallServicesOnly() {
        ArchCondition<JavaClass> callNoRepositoryNorOtherResource = new ArchCondition<>("call no repository nor another resource") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (Dependency dependency : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean own = target.equals(resource) || resource.getAllRawSuperclasses().contains(target)
                            || target.getName().startsWith(resource.getName() + "$");
                    boolean repository = target.getSimpleName().endsWith("Repository");
                    boolean otherResource = target.getSimpleName().endsWith("Resource") && !own;
                    if (target.getPackageName().startsWith("org.csto.dectrack") && (repository || otherResource)) {
                        events.add(SimpleConditionEvent.violated(resource, dependency.getDescription()));
                    }
                }
            }
        };
        classes().that().haveSimpleNameEndingWith("Resource").should(callNoRepositoryNorOtherResource).check(CLASSES);
    }

    @Test
    void noMainClassIsLongerThan250Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 250)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
        }
        assertEquals(List.of(), tooLong, "split these by concern");
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
