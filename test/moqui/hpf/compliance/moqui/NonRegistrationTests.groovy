package hpf.compliance.moqui

import hpf.compliance.core.Uscc
import hpf.compliance.core.rules.EnforcementRules
import hpf.compliance.core.rules.NoticeNumbering
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date

/**
 * Non-registration cases (《住房公积金管理条例》第三十七条): opened by hand from a unit account or for an enterprise without
 * one (a unit with account status 未登记 and a placeholder account number); the chain 责令限期办理缴存登记通知书 →
 * 行政处罚事先告知书 (five working days from its service to state the case or ask for a hearing) → 行政处罚决定书 (fine
 * 10,000–50,000 yuan, once); numbering per branch and year from the campaign's patterns; printing; only allowed
 * steps offered; REST with its guard; and the fine that an arrears case never gets, here on the screen path and on
 * the non-registration service (EnforcementServicesTests covers the service, REST, store# and data-file paths).
 */
class NonRegistrationTests extends Specification {
    static final String ORDER_PATTERN = '测登责〔{year}〕{branch}-{seq:4}号'
    static final String NOTICE_PATTERN = '测罚告〔{year}〕{branch}-{seq:4}号'
    static final String DECISION_PATTERN = '测罚决〔{year}〕{branch}-{seq:4}号'
    static final String TOKEN = 'TestSessionToken'
    @Shared ExecutionContext ec
    @Shared ScreenTest restTest
    @Shared ScreenTest appTest
    @Shared int usccSeq = 0

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        PushFixtures.setup(ec)
        ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: PushFixtures.CAMPAIGN_ID, orderDeadlineDays: 20L,
                registerOrderNumberPattern: ORDER_PATTERN, penaltyNoticeNumberPattern: NOTICE_PATTERN,
                penaltyDecisionNumberPattern: DECISION_PATTERN]).update()
        ec.artifactExecution.enableAuthz()
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
    }

    def cleanupSpec() {
        ec.artifactExecution.disableAuthz()
        List unitIds = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitName", "like", "建缴测试%").list()*.unitId
        if (unitIds) {
            List targetIds = ec.entity.find("hpf.compliance.CampaignTarget").condition("unitId", "in", unitIds).list()*.targetId
            if (targetIds) ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", "in", targetIds).deleteAll()
            ec.entity.find("hpf.compliance.EnforcementAction").condition("unitId", "in", unitIds).deleteAll()
            ec.entity.find("hpf.compliance.CampaignTarget").condition("unitId", "in", unitIds).deleteAll()
            ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", "in", unitIds).deleteAll()
        }
        PushFixtures.clean(ec)
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanup() {
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
    }

    /** A valid USCC of the test run (check characters computed), unique per call. */
    String uscc() {
        String body = String.format('%08d', (Math.abs(PushFixtures.RUN.hashCode()) % 90000) * 1000 + (++usccSeq))
        String first17 = '91140300' + body + Uscc.orgCodeCheck(body)
        return first17 + Uscc.checkDigit(first17)
    }

    /** A non-registration case for an enterprise without an account, opened by the given user. */
    Map openUnregistered(String branchId, String user = PushFixtures.YQ01_USER) {
        PushFixtures.login(ec, user)
        Map out = ec.service.sync().name("hpf.compliance.NonRegistrationServices.open#NonRegistrationCase").parameters([
                campaignId: PushFixtures.CAMPAIGN_ID, unitName: '建缴测试' + PushFixtures.RUN + '_' + (++usccSeq) + '有限公司',
                usccCode: uscc(), legalRepName: '王五', registeredAddress: '阳泉市城区桃北东街1号',
                establishedDate: PushFixtures.daysAgo(400), branchId: branchId]).call()
        return out
    }

    Map issue(String targetId, String type, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.NonRegistrationServices.issue#NonRegistrationAction")
                .parameters([targetId: targetId, actionTypeEnumId: type] + more).call()
    }

    Map action(String actionId) {
        return ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).useCache(false).disableAuthz().one()?.getMap()
    }

    Map steps(String targetId) {
        return ec.service.sync().name("hpf.compliance.NonRegistrationServices.get#NonRegistrationSteps").parameters([targetId: targetId]).call()
    }

    void serve(String actionId, Date serviceDate) {
        ec.service.sync().name("hpf.compliance.EnforcementServices.record#EnforcementService").parameters([actionId: actionId,
                serviceMethodEnumId: 'HpfSmPersonal', serviceDate: serviceDate, recipientName: '王五']).call()
    }

    def "a case for an enterprise without an account makes a unit with status 未登记 and a placeholder account; a unit account opens one too"() {
        when:
        Map out = openUnregistered('YQ01')
        Map unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", out.unitId).useCache(false).one().getMap()
        Map target = PushFixtures.targetRow(ec, out.targetId as String)

        then:
        !ec.message.hasError()
        unit.accountStatusEnumId == 'HpfAcsUnregistered'
        unit.unitAccountNo == 'WDJ' + unit.usccCode
        unit.registeredAddress == '阳泉市城区桃北东街1号'
        target.targetTypeEnumId == 'HpfTtNoAccount'
        target.statusId == 'HpfTgtIdentified'
        target.branchId == 'YQ01'

        when: "a registered unit account that did not open its workers' accounts"
        String arrearsTarget = PushFixtures.target(ec, 'YQ01')
        String unitId = PushFixtures.targetRow(ec, arrearsTarget).unitId
        ec.artifactExecution.disableAuthz()
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", arrearsTarget).deleteAll()
        ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", arrearsTarget).deleteAll()
        Map fromAccount = ec.service.sync().name("hpf.compliance.NonRegistrationServices.open#NonRegistrationCase")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, unitId: unitId]).call()

        then:
        !ec.message.hasError()
        PushFixtures.targetRow(ec, fromAccount.targetId as String).targetTypeEnumId == 'HpfTtNoAccount'

        when: "the same unit again, and a branch user for another branch"
        ec.service.sync().name("hpf.compliance.NonRegistrationServices.open#NonRegistrationCase")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, unitId: unitId]).call()
        List<String> again = PushFixtures.errors(ec)
        ec.message.clearAll()
        openUnregistered('YQ02', PushFixtures.YQ01_USER)
        List<String> otherBranch = PushFixtures.errors(ec)

        then:
        again.any { it.contains('已是本次专项工作的对象') }
        otherBranch.any { it.contains('其他') || it.contains('分支机构') }
    }

    def "the order to register needs no letter, is numbered from its own pattern, and the notice waits for its deadline"() {
        given:
        Map c = openUnregistered('YQ01')
        String targetId = c.targetId

        when:
        Map s = steps(targetId)
        Map out = issue(targetId, 'HpfEaOrderToRegister', [issueDate: PushFixtures.daysAgo(1)])
        Map o = action(out.actionId as String)
        def parsed = NoticeNumbering.compile(ORDER_PATTERN).parse(out.documentNumber as String)

        then:
        s.nonRegistrationCase
        s.allowedActionTypes.contains('HpfEaOrderToRegister')
        !s.allowedActionTypes.contains('HpfEaPenaltyNotice')
        !s.allowedActionTypes.contains('HpfEaPenaltyDecision')
        !ec.message.hasError()
        parsed.isPresent()
        parsed.get().branch() == 'YQ01'
        o.caseTypeEnumId == 'HpfCtNonRegistration'
        o.dueDate.toLocalDate() == PushFixtures.daysAgo(1).toLocalDate().plusDays(20)
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtEnforcing'

        when: "a notice while the order runs, and a second order while it is in force"
        ec.message.clearAll()
        issue(targetId, 'HpfEaPenaltyNotice')
        List<String> notice = PushFixtures.errors(ec)
        ec.message.clearAll()
        issue(targetId, 'HpfEaOrderToRegister')
        List<String> second = PushFixtures.errors(ec)

        then:
        notice.any { it.contains('届满后方可') }
        second.any { it.contains(out.documentNumber as String) }
    }

    def "notice, statement days counted in working days from its service, then one decision with a fine of 10,000 to 50,000 yuan"() {
        given: "an order to register issued 60 days ago, due 40 days ago"
        Map c = openUnregistered('YQ01')
        String targetId = c.targetId
        Map order = issue(targetId, 'HpfEaOrderToRegister', [issueDate: PushFixtures.daysAgo(60), dueDate: PushFixtures.daysAgo(41)])
        assert !ec.message.hasError()

        when: "the notice, thirty days ago, before it is served"
        Map notice = issue(targetId, 'HpfEaPenaltyNotice', [issueDate: PushFixtures.daysAgo(30)])
        issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 20000.00])
        List<String> unserved = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        notice.documentNumber.startsWith('测罚告')
        action(order.actionId as String).statusId == 'HpfEnfEscalated'
        unserved.any { it.contains('须先送达') }

        when: "served 29 days ago: the last day to reply is five working days later"
        serve(notice.actionId as String, PushFixtures.daysAgo(29))
        Map expected = ec.service.sync().name("hpf.compliance.CalendarServices.add#WorkingDays")
                .parameters([startDate: PushFixtures.daysAgo(29), days: 5]).call()
        Map n = action(notice.actionId as String)

        then:
        !ec.message.hasError()
        n.dueDate.toString() == expected.dueDate.toString()
        EnforcementRules.STATEMENT_WORKING_DAYS == 5

        when: "a decision on the last day to reply is refused"
        issue(targetId, 'HpfEaPenaltyDecision', [issueDate: n.dueDate, fineAmount: 20000.00])
        List<String> early = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "fines outside the range are refused with the article"
        issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 9999.99])
        List<String> low = PushFixtures.errors(ec)
        ec.message.clearAll()
        issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 50000.01])
        List<String> high = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        early.any { it.contains('期满后方可作出行政处罚决定') }
        low.any { it.contains('第三十七条') && it.contains('10000') }
        high.any { it.contains('第三十七条') }

        when: "a decision today"
        Map decision = issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 20000.00, factsText: '逾期仍未办理缴存登记'])
        Map d = action(decision.actionId as String)
        issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 30000.00])
        List<String> twice = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "the fine of the decision edited out of range"
        ec.service.sync().name("hpf.compliance.EnforcementServices.update#EnforcementAction")
                .parameters([actionId: decision.actionId, fineAmount: 60000.00]).call()
        List<String> edited = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        decision.documentNumber.startsWith('测罚决')
        d.fineAmount == 20000.00
        d.caseTypeEnumId == 'HpfCtNonRegistration'
        twice.any { it.contains('第二十九条') }
        edited.any { it.contains('第三十七条') }
        action(decision.actionId as String).fineAmount == 20000.00

        when: "the documents print in the official layout"
        Map orderHtml = render(order.actionId as String, 'ORDER')
        Map noticeHtml = render(notice.actionId as String, 'ORDER')
        Map decisionHtml = render(decision.actionId as String, 'ORDER')
        Map proofHtml = render(notice.actionId as String, 'PROOF')
        Map pdf = render(decision.actionId as String, 'ORDER', 'pdf')

        then:
        orderHtml.html.contains('责令限期办理住房公积金缴存登记通知书')
        orderHtml.html.contains('第三十七条')
        orderHtml.html.contains('自然日')
        noticeHtml.html.contains('行政处罚事先告知书')
        noticeHtml.html.contains('5个工作日内')
        noticeHtml.html.contains('听证')
        noticeHtml.html.contains('第八十五条')
        decisionHtml.html.contains('行政处罚决定书')
        decisionHtml.html.contains('罚款人民币20,000.00元')
        decisionHtml.html.contains('六十日内')
        decisionHtml.html.contains('六个月内')
        decisionHtml.html.contains(notice.documentNumber as String)
        proofHtml.html.contains('《行政处罚事先告知书》')
        // a PDF, or (no CJK font on this machine) the named failure the screens answer with 503
        pdf.pdfBytes || pdf.pdfFailure == 'NO_CJK_FONT'
    }

    Map render(String actionId, String kind, String format = 'html') {
        Map out = ec.service.sync().name("hpf.compliance.EnforcementServices.render#EnforcementDocument")
                .parameters([actionId: actionId, documentKind: kind, format: format]).call()
        assert !ec.message.hasError(): PushFixtures.errors(ec)
        return out
    }

    def "the target page offers only the steps allowed now"() {
        given:
        Map c = openUnregistered('YQ01')
        ec.artifactExecution.enableAuthz()

        when:
        ScreenTestRender fresh = appTest.render("Target/TargetDetail", [targetId: c.targetId], null)

        then:
        !fresh.errorMessages
        fresh.output.contains('IssueOrderToRegister')
        fresh.output.contains('IssueRegistrationLetter')
        !fresh.output.contains('IssuePenaltyNotice')
        !fresh.output.contains('IssuePenaltyDecision')
        // no order to pay on a non-registration case
        !fresh.output.contains('IssueOrderDialog')

        when:
        ec.artifactExecution.disableAuthz()
        issue(c.targetId as String, 'HpfEaOrderToRegister', [issueDate: PushFixtures.daysAgo(1)])
        ec.artifactExecution.enableAuthz()
        ScreenTestRender ordered = appTest.render("Target/TargetDetail", [targetId: c.targetId], null)

        then:
        !ordered.errorMessages
        !ordered.output.contains('IssueOrderToRegister')
        !ordered.output.contains('IssuePenaltyNotice')
        ordered.output.contains('尚未届满')
    }

    def "REST: steps and issue for the own branch; another branch's target is not found; audit may not issue"() {
        given:
        Map own = openUnregistered('YQ01')
        Map other = openUnregistered('YQ02', PushFixtures.YQ02_USER)
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        ec.artifactExecution.enableAuthz()

        when:
        ScreenTestRender get = restTest.render("s1/hpf/targets/${own.targetId}/nonRegistration", [:], "get")
        ScreenTestRender post = restTest.render("s1/hpf/targets/${own.targetId}/nonRegistration",
                [actionTypeEnumId: 'HpfEaOrderToRegister', moquiSessionToken: TOKEN], "post")
        String otherText = restText { restTest.render("s1/hpf/targets/${other.targetId}/nonRegistration", [:], "get") }

        then:
        get.output.contains('HpfEaOrderToRegister')
        post.output.contains('actionId')
        otherText.contains('EntityValueNotFoundException') || otherText.contains('未找到') || otherText.contains('not found')

        when:
        PushFixtures.login(ec, 'hpf.audit')
        String auditText = restText { restTest.render("s1/hpf/targets/${own.targetId}/nonRegistration",
                [actionTypeEnumId: 'HpfEaPenaltyNotice', moquiSessionToken: TOKEN], "post") }

        then:
        auditText.contains('ArtifactAuthorizationException') || auditText.contains('无权')
    }

    String restText(Closure<ScreenTestRender> call) {
        try {
            ScreenTestRender r = call.call()
            return (r.output ?: '') + ' ' + r.errorMessages.join(' ') + ' ' + PushFixtures.errors(ec).join(' ')
        } catch (Throwable t) {
            List<String> out = []
            while (t != null && out.size() < 10) { out.add(t.toString()); t = t.cause }
            return out.join(' | ')
        } finally {
            ec.message.clearAll()
        }
    }

    def "a fine on an arrears case is refused on the screen and by the non-registration service, with the regulation's reason"() {
        given: "an arrears order to pay"
        String targetId = PushFixtures.target(ec, 'YQ01', [statusId: 'HpfTgtServed'])
        Map t = PushFixtures.targetRow(ec, targetId)
        ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'NNR' + targetId, targetId: targetId, unitId: t.unitId,
                branchId: 'YQ01', campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed', noticeNumber: 'TESTNR-' + targetId,
                issueDate: PushFixtures.daysAgo(50), rectifyByDate: PushFixtures.daysAgo(20), serviceMethodEnumId: 'HpfSmPersonal',
                serviceDate: PushFixtures.daysAgo(49), recipientName: '李四', serviceOutcome: 'DELIVERED']).create()
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String actionId = ec.service.sync().name("hpf.compliance.EnforcementServices.issue#OrderToPay")
                .parameters([targetId: targetId, issueDate: PushFixtures.daysAgo(1)]).call().actionId
        assert actionId
        String reason = PushFixtures.message(ec, EnforcementRules.FINE_NOT_ALLOWED_FOR_ARREARS)

        when: "the edit screen's save transition posted with a fine (the field is not offered, a hand-made request)"
        ec.artifactExecution.enableAuthz()
        ScreenTestRender screen = appTest.render("Enforcement/EditEnforcement/updateAction",
                [actionId: actionId, fineAmount: '20000', moquiSessionToken: TOKEN], "post")
        String screenText = (screen.output ?: '') + ' ' + screen.errorMessages.join(' ') + ' ' + PushFixtures.errors(ec).join(' ')
        ec.message.clearAll()

        and: "the non-registration service on an arrears target"
        issue(targetId, 'HpfEaPenaltyDecision', [fineAmount: 20000.00])
        List<String> serviceErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        screenText.contains('欠缴案件不得罚款')
        serviceErrors.contains(reason)
        action(actionId).fineAmount == null
    }

    def "the campaign dashboard counts the orders to register past their deadline, and its link lists them"() {
        given: "an order to register whose deadline passed"
        Map c = openUnregistered('YQ01')
        Map order = issue(c.targetId as String, 'HpfEaOrderToRegister', [issueDate: PushFixtures.daysAgo(60), dueDate: PushFixtures.daysAgo(41)])
        assert !ec.message.hasError()
        String number = action(order.actionId as String).documentNumber
        // what the branch user has open past its deadline in the campaign, counted here without the dashboard
        long expected = ec.entity.find("hpf.compliance.EnforcementAction").condition([campaignId: PushFixtures.CAMPAIGN_ID,
                branchId: 'YQ01', actionTypeEnumId: 'HpfEaOrderToRegister', statusId: 'HpfEnfIssued'])
                .condition('dueDate', org.moqui.entity.EntityCondition.LESS_THAN, PushFixtures.daysAgo(0)).disableAuthz().count()
        ec.artifactExecution.enableAuthz()

        when:
        ScreenTestRender board = appTest.render("Campaign/CampaignDashboard", [campaignId: PushFixtures.CAMPAIGN_ID], null)
        ScreenTestRender list = appTest.render("Enforcement/FindEnforcement", [campaignId: PushFixtures.CAMPAIGN_ID,
                actionTypeEnumId: 'HpfEaOrderToRegister', statusId: 'HpfEnfIssued', dueDate_thru: PushFixtures.daysAgo(1).toString(),
                pageNoLimit: 'true'], null)

        then:
        expected >= 1
        !board.errorMessages
        board.output.contains("期限届满的责令办理登记通知: ${expected}")
        board.output.contains("HpfEaOrderToRegister")
        !list.errorMessages
        list.output.contains(number)
    }
}
