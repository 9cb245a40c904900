package hpf.compliance.moqui

import org.junit.jupiter.api.AfterAll
import org.junit.platform.suite.api.SelectPackages
import org.junit.platform.suite.api.Suite
import org.moqui.Moqui

/** Every spec that needs a running Moqui lives in this package; build.gradle runs only this suite. */
@Suite
@SelectPackages("hpf.compliance.moqui")
class HpfComplianceSuite {
    @AfterAll
    static void destroyMoqui() { Moqui.destroyActiveExecutionContextFactory() }
}
