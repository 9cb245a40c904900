package hpf.compliance.checks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real thing: every offline check run against this component (system property component.dir = project basedir).
 * A failure lists every problem of that check as file:line:col: [check] message.
 */
class ComponentChecksTest {
    static Component component;

    @BeforeAll
    static void load() {
        component = Checks.component(Checks.componentDir());
    }

    @Test void xmlFilesValidateAgainstMoquiSchemas() { Checks.assertClean(XsdCheck.NAME, component); }

    @Test void calledServicesExist() { Checks.assertClean(ServiceCheck.NAME, component); }

    @Test void entitiesAndFieldsExist() { Checks.assertClean(EntityCheck.NAME, component); }

    @Test void screenLocationsAndUrlsResolve() { Checks.assertClean(ScreenCheck.NAME, component); }

    @Test void statusesAndEnumsAreDefinedAndInFlows() { Checks.assertClean(StatusCheck.NAME, component); }

    @Test void labelsHaveZhTranslations() { Checks.assertClean(L10nCheck.NAME, component); }

    @Test void groovyCompiles() { Checks.assertClean(GroovyCheck.NAME, component); }

    @Test void actionsAreGuarded() { Checks.assertClean(ActionGuardCheck.NAME, component); }
}
