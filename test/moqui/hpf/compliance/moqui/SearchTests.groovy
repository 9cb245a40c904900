package hpf.compliance.moqui

import groovy.json.JsonSlurper
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import org.moqui.util.RestClient
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date

/**
 * The search box and GET /rest/s1/hpf/search: a two-character fragment of a Chinese unit name, account numbers and
 * USCCs exactly or by their beginning, hits grouped by kind with their pages, and the branch scope (a branch user never
 * sees another branch's hit, through the screen and through REST). Runs against whatever the runtime has: without a
 * search cluster (the H2 default) the answer says engine "database"; with one (elasticsearch_url) the spec rebuilds
 * the index as IT first and the answer says engine "opensearch".
 */
class SearchTests extends Specification {
    static final String PASSWORD = "hpf@2026"
    static final String TOKEN = "TestSessionToken"

    @Shared ExecutionContext ec
    @Shared ScreenTest appTest, restTest
    @Shared boolean cluster
    /** per branch: unitId, targetId, noticeId, actionId, applicationId, unitName, accountNo, uscc */
    @Shared Map<String, String> own = [:], other = [:]
    @Shared String stamp

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        cluster = ec.factory.elastic.getDefault() != null
        stamp = String.format("%09d", System.currentTimeMillis() % 1000000000L)
        // in a transaction: with a cluster the feed pushes, and Moqui's push feed refuses writes outside one
        ec.transaction.runUseOrBegin(60, "search fixtures", {
            PushFixtures.setup(ec)
            own = records("YQ01", "翠屏检索甲贸易有限公司", "1")
            other = records("YQ02", "翠屏检索乙建材有限公司", "2")
        })
        if (cluster) {
            ec.user.loginUser("hpf.it", PASSWORD)
            ec.service.sync().name("hpf.compliance.SearchServices.rebuild#SearchIndex").call()
            ec.user.logoutUser()
            ec.factory.elastic.getDefault().call(RestClient.Method.POST, "hpf_search_*", "_refresh", null, null)
        }
    }

    Map<String, String> records(String branchId, String unitName, String suffix) {
        String targetId = PushFixtures.target(ec, branchId)
        String unitId = PushFixtures.targetRow(ec, targetId).unitId
        String n = PushFixtures.RUN + "_" + PushFixtures.COUNTER.incrementAndGet()
        Map<String, String> r = [targetId: targetId, unitId: unitId, unitName: unitName, accountNo: "77" + stamp + suffix,
                uscc: "91140300SR" + stamp[-7..-1] + suffix, noticeId: "HPFT_SN_" + n, actionId: "HPFT_SE_" + n,
                applicationId: "HPFT_SA_" + n, noticeNumber: "检测指〔2026〕" + branchId + "-" + stamp + "号"]
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: unitId, unitName: unitName,
                    unitAccountNo: r.accountNo, usccCode: r.uscc]).update()
            ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: r.noticeId, targetId: targetId, unitId: unitId,
                    branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: "HpfNtcIssued",
                    noticeNumber: r.noticeNumber, issueDate: Date.valueOf("2026-04-02"), rectifyByDate: Date.valueOf("2026-05-02")]).create()
            ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: r.actionId, targetId: targetId, unitId: unitId,
                    branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, documentNumber: "检测责〔2026〕" + branchId + "-" + stamp + "号"]).create()
            ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: r.applicationId, unitId: unitId,
                    targetId: targetId, campaignId: PushFixtures.CAMPAIGN_ID, branchId: branchId, statusId: "HpfAppDraft",
                    applicationTypeEnumId: "HpfAtDeferral", reasonText: "经营困难"]).create()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
        return r
    }

    def cleanupSpec() {
        ec.transaction.runUseOrBegin(60, "search fixtures", { PushFixtures.clean(ec) })
        ec.destroy()
    }

    def cleanup() {
        ec.message.clearAll()
        if (ec.user.userId) ec.user.logoutUser()
    }

    Map rest(String username, Map params) {
        ec.user.loginUser(username, PASSWORD)
        ScreenTestRender str = restTest.render("s1/hpf/search", params, "get")
        ec.user.logoutUser()
        assert str.errorMessages.isEmpty()
        return (Map) new JsonSlurper().parseText(str.output)
    }

    static List<String> ids(Map answer, String kind) { answer.hits.findAll { it.kind == kind }*.id }

    def "REST answers exactly hits, hitCount and engine; each hit kind, id, title, branchId and the path of its page"() {
        when:
        Map answer = rest("hpf.office", [q: "翠屏检索"])

        then:
        answer.keySet() == ["hits", "hitCount", "engine"] as Set
        answer.engine == (cluster ? "opensearch" : "database")
        answer.hits.every { it.keySet() == ["kind", "id", "title", "branchId", "path"] as Set }
        ids(answer, "unit").containsAll([own.unitId, other.unitId])
        ids(answer, "target").containsAll([own.targetId, other.targetId])
        ids(answer, "notice").containsAll([own.noticeId, other.noticeId])
        ids(answer, "order").containsAll([own.actionId, other.actionId])
        ids(answer, "application").containsAll([own.applicationId, other.applicationId])
        answer.hitCount >= 10
        // grouped by kind: unit, target, notice, order, application
        answer.hits*.kind.unique() == ["unit", "target", "notice", "order", "application"]
        Map unitHit = answer.hits.find { it.kind == "unit" && it.id == own.unitId }
        unitHit.title == own.unitName + "（" + own.accountNo + "）"
        unitHit.branchId == "YQ01"
        unitHit.path == "/qapps/hpf/Unit/UnitDetail?unitId=" + own.unitId
        answer.hits.find { it.kind == "notice" && it.id == own.noticeId }.path == "/qapps/hpf/Notice/EditNotice?noticeId=" + own.noticeId
    }

    def "a two-character fragment of a Chinese name finds the unit; kinds narrows the answer"() {
        when:
        Map jia = rest("hpf.office", [q: "检索甲", kinds: "unit"])
        Map pair = rest("hpf.office", [q: "甲贸", kinds: "unit,application"])

        then:
        ids(jia, "unit") == [own.unitId]
        jia.hits*.kind.unique() == ["unit"]
        ids(pair, "unit") == [own.unitId]
        ids(pair, "application") == [own.applicationId]
        pair.hits*.kind.unique() == ["unit", "application"]
    }

    def "account numbers and USCC match exactly or by their beginning, in any case"() {
        when:
        Map exact = rest("hpf.office", [q: own.accountNo, kinds: "unit"])
        Map prefix = rest("hpf.office", [q: "77" + stamp, kinds: "unit"])
        Map middle = rest("hpf.office", [q: stamp, kinds: "unit"])
        Map uscc = rest("hpf.office", [q: other.uscc.toLowerCase(), kinds: "unit"])
        Map usccPrefix = rest("hpf.office", [q: "91140300sr" + stamp[-7..-1], kinds: "unit"])

        then:
        ids(exact, "unit") == [own.unitId]
        ids(prefix, "unit") as Set == [own.unitId, other.unitId] as Set
        !ids(middle, "unit").contains(own.unitId)
        ids(uscc, "unit") == [other.unitId]
        ids(usccPrefix, "unit") as Set == [own.unitId, other.unitId] as Set
    }

    def "a branch user never sees another branch's hit, through REST"() {
        when:
        Map chengqu = rest("hpf.chengqu", [q: "翠屏检索"])
        Map kuangqu = rest("hpf.kuangqu", [q: "翠屏检索"])
        Map byNumber = rest("hpf.chengqu", [q: other.accountNo])
        Map byUscc = rest("hpf.chengqu", [q: other.uscc])

        then:
        chengqu.hits.every { it.branchId == "YQ01" }
        chengqu.hits*.id.containsAll([own.unitId, own.targetId, own.noticeId, own.actionId, own.applicationId])
        chengqu.hits*.id.intersect([other.unitId, other.targetId, other.noticeId, other.actionId, other.applicationId]).isEmpty()
        chengqu.hitCount == chengqu.hits.size()
        kuangqu.hits.every { it.branchId == "YQ02" }
        kuangqu.hits*.id.contains(other.unitId)
        !kuangqu.hits*.id.contains(own.unitId)
        byNumber.hits.isEmpty()
        byNumber.hitCount == 0
        byUscc.hits.isEmpty()
    }

    def "the search page groups hits by kind, links them to their pages and keeps the branch scope"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender page = appTest.render("Search", [q: "翠屏检索"], null)
        ScreenTestRender empty = appTest.render("Search", [q: "翠屏检索不存在的名称"], null)
        ec.user.logoutUser()
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender office = appTest.render("Search", [q: "翠屏检索", kinds: "unit"], null)
        ScreenTestRender home = appTest.render("Home", null, null)

        then:
        page.errorMessages.isEmpty()
        page.output.contains(own.unitName)
        !page.output.contains(other.unitName)
        page.output.contains("Unit/UnitDetail?unitId=" + own.unitId)
        page.output.contains("Notice/EditNotice?noticeId=" + own.noticeId)
        page.output.contains("Enforcement/EditEnforcement?actionId=" + own.actionId)
        page.output.contains("Application/EditApplication?applicationId=" + own.applicationId)
        page.output.contains("Target/TargetDetail?targetId=" + own.targetId)
        page.output.indexOf("Unit/UnitDetail?unitId=" + own.unitId) < page.output.indexOf("Target/TargetDetail?targetId=" + own.targetId)
        page.output.contains("缴存单位")
        page.output.contains("催缴对象")
        page.output.contains("未配置搜索集群") == !cluster
        empty.output.contains("没有与“翠屏检索不存在的名称”匹配的记录")
        office.output.contains(own.unitName)
        office.output.contains(other.unitName)
        home.errorMessages.isEmpty()
        home.output.contains("HomeSearchForm")
    }

    def "an unknown kind is refused with a Chinese message; the re-index is IT's and says when there is no cluster"() {
        when:
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender bad = restTest.render("s1/hpf/search", [q: "翠屏", kinds: "unit,letter"], "get")
        ScreenTestRender officeReindex = restTest.render("s1/hpf/searchIndex", [moquiSessionToken: TOKEN], "post")
        ec.user.logoutUser()
        ec.user.loginUser("hpf.it", PASSWORD)
        ScreenTestRender itReindex = restTest.render("s1/hpf/searchIndex", [moquiSessionToken: TOKEN], "post")

        then:
        bad.errorMessages.join(" ").contains("记录类别“letter”不存在")
        officeReindex.errorMessages.join(" ").contains("org.moqui.context.ArtifactAuthorizationException")
        itReindex.errorMessages.isEmpty()
        new JsonSlurper().parseText(itReindex.output).engine == (cluster ? "opensearch" : "database")
    }
    def "the feed keeps the index current: a renamed unit is found by its new name (the push feed runs only with a cluster)"() {
        when:
        ec.transaction.runUseOrBegin(60, "rename unit", {
            boolean wasDisabled = ec.artifactExecution.disableAuthz()
            try {
                ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: own.unitId, unitName: "翠屏更名丙商贸有限公司"]).update()
            } finally {
                if (!wasDisabled) ec.artifactExecution.enableAuthz()
            }
        })
        Map found = null
        // the push runs after the commit, in another thread; then the index refreshes (1 s)
        for (int i = 0; i < 30; i++) {
            if (cluster) ec.factory.elastic.getDefault().call(RestClient.Method.POST, "hpf_search_*", "_refresh", null, null)
            found = rest("hpf.office", [q: "更名丙", kinds: "unit"])
            if (ids(found, "unit")) break
            Thread.sleep(1000)
        }
        String feedType = ec.entity.find("moqui.entity.feed.DataFeed").condition("dataFeedId", "HpfSearch").disableAuthz().one().dataFeedTypeEnumId

        then:
        feedType == (cluster ? "DTFDTP_RT_PUSH" : "DTFDTP_MAN_PULL")
        found.engine == (cluster ? "opensearch" : "database")
        ids(found, "unit") == [own.unitId]
    }
}
