package hpf.compliance.moqui

import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Unroll

import java.sql.Date

/**
 * REST answers by status (README, REST): a record of the path that does not exist, or belongs to another branch than
 * a branch caller's own, is Not Found (404) - the same answer, so no branch learns what other branches have; an action
 * the caller may not do is Forbidden (403); both with a Chinese message. Moqui's REST handler sends 404 for an
 * EntityValueNotFoundException and 403 for an ArtifactAuthorizationException; the ScreenTest stub of the web facade
 * passes the exception through, so these specs read the exception and its message.
 */
class RestStatusTests extends HpfSpec {
    static final String PASSWORD = "hpf@2026"
    static final String NOT_FOUND = "org.moqui.entity.EntityValueNotFoundException"
    static final String FORBIDDEN = "org.moqui.context.ArtifactAuthorizationException"
    /** the session token of Moqui's test web facade (non-GET requests need it) */
    static final String TOKEN = "TestSessionToken"

    /** records of YQ01 (hpf.chengqu's branch) and YQ02 */
    @Shared Map<String, String> own = [:], other = [:]

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        PushFixtures.setup(ec)
        own = records("YQ01")
        other = records("YQ02")
    }

    void cleanFixtures() { PushFixtures.clean(ec) }

    Map<String, String> records(String branchId) {
        String targetId = PushFixtures.target(ec, branchId)
        String unitId = PushFixtures.targetRow(ec, targetId).unitId
        String n = PushFixtures.RUN + "_" + PushFixtures.COUNTER.incrementAndGet()
        Map<String, String> r = [targetId: targetId, unitId: unitId, noticeId: "HPFT_RN_" + n, applicationId: "HPFT_RA_" + n]
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: r.noticeId, targetId: targetId, unitId: unitId,
                    branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: "HpfNtcIssued",
                    noticeNumber: "测住金指〔2026〕" + branchId + "-" + n, issueDate: Date.valueOf("2026-04-02"),
                    rectifyByDate: Date.valueOf("2026-05-02")]).create()
            ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: r.applicationId, unitId: unitId,
                    targetId: targetId, campaignId: PushFixtures.CAMPAIGN_ID, branchId: branchId, statusId: "HpfAppDraft",
                    applicationTypeEnumId: "HpfAtDeferral", reasonText: "经营困难"]).create()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
        return r
    }

    /** the failure of a REST call: the exception the REST handler maps to a status, with its message; else the errors */
    static String failure(ScreenTestRender str) { return str.errorMessages.join(" | ") }

    static final Map<String, String> MESSAGES = [
            targets     : 'Target ${id} was not found.',
            notices     : 'Guidance letter ${id} was not found.',
            applications: 'Application ${id} not found',
            units       : 'Unit ${id} not found',
    ]

    String notFoundText(String resource, String id) {
        String original = MESSAGES[resource]
        String name = [targets: "targetId", notices: "noticeId", applications: "applicationId", units: "unitId"][resource]
        return ec.resource.expand(original.replace('${id}', '${' + name + '}'), null, [(name): id])
    }

    @Unroll
    def "GET #resource/{id}: a missing id and another branch's id are both 404 for a branch user, with a Chinese message"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        String key = resource == "targets" ? "targetId" : resource == "notices" ? "noticeId" : resource == "applications" ? "applicationId" : "unitId"
        ScreenTestRender missing = restTest.render("s1/hpf/${resource}/HPFT_NO_SUCH_ID", null, "get")
        ScreenTestRender foreign = restTest.render("s1/hpf/${resource}/${other[key]}", null, "get")
        ScreenTestRender mine = restTest.render("s1/hpf/${resource}/${own[key]}", null, "get")

        then:
        failure(missing).contains(NOT_FOUND)
        failure(missing).contains(notFoundText(resource, "HPFT_NO_SUCH_ID"))
        notFoundText(resource, "HPFT_NO_SUCH_ID") =~ /[\u4e00-\u9fff]/
        failure(foreign).contains(NOT_FOUND)
        failure(foreign).contains(notFoundText(resource, other[key]))
        !failure(foreign).contains(FORBIDDEN)
        mine.errorMessages.isEmpty()
        mine.output.contains(own[key])

        where:
        resource << ["targets", "notices", "applications", "units"]
    }

    def "actions on another branch's record are 404 too, sub-resources as well"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender status = restTest.render("s1/hpf/targets/${other.targetId}/status", [statusId: "HpfTgtExcluded", reason: "x", moquiSessionToken: TOKEN], "post")
        ScreenTestRender timeline = restTest.render("s1/hpf/targets/${other.targetId}/timeline", null, "get")
        ScreenTestRender notices = restTest.render("s1/hpf/targets/${other.targetId}/notices", null, "get")
        ScreenTestRender cancel = restTest.render("s1/hpf/notices/${other.noticeId}/cancel", [cancelReason: "x", moquiSessionToken: TOKEN], "post")
        ScreenTestRender submit = restTest.render("s1/hpf/applications/${other.applicationId}/submit", [moquiSessionToken: TOKEN], "post")
        ScreenTestRender remittances = restTest.render("s1/hpf/units/${other.unitId}/remittances", null, "get")

        then:
        [status, timeline, notices, cancel, submit, remittances].every { failure(it).contains(NOT_FOUND) }
        PushFixtures.targetRow(ec, other.targetId).statusId == "HpfTgtIdentified"
        PushFixtures.notice(ec, other.noticeId).statusId == "HpfNtcIssued"
    }

    def "the office sees every branch's records; a campaign, import or calendar day that is not there is 404 for it"() {
        when:
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender target = restTest.render("s1/hpf/targets/${other.targetId}", null, "get")
        ScreenTestRender notices = restTest.render("s1/hpf/targets/${other.targetId}/notices", null, "get")
        ScreenTestRender campaign = restTest.render("s1/hpf/campaigns/YQ2026", null, "get")
        ScreenTestRender noCampaign = restTest.render("s1/hpf/campaigns/HPFT_NO_SUCH_ID", null, "get")
        ScreenTestRender noBatch = restTest.render("s1/hpf/imports/HPFT_NO_SUCH_ID/rows", null, "get")
        ScreenTestRender noMember = restTest.render("s1/hpf/campaigns/YQ2026/members/HPFT_NO_SUCH_ID", [duties: "x", moquiSessionToken: TOKEN], "patch")
        ScreenTestRender noDay = restTest.render("s1/hpf/calendarDays/2031-05-06", [moquiSessionToken: TOKEN], "delete")

        then:
        target.errorMessages.isEmpty()
        target.output.contains(other.targetId)
        notices.errorMessages.isEmpty()
        notices.output.contains(other.noticeId)
        campaign.errorMessages.isEmpty()
        campaign.output.contains("YQ2026")
        failure(noCampaign).contains(NOT_FOUND)
        failure(noBatch).contains(NOT_FOUND)
        failure(noMember).contains(NOT_FOUND)
        failure(noDay).contains(NOT_FOUND)
        failure(noDay).contains(ec.resource.expand('${calendarDate} is not in the holiday calendar', null, [calendarDate: "2031-05-06"]))
    }

    def "an action the caller may not do is 403 with a Chinese message, before any lookup"() {
        when:
        ec.user.loginUser("hpf.audit", PASSWORD)
        ScreenTestRender status = restTest.render("s1/hpf/targets/${own.targetId}/status", [statusId: "HpfTgtExcluded", reason: "x", moquiSessionToken: TOKEN], "post")
        ScreenTestRender missing = restTest.render("s1/hpf/targets/HPFT_NO_SUCH_ID/status", [statusId: "HpfTgtExcluded", reason: "x", moquiSessionToken: TOKEN], "post")
        String refusal = ec.resource.expand('You may not do this (${httpMethod} ${restPath}): no authorization of your user group allows it.',
                null, [httpMethod: "POST", restPath: '/hpf/targets/{targetId}/status'])
        ScreenTestRender read = restTest.render("s1/hpf/targets/${own.targetId}", null, "get")
        ec.user.logoutUser()
        ec.user.loginUser("hpf.it", PASSWORD)
        ScreenTestRender itStatus = restTest.render("s1/hpf/targets/${own.targetId}/status", [statusId: "HpfTgtExcluded", reason: "x", moquiSessionToken: TOKEN], "post")

        then:
        refusal =~ /[\u4e00-\u9fff]/
        failure(status).contains(FORBIDDEN)
        failure(status).contains(refusal)
        failure(missing).contains(FORBIDDEN)
        read.errorMessages.isEmpty()
        failure(itStatus).contains(FORBIDDEN)
        PushFixtures.targetRow(ec, own.targetId).statusId == "HpfTgtIdentified"
    }
}
