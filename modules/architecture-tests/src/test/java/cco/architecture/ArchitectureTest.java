package cco.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** cco's own classes obey every rule; fixture classes that break each rule are caught by it. */
class ArchitectureTest {
    private static final JavaClasses CCO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cco");
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture");
    private static final ArchitectureRules PRODUCTION = new ArchitectureRules("cco");
    private static final ArchitectureRules FIXTURE_RULES = new ArchitectureRules("archfixture");

    @Test
    void everyModuleIsImported() {
        for (String module : List.of("cco.domain", "cco.cli", "cco.adapter.bubblewrap", "cco.adapter.docker",
                "cco.adapter.seatbelt", "cco.adapter.credentialfiles", "cco.adapter.installation", "cco.adapter.hostfiles", "cco.adapter.terminal")) {
            assertTrue(CCO.stream().anyMatch(c -> c.getPackageName().startsWith(module)), module + " was not imported");
        }
    }

    @ParameterizedTest(name = "cco obeys: {0}")
    @MethodSource("productionRules")
    void ccoObeys(ArchRule rule) {
        rule.check(CCO);
    }

    static List<ArchRule> productionRules() {
        return PRODUCTION.all();
    }

    static List<Object[]> violations() {
        return List.of(
                violation(ArchitectureRules::domainDependsOnlyOnTheJdk, "DomainUsingALibrary"),
                violation(ArchitectureRules::adaptersDoNotDependOnEachOther, "AdapterOne"),
                violation(ArchitectureRules::onlyTheCliKnowsAdapters, "DomainKnowingAnAdapter"),
                violation(ArchitectureRules::onlyTheCliExits, "AdapterTwo"),
                violation(ArchitectureRules::onlyTheCliUsesTheStandardStreams, "DomainPrinting"));
    }

    private static Object[] violation(Function<ArchitectureRules, ArchRule> rule, String offender) {
        return new Object[] {rule.apply(FIXTURE_RULES), offender};
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("violations")
    void eachRuleCatchesItsViolation(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertTrue(result.hasViolation(), "no violation found");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(offender), report);
        assertFalse(report.contains("CliAllowedEverything"), "the CLI is allowed: " + report);
    }

    @Test
    void theFixturesBreakEveryRule() {
        assertEquals(PRODUCTION.all().size(), violations().size());
    }
}
