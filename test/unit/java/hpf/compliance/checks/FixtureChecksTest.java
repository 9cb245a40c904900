package hpf.compliance.checks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks against small fake components under test/unit/resources/checks/fixtures: a clean one and seeded defects. */
class FixtureChecksTest {
    static Path fixture(String name) {
        return Checks.componentDir().resolve("test/unit/resources/checks/fixtures").resolve(name);
    }

    static Component clean() { return Checks.component(fixture("clean")); }

    static Component defects() { return Checks.component(fixture("defects")); }

    @Test
    void cleanFixturePassesEveryCheck() {
        Component c = clean();
        assertEquals("fixture-clean", c.name);
        StringBuilder b = new StringBuilder();
        for (String check : Checks.ALL.keySet()) {
            List<Problem> ps = Checks.run(check, c);
            if (!ps.isEmpty()) b.append(Checks.report(check, c, ps));
        }
        assertEquals("", b.toString());
    }

    /** Asserts that the check reports a problem in the file (component-relative) whose message contains every fragment. */
    static void assertFinds(String check, Component c, String file, int line, String... fragments) {
        List<Problem> ps = Checks.run(check, c);
        boolean found = ps.stream().anyMatch(p -> p.file().equals(file) && (line <= 0 || p.line() == line)
                && java.util.Arrays.stream(fragments).allMatch(p.message()::contains));
        assertTrue(found, "expected a '" + check + "' problem in " + file + (line > 0 ? ":" + line : "") + " containing "
                + List.of(fragments) + "; got:\n" + ps.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    // ---- seeded defects (fixtures/defects), one test per defect kind

    @Test void xsdCatchesMisspelledEntityAttribute() {
        assertFinds(XsdCheck.NAME, defects(), "entity/DxEntities.xml", 7, "related-entity-name", "not allowed");
    }

    @Test void xsdCatchesMisspelledFindAttribute() {
        assertFinds(XsdCheck.NAME, defects(), "service/dx/CaseServices.xml", 6, "use-cache", "not allowed");
    }

    @Test void xsdCatchesFileWithoutSchemaDeclaration() {
        assertFinds(XsdCheck.NAME, defects(), "service/dx/NoSchemaServices.xml", 2, "no xsi:noNamespaceSchemaLocation");
    }

    @Test void xsdFailsLoudlyWithoutSchemas() {
        Path nowhere = fixture("defects");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> XsdCheck.findXsdDir(nowhere, nowhere.resolve("no-such-dir").toString(), null));
        assertTrue(e.getMessage().contains("-Dmoqui.xsd.dir"), e.getMessage());
    }

    @Test void serviceCheckCatchesUnknownServiceCall() {
        assertFinds(ServiceCheck.NAME, defects(), "service/dx/CaseServices.xml", 9, "dx.CaseServices.archive#Case", "not defined");
    }

    @Test void serviceCheckCatchesUnknownServiceJobService() {
        assertFinds(ServiceCheck.NAME, defects(), "data/DxDemoData.xml", 5, "dx.CaseServices.purge#Cases");
    }

    @Test void serviceCheckCatchesMissingScript() {
        assertFinds(ServiceCheck.NAME, defects(), "service/dx/CaseServices.xml", 12, "getSummary.groovy", "does not exist");
    }

    @Test void entityCheckCatchesUnknownEntity() {
        assertFinds(EntityCheck.NAME, defects(), "service/dx/CaseServices.xml", 8, "dx.cases.CaseNote", "not defined");
        assertFinds(EntityCheck.NAME, defects(), "entity/DxEntities.xml", 10, "dx.cases.Owner", "not defined");
        assertFinds(EntityCheck.NAME, defects(), "data/DxDemoData.xml", 4, "dx.cases.Cases", "not an entity");
    }

    @Test void entityCheckCatchesUnknownFieldInFind() {
        assertFinds(EntityCheck.NAME, defects(), "service/dx/CaseServices.xml", 7, "caseStatusId", "not a field of dx.cases.Case");
    }

    @Test void entityCheckCatchesUnknownFieldInDataFile() {
        assertFinds(EntityCheck.NAME, defects(), "data/DxDemoData.xml", 3, "caseTitle", "not a field of dx.cases.Case");
    }

    @Test void entityCheckCatchesUnknownIndexField() {
        assertFinds(EntityCheck.NAME, defects(), "entity/DxEntities.xml", 12, "caseStatus");
    }
}
