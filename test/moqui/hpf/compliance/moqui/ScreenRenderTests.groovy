package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import org.slf4j.Logger
import org.slf4j.LoggerFactory
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

/**
 * Every screen of the app renders without error for each demo role, with authorization on; branch staff are refused
 * the configuration area. The screens without required parameters are found from the screen tree, so screens added
 * later are covered too; screens with required parameters are opened on demo records.
 */
class ScreenRenderTests extends Specification {
    protected final static Logger logger = LoggerFactory.getLogger(ScreenRenderTests.class)

    static final String PASSWORD = "hpf@2026"
    static final List<String> USERS = ["hpf.admin", "hpf.leader", "hpf.office", "hpf.it", "hpf.audit", "hpf.chengqu", "hpf.huayang"]
    static final List<String> BRANCH_USERS = ["hpf.chengqu", "hpf.huayang"]
    static final List<String> PARAMETER_PATHS = [
            "Campaign/EditCampaign?campaignId=YQ2026",
            "Campaign/EditMeeting?meetingId=YQ2026M01",
            "Unit/UnitDetail?unitId=U140301000013",
            "Admin/EditBranch?branchId=YQ01",
    ]

    @Shared ExecutionContext ec
    @Shared ScreenTest screenTest
    @Shared List<String> screenPaths

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        screenTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
        screenPaths = (screenTest.getNoRequiredParameterPaths([] as Set<String>) + PARAMETER_PATHS).unique()
        logger.info("HPF screens to render for each demo user: ${screenPaths}")
    }

    def cleanupSpec() {
        logger.info("Rendered ${screenTest.renderCount} HPF screens (${screenTest.errorCount} errors, refusals included)")
        ec.destroy()
    }

    def cleanup() {
        ec.message.clearAll()
        if (ec.user.userId) ec.user.logoutUser()
    }

    def "the demo screens to render include every area"() {
        expect:
        ["Home", "Campaign/FindCampaign", "Campaign/FindMeeting", "Unit/FindUnit", "Admin/FindBranch", "Admin/FindBranchStaff"]
                .every { path -> screenPaths.any { it == path || it.endsWith("/" + path) } }
    }

    @Unroll
    def "#username renders #screenPath"() {
        when:
        boolean loggedIn = ec.user.loginUser(username, PASSWORD)
        ScreenTestRender str = screenTest.render(screenPath, [lastStandalone: "-2"], null)
        boolean refused = username in BRANCH_USERS && screenPath.startsWith("Admin")
        if (str.errorMessages && !refused) logger.warn("${username} on ${screenPath}: ${str.errorMessages}")

        then:
        loggedIn
        refused ? str.errorMessages.any { it.contains("ArtifactAuthorizationException") || it.contains("not authorized") }
                : str.errorMessages.isEmpty()

        where:
        [username, screenPath] << [USERS, screenPaths].combinations()
    }
}
