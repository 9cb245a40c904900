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

    @Test void screenCheckCatchesMissingSubscreenLocation() {
        assertFinds(ScreenCheck.NAME, defects(), "screen/DxRoot.xml", 5, "DxRoot/Archive.xml", "does not exist");
        assertFinds(ScreenCheck.NAME, defects(), "screen/DxRoot.xml", 9, "DxRoot/Summary.xml", "does not exist");
    }

    @Test void screenCheckCatchesMissingDefaultItemAndBadUrl() {
        assertFinds(ScreenCheck.NAME, defects(), "screen/DxRoot.xml", 4, "default-item 'Dashboard'");
        assertFinds(ScreenCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 4, "'../EditCase'", "does not resolve");
    }

    @Test void screenCheckCatchesUnknownFrameworkTemplate() {
        assertFinds(ScreenCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 9, "#enumDropDwn", "known framework location");
    }

    @Test void statusCheckCatchesStatusItemWithoutFlowTransition() {
        assertFinds(StatusCheck.NAME, defects(), "data/DxTypeData.xml", 6, "'DxCsOrphan'", "no StatusFlowTransition");
    }

    @Test void statusCheckCatchesUndefinedStatusAndEnum() {
        assertFinds(StatusCheck.NAME, defects(), "data/DxTypeData.xml", 12, "'DxCsGone' is not defined");
        assertFinds(StatusCheck.NAME, defects(), "data/DxTypeData.xml", 11, "'DxCtComplex' is not defined");
        assertFinds(StatusCheck.NAME, defects(), "service/dx/ReportServices.xml", 6, "'DxCsReopened' is not defined");
    }

    @Test void l10nCheckCatchesMissingZhTranslation() {
        // a French row does not count
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot.xml", 8, "'Open cases'", "no zh");
        assertFinds(L10nCheck.NAME, defects(), "service/dx/ReportServices.xml", 15, "'Case reopened'");
        assertFinds(L10nCheck.NAME, defects(), "service/dx/ReportServices.xml", 8, "'Case missing'");
        assertFinds(L10nCheck.NAME, defects(), "data/DxTypeData.xml", 10, "DxCtSimple", "'Simple'");
    }

    @Test void l10nCheckDerivesFieldTitlesLikeMoqui() {
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 7, "derived title 'Case ID'");
        // a list column's header comes from its default-field when it has one, not from a titled conditional field
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 10, "list field nextStep", "derived title 'Next Step'");
        assertEquals("Ticket Type Enum ID", L10nCheck.prettyTitle("ticketTypeEnumId"));
        assertEquals("Address 1", L10nCheck.prettyTitle("address1"));
    }

    @Test void l10nCheckCatchesTranslatedFrameworkWords() {
        // the framework's own app-list title, translated by a component: the first breadcrumb of every page changes
        assertFinds(L10nCheck.NAME, defects(), "data/DxL10nData.xml", 3, "'Applications'", "apps.xml", "original of its own");
        // a word the framework translates itself is never redefined
        assertFinds(L10nCheck.NAME, defects(), "data/DxL10nData.xml", 4, "'Status'", "translates itself");
        // the framework-words file holds exact framework originals only
        assertFinds(L10nCheck.NAME, defects(), "data/DxL10nFrameworkData.xml", 3, "'Find options'", "not an original the framework shows");
        // the same framework word in the framework-words file is fine (clean fixture: FxL10nFrameworkData.xml)
        assertTrue(Checks.run(L10nCheck.NAME, clean()).isEmpty());
    }

    @Test void l10nCheckCatchesConflictingTranslations() {
        assertFinds(L10nCheck.NAME, defects(), "data/DxL10nData.xml", 6, "'Reopen'", "translated twice", "重新打开", "再次处理");
        assertFinds(L10nCheck.NAME, defects(), "data/DxL10nData.xml", 12, "original of 291 characters", "at most 255");
    }

    @Test void l10nCheckCatchesSubscreenTitledLikeItsParentOrSibling() {
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 3, "'Defect Cases'", "parent screen screen/DxRoot.xml");
        // compared in Chinese: 'Review' and 'Reviews' both read 评审
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/Review/ReviewDetail.xml", 3, "'Review' (zh 评审)", "parent");
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/Review/ReviewHistory.xml", 3, "(zh 评审列表)", "sibling screen/DxRoot/Review/FindReview.xml");
    }

    @Test void l10nCheckCatchesUntitledConditionalFieldOfASingleForm() {
        // Moqui labels it with the name split into words: an empty field labelled "Submit Button"
        assertFinds(L10nCheck.NAME, defects(), "screen/DxRoot/FindCase.xml", 14, "conditional-field has no title", "'Submit Button'");
    }

    @Test void frameworkWordsListHoldsTheFrameworkOriginalsOfThePages() {
        java.util.Map<String, String> words = L10nCheck.frameworkUiWords();
        for (String w : List.of("Applications", "Find Options", "Columns", "Saved Finds", "No results found", "Page #", "Row Actions",
                "Field cannot be empty", "Cancel", "Submit")) {
            assertTrue(words.containsKey(w), w + " missing from checks/framework-ui-words.txt");
        }
        // hard-coded in the Quasar JavaScript, not localized by Moqui: a LocalizedMessage could not reach it
        assertTrue(!words.containsKey("Submit successful"));
    }

    @Test void frameworkWordsAreCollectedFromScreensTemplatesAndCode(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path runtime = java.nio.file.Files.createDirectories(tmp.resolve("runtime/base-component/webroot/screen/webroot"));
        java.nio.file.Files.writeString(runtime.resolve("apps.xml"), "<screen default-menu-title=\"Applications\"><widgets>"
                + "<label text=\"Choose an Application\"/><form-single name=\"F\"><field name=\"userFullName\"><default-field>"
                + "<display/></default-field></field></form-single></widgets></screen>");
        Path macros = java.nio.file.Files.createDirectories(tmp.resolve("runtime/template/screen-macro"));
        java.nio.file.Files.writeString(macros.resolve("M.qvt.ftl"), "<b>${ec.getL10n().localize(\"Find Options\")}</b> ${ec.l10n.localize('Thru')}");
        Path libs = java.nio.file.Files.createDirectories(tmp.resolve("runtime/base-component/webroot/screen/webroot/libs"));
        java.nio.file.Files.writeString(libs.resolve("x.js"), "l10n.localize(\"Third Party\")");
        Path fwSrc = java.nio.file.Files.createDirectories(tmp.resolve("framework/framework/src/main/java"));
        java.nio.file.Files.writeString(fwSrc.resolve("S.java"), "class S { static String MSG_REQUIRED = \"Please enter a value\"; "
                + "void f() { eci.getL10n().localize(\"Field cannot be empty\"); } }");
        java.util.Map<String, String> w = FrameworkWords.collect(tmp.resolve("runtime"), tmp.resolve("framework"));
        assertEquals(java.util.Set.of("Applications", "Choose an Application", "User Full Name", "Find Options", "Thru",
                "Please enter a value", "Field cannot be empty"), w.keySet());
        assertEquals("moqui-runtime/base-component/webroot/screen/webroot/apps.xml", w.get("Applications"));
    }

    @Test void groovyCheckCatchesSyntaxError() {
        assertFinds(GroovyCheck.NAME, defects(), "service/dx/CaseServices/countCases.groovy", 6, "Unexpected input");
        assertFinds(GroovyCheck.NAME, defects(), "service/dx/ReportServices.xml", 14, "script:");
        assertFinds(GroovyCheck.NAME, defects(), "service/dx/ReportServices.xml", 8, "if condition:");
    }

    @Test void groovyCheckCatchesMisspelledJdkClassButAcceptsMoquiClasses() {
        assertFinds(GroovyCheck.NAME, defects(), "service/dx/CaseServices/sumCases.groovy", 1, "ConcurrentHashMapp");
        List<Problem> ps = Checks.run(GroovyCheck.NAME, defects());
        assertTrue(ps.stream().noneMatch(p -> p.message().contains("org.moqui") || p.message().contains("EntityList")), ps.toString());
    }

    @Test void xsdValidatesTemplatesThatDeclareAMoquiSchemaOnly() {
        assertFinds(XsdCheck.NAME, defects(), "template/DxWidgets.xml", 4, "combo-box");
        List<Path> checked = XsdCheck.filesToValidate(clean());
        assertTrue(checked.stream().anyMatch(p -> p.endsWith("template/FxWidgets.xml")), checked.toString());
        assertTrue(checked.stream().noneMatch(p -> p.endsWith("template/FxLetter.xml")), checked.toString());
    }

    @Test void xsdDirIsFoundInTheDocumentedOrder(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path comp = java.nio.file.Files.createDirectories(tmp.resolve("work/main"));
        Path shared = java.nio.file.Files.createDirectories(tmp.resolve("work/shared/moqui/xsd"));
        Path home = java.nio.file.Files.createDirectories(tmp.resolve("moqui/framework/xsd"));
        Path prop = java.nio.file.Files.createDirectories(tmp.resolve("prop"));
        for (Path d : List.of(shared, home, prop)) java.nio.file.Files.writeString(d.resolve("xml-screen-3.xsd"), "<x/>");
        assertEquals(prop, XsdCheck.findXsdDir(comp, prop.toString(), tmp.resolve("moqui").toString()));
        assertEquals(home, XsdCheck.findXsdDir(comp, null, tmp.resolve("moqui").toString()));
        assertEquals(home, XsdCheck.findXsdDir(comp, tmp.resolve("nothing").toString(), tmp.resolve("moqui").toString()));
        assertEquals(shared, XsdCheck.findXsdDir(comp, null, null));
    }
    @Test void guardCheckCatchesUnguardedActionTransitions() {
        assertFinds(ActionGuardCheck.NAME, defects(), "screen/DxRoot/CaseQueue.xml", 4, "'closeCase'", "no condition mayRun('closeCase')");
        assertFinds(ActionGuardCheck.NAME, defects(), "screen/DxRoot/CaseQueue.xml", 5, "'escalateCase'", "inside actions");
        assertFinds(ActionGuardCheck.NAME, defects(), "screen/DxRoot/CaseQueue.xml", 4, "dx.CaseServices.close#Case", "no ArtifactGroup");
    }

    @Test void guardCheckCatchesActionsShownToEveryUser() {
        // a dialog without condition, and a link guarded with another transition's check
        assertFinds(ActionGuardCheck.NAME, defects(), "screen/DxRoot/CaseQueue.xml", 9, "form-single", "'closeCase'", "every user");
        assertFinds(ActionGuardCheck.NAME, defects(), "screen/DxRoot/CaseQueue.xml", 13, "link", "'escalateCase'", "every user");
    }

    @Test void guardCheckCatchesRestMethodsOutsideTheGuard() {
        assertFinds(ActionGuardCheck.NAME, defects(), "service/dx.rest.xml", 5, "REST method post", "no ArtifactGroup");
        assertFinds(ActionGuardCheck.NAME, defects(), "service/dx.rest.xml", 7, "entity operation", "404");
    }

    @Test void guardCheckAcceptsGuardsThroughVariablesAndNestedGroups() {
        // clean: a link guarded by a variable set from mayRun, a service named by a nested <artifacts> row
        assertTrue(Checks.run(ActionGuardCheck.NAME, clean()).isEmpty());
        assertTrue(ActionGuardCheck.groupedServices(clean()).containsAll(List.of("fx.TicketServices.create#Ticket", "fx.TicketServices.close#Ticket")));
    }
}
