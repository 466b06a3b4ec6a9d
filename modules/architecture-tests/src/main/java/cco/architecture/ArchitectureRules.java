package cco.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The boundaries of cco's hexagonal architecture, for the packages under one root: the
 * production root {@code cco}, or a fixture root whose classes break each rule on purpose.
 */
public final class ArchitectureRules {
    private final String root;

    public ArchitectureRules(String root) {
        this.root = root;
    }

    /** The domain is pure: it depends on the JDK's java.* packages and on itself, nothing else. */
    public ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends on nothing but the JDK");
    }

    /** Each adapter implements domain ports on its own; sharing code between adapters couples backends. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .as("adapters do not depend on each other");
    }

    /** Only the composition root wires adapters; the domain and other layers know ports only. */
    public ArchRule onlyTheCliKnowsAdapters() {
        return noClasses().that().resideOutsideOfPackages(root + ".cli..", root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .as("only the CLI knows adapters");
    }

    /** Exit codes are decided in one place. */
    public ArchRule onlyTheCliExits() {
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .as("only the CLI ends the process");
    }

    /** Output goes through writers the CLI hands out, so that it can be tested and redirected. */
    public ArchRule onlyTheCliUsesTheStandardStreams() {
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .as("only the CLI touches System.out and System.err");
    }

    public List<ArchRule> all() {
        return List.of(domainDependsOnlyOnTheJdk(), adaptersDoNotDependOnEachOther(), onlyTheCliKnowsAdapters(),
                onlyTheCliExits(), onlyTheCliUsesTheStandardStreams());
    }
}
