package hpf.compliance.moqui

import org.moqui.context.ArtifactExecutionInfo
import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Unroll

/**
 * Branch data scope: a branch user (hpf.chengqu, 城区管理部 YQ01) sees only its own branch's units — in the unit list,
 * on a unit's page, through entity finds under the app's authorization and through the REST API — while the office
 * (hpf.office) sees every branch. The demo users' passwords are checked against the stored hashes on the way.
 */
class SecurityBranchScopeTests extends HpfSpec {
    static final String PASSWORD = "hpf@2026"
    static final String APP_ROOT = "component://hpf-compliance/screen/HpfCompliance.xml"

    @Shared EntityValue ownUnit
    @Shared EntityValue otherUnit

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        ownUnit = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ01").orderBy("unitAccountNo")
                .disableAuthz().list().getFirst()
        otherUnit = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ02").orderBy("unitAccountNo")
                .disableAuthz().list().getFirst()
    }

    @Unroll
    def "demo user #username logs in with the demo password, in Chinese and Beijing time"() {
        when:
        boolean ok = ec.user.loginUser(username, PASSWORD)

        then:
        ok
        ec.user.locale.toString() == "zh_CN"
        ec.user.timeZone.getID() == "Asia/Shanghai"
        ec.user.isInGroup(group)

        where:
        username        | group
        "hpf.admin"     | "HPF_ADMIN"
        "hpf.leader"    | "HPF_LEADER"
        "hpf.office"    | "HPF_OFFICE"
        "hpf.it"        | "HPF_IT"
        "hpf.audit"     | "HPF_AUDIT"
        "hpf.chengqu"   | "HPF_BRANCH"
        "hpf.kuangqu"   | "HPF_BRANCH"
        "hpf.huayang"   | "HPF_BRANCH"
    }

    def "a wrong password is refused"() {
        expect:
        !ec.user.loginUser("hpf.chengqu", "hpf@2025")
    }

    def "the unit list of a branch user holds only its own branch's units"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender all = appTest.render("Unit/FindUnit", [pageSize: "500"], null)
        ScreenTestRender asked = appTest.render("Unit/FindUnit", [branchId: "YQ02", pageSize: "500"], null)
        List<String> otherNames = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ02")
                .disableAuthz().list()*.unitName

        then:
        all.errorMessages.isEmpty()
        all.assertContains(ownUnit.unitName as String)
        otherNames.every { all.assertNotContains(it as String) }
        asked.errorMessages.isEmpty()
        otherNames.every { asked.assertNotContains(it as String) }
    }

    def "a branch user cannot open another branch's unit, the office can"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender own = appTest.render("Unit/UnitDetail", [unitId: ownUnit.unitId], null)
        ScreenTestRender other = appTest.render("Unit/UnitDetail", [unitId: otherUnit.unitId], null)
        ec.user.logoutUser()
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender office = appTest.render("Unit/UnitDetail", [unitId: otherUnit.unitId], null)

        then:
        own.errorMessages.isEmpty()
        own.assertContains(ownUnit.unitName as String)
        other.assertNotContains(otherUnit.unitName as String)
        other.assertNotContains(otherUnit.usccCode as String)
        office.errorMessages.isEmpty()
        office.assertContains(otherUnit.unitName as String)
    }

    def "entity finds under the app's authorization are narrowed to the user's branch"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ArtifactExecutionInfo aei = ec.artifactExecution.push(APP_ROOT, ArtifactExecutionInfo.AT_XML_SCREEN,
                ArtifactExecutionInfo.AUTHZA_VIEW, true)
        long ownCount, otherCount, viewOtherCount
        List<String> seenBranches
        try {
            ec.service.sync().name("hpf.security.BranchScopeServices.setup#UserBranchContext").call()
            ownCount = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ01").count()
            otherCount = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ02").count()
            viewOtherCount = ec.entity.find("hpf.compliance.EmployerUnitAndBranch").condition("unitId", otherUnit.unitId).count()
            seenBranches = ec.entity.find("hpf.compliance.EmployerUnit").selectField("branchId").distinct(true).list()*.branchId
        } finally {
            ec.artifactExecution.pop(aei)
        }
        long allYq01 = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ01").disableAuthz().count()

        then:
        ec.user.context.userBranchIds == ["YQ01"]
        ownCount == allYq01
        ownCount > 0
        otherCount == 0
        viewOtherCount == 0
        seenBranches == ["YQ01"]
    }

    def "the REST API gives a branch user only its own branch's units"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender list = restTest.render("s1/hpf/units", [branchId: "YQ02"], "get")
        ScreenTestRender ownList = restTest.render("s1/hpf/units", [pageSize: "500"], "get")
        ScreenTestRender one = restTest.render("s1/hpf/units/${otherUnit.unitId}", null, "get")
        ScreenTestRender remittances = restTest.render("s1/hpf/units/${otherUnit.unitId}/remittances", null, "get")

        then:
        json(list).unitListCount == 0
        ((List) json(ownList).unitList).every { it.branchId == "YQ01" }
        ((List) json(ownList).unitList).size() == json(ownList).unitListCount
        one.assertNotContains(otherUnit.unitName as String)
        remittances.assertNotContains("remitMonth")
    }

    def "the REST API gives the office every branch"() {
        when:
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender list = restTest.render("s1/hpf/units", [branchId: "YQ02"], "get")
        ScreenTestRender one = restTest.render("s1/hpf/units/${otherUnit.unitId}", null, "get")

        then:
        json(list).unitListCount > 0
        one.assertContains(otherUnit.unitName as String)
    }

    /** REST output is parsed rather than read from jsonObject, so assertContains/assertNotContains see the same text. */
    private static Map json(ScreenTestRender render) {
        return (Map) new groovy.json.JsonSlurper().parseText(render.output)
    }
}
