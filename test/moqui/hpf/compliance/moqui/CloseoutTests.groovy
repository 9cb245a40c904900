package hpf.compliance.moqui

import hpf.compliance.core.rules.CloseoutRules
import hpf.compliance.core.rules.SummaryFigures
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.sql.Date
import java.sql.Timestamp

/**
 * Summary and acceptance (总结验收) end to end on a campaign of its own: branch summaries with the figures of the
 * campaign figure service, submission, return with a reason, resubmission and acceptance (audited); wrong roles and
 * other branches refused; the final report's totals equal the accepted summaries and the data; submission to the
 * leading group, return, sign-off; and the archive: after sign-off every kind of campaign record refuses changes with
 * the Chinese archive message, on services, entity-auto services and data files, while monitoring alerts go on.
 */
@Stepwise
class CloseoutTests extends Specification {
    static final String CAMPAIGN_ID = 'HPFT_CLOSE'
    static final String TOKEN = 'TestSessionToken'
    static final String FORBIDDEN = 'org.moqui.context.ArtifactAuthorizationException'
    static final String NOT_FOUND = 'org.moqui.entity.EntityValueNotFoundException'
    static final String ARCHIVED_ZH = '其记录只读，不能修改'
    static final Map TEXTS = [workProgress: '全面开展摸底和催缴。', practices: '分片包干、逐户上门。', problems: '个别单位经营困难。',
                              remedies: '持续跟踪，依法处置。']

    @Shared ExecutionContext ec
    @Shared ScreenTest restTest
    @Shared Date asOf
    @Shared Map<String, String> rec = [:]
    @Shared String yq01SummaryId, yq02SummaryId, reportId

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        PushFixtures.setup(ec)
        asOf = PushFixtures.daysAgo(0)
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            unarchiveAndClear()
            ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: CAMPAIGN_ID, campaignName: '总结验收测试专项',
                    statusId: 'HpfCmpActive', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3L,
                    rectifyDays: 30L, noticeNumberPattern: PushFixtures.PATTERN, issuingAuthority: '阳泉市住房公积金管理中心',
                    archivedDate: null, finalReportId: null]).createOrUpdate()
            String t1 = PushFixtures.target(ec, 'YQ01', [campaignId: CAMPAIGN_ID])
            PushFixtures.target(ec, 'YQ01', [campaignId: CAMPAIGN_ID, statusId: 'HpfTgtRectified', amountOwed: 0.00,
                    recoveredAmount: 67200.00, resolvedDate: new Timestamp(System.currentTimeMillis() - 2L * 86400000L)])
            PushFixtures.target(ec, 'YQ02', [campaignId: CAMPAIGN_ID])
            Map t = PushFixtures.targetRow(ec, t1)
            String n = PushFixtures.RUN + '_C' + PushFixtures.COUNTER.incrementAndGet()
            rec = [targetId: t1, unitId: t.unitId as String, noticeId: 'HPFT_CN_' + n, interviewId: 'HPFT_CI_' + n,
                   applicationId: 'HPFT_CA_' + n, actionId: 'HPFT_CE_' + n, paymentEvidenceId: 'HPFT_CP_' + n, meetingId: 'HPFT_CM_' + n]
            ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: rec.noticeId, targetId: t1, unitId: t.unitId,
                    branchId: 'YQ01', campaignId: CAMPAIGN_ID, statusId: 'HpfNtcIssued', noticeNumber: 'TESTC-' + n,
                    issueDate: PushFixtures.daysAgo(40), rectifyByDate: PushFixtures.daysAgo(10)]).create()
            ec.entity.makeValue("hpf.compliance.CollectionInterview").setAll([interviewId: rec.interviewId, targetId: t1,
                    unitId: t.unitId, branchId: 'YQ01', interviewDate: new Timestamp(System.currentTimeMillis() - 30L * 86400000L),
                    place: '单位会议室', unitStatement: '资金紧张']).create()
            ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: rec.applicationId, unitId: t.unitId,
                    targetId: t1, campaignId: CAMPAIGN_ID, branchId: 'YQ01', statusId: 'HpfAppDraft',
                    applicationTypeEnumId: 'HpfAtDeferral', reasonText: '经营困难']).create()
            ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: rec.actionId, targetId: t1, unitId: t.unitId,
                    branchId: 'YQ01', campaignId: CAMPAIGN_ID, caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaOrderToPay',
                    statusId: 'HpfEnfIssued', documentNumber: 'TESTCE-' + n, issueDate: PushFixtures.daysAgo(5),
                    dueDate: PushFixtures.daysAgo(-25)]).create()
            ec.entity.makeValue("hpf.compliance.PaymentEvidence").setAll([paymentEvidenceId: rec.paymentEvidenceId, targetId: t1,
                    unitId: t.unitId, branchId: 'YQ01', campaignId: CAMPAIGN_ID, amount: 100.00, paymentDate: PushFixtures.daysAgo(3),
                    voucherNumber: 'V-' + n]).create()
            ec.entity.makeValue("hpf.compliance.CoordinationMeeting").setAll([meetingId: rec.meetingId, campaignId: CAMPAIGN_ID,
                    meetingDate: PushFixtures.daysAgo(20), topic: '总结验收推进会']).create()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    /** a campaign left archived by an earlier failed run would refuse every cleanup, in this spec and in others */
    void unarchiveAndClear() {
        ec.entity.find("hpf.compliance.Campaign").condition("campaignId", CAMPAIGN_ID).updateAll([archivedDate: null])
        ec.entity.find("hpf.compliance.BranchSummary").condition("campaignId", CAMPAIGN_ID).deleteAll()
        ec.entity.find("hpf.compliance.FinalReport").condition("campaignId", CAMPAIGN_ID).deleteAll()
        ec.entity.find("hpf.compliance.CoordinationMeeting").condition("campaignId", CAMPAIGN_ID).deleteAll()
        ec.entity.find("hpf.compliance.ArrearsAlert").condition("campaignId", CAMPAIGN_ID).deleteAll()
    }

    def cleanupSpec() {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            unarchiveAndClear()
            ec.entity.find("hpf.compliance.Campaign").condition("campaignId", CAMPAIGN_ID).updateAll([statusId: 'HpfCmpActive'])
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
        PushFixtures.clean(ec)
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanup() {
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
    }

    Map svc(String service, Map params) {
        return ec.service.sync().name(service).parameters(params).call() ?: [:]
    }

    Map row(String entityName, Map pk) {
        return ec.entity.find(entityName).condition(pk).useCache(false).disableAuthz().one()?.getMap()
    }

    Map dataRow(String branchId) {
        Map out = svc("hpf.compliance.CampaignFigureServices.get#BranchFigures", [campaignId: CAMPAIGN_ID, asOfDate: asOf, branchId: branchId])
        return (out.branchFigures as List<Map>).find { it.branchId == branchId }
    }

    static String causes(Throwable t) {
        List<String> out = []
        while (t != null && out.size() < 20) { out.add(String.valueOf(t.message)); t = t.cause }
        return out.join(' | ')
    }

    /** runs an attempt and answers what the user is told: the errors, or the exception chain */
    String attempt(Closure c) {
        ec.message.clearAll()
        String text
        try {
            c.call()
            text = PushFixtures.errors(ec).join(' | ')
        } catch (Throwable t) {
            text = causes(t) + ' | ' + PushFixtures.errors(ec).join(' | ')
        }
        ec.message.clearAll()
        return text
    }

    static String failure(ScreenTestRender str) { return str.errorMessages.join(" | ") }

    def "a branch opens its summary with the figures of the data as of the chosen date"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        Map out = svc("hpf.compliance.BranchSummaryServices.create#BranchSummary", [campaignId: CAMPAIGN_ID, asOfDate: asOf])
        yq01SummaryId = out.branchSummaryId
        Map s = row("hpf.compliance.BranchSummary", [branchSummaryId: yq01SummaryId])
        Map data = dataRow('YQ01')

        then:
        !ec.message.hasError()
        s.branchId == 'YQ01'
        s.statusId == 'HpfBsDraft'
        s.asOfDate.toString() == asOf.toString()
        s.figuresComputedDate != null
        data != null
        SummaryFigures.compare('YQ01', s, data) == []
        s.targetCount == 2
    }

    def "submission needs every section; the office returns with a reason; the branch corrects, resubmits; the office accepts"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when: "submitted without its sections"
        String missing = attempt { svc("hpf.compliance.BranchSummaryServices.submit#BranchSummary", [branchSummaryId: yq01SummaryId]) }

        and: "with them"
        svc("hpf.compliance.BranchSummaryServices.update#BranchSummary", [branchSummaryId: yq01SummaryId] + TEXTS)
        svc("hpf.compliance.BranchSummaryServices.submit#BranchSummary", [branchSummaryId: yq01SummaryId])
        String afterSubmit = row("hpf.compliance.BranchSummary", [branchSummaryId: yq01SummaryId]).statusId
        String recompute = attempt { svc("hpf.compliance.BranchSummaryServices.compute#BranchSummaryFigures", [branchSummaryId: yq01SummaryId]) }

        and: "the office returns it, first without a reason"
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String noReason = attempt { svc("hpf.compliance.BranchSummaryServices.return#BranchSummary", [branchSummaryId: yq01SummaryId]) }
        svc("hpf.compliance.BranchSummaryServices.return#BranchSummary", [branchSummaryId: yq01SummaryId, returnReason: '追缴金额需核实'])
        Map returned = row("hpf.compliance.BranchSummary", [branchSummaryId: yq01SummaryId])

        and: "the branch recomputes and resubmits, the office accepts"
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        svc("hpf.compliance.BranchSummaryServices.compute#BranchSummaryFigures", [branchSummaryId: yq01SummaryId, asOfDate: asOf])
        svc("hpf.compliance.BranchSummaryServices.submit#BranchSummary", [branchSummaryId: yq01SummaryId])
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        svc("hpf.compliance.BranchSummaryServices.accept#BranchSummary", [branchSummaryId: yq01SummaryId, reviewComments: '同意'])
        boolean errors = ec.message.hasError()
        Map accepted = row("hpf.compliance.BranchSummary", [branchSummaryId: yq01SummaryId])
        List<String> history = ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: 'hpf.compliance.BranchSummary',
                changedFieldName: 'statusId', pkPrimaryValue: yq01SummaryId]).orderBy('changedDate').disableAuthz().list()*.newValueText
        List<String> reasons = ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: 'hpf.compliance.BranchSummary',
                changedFieldName: 'returnReason', pkPrimaryValue: yq01SummaryId]).disableAuthz().list()*.newValueText

        then:
        missing.contains(PushFixtures.message(ec, CloseoutRules.WORK_PROGRESS_REQUIRED))
        missing.contains(PushFixtures.message(ec, CloseoutRules.REMEDIES_REQUIRED))
        missing.contains('请填写')
        afterSubmit == 'HpfBsSubmitted'
        recompute.contains('只有草稿或被退回的总结')
        noReason.contains('请填写退回理由')
        returned.statusId == 'HpfBsReturned'
        returned.returnReason == '追缴金额需核实'
        !errors
        accepted.statusId == 'HpfBsAccepted'
        accepted.reviewedByUserId != null
        history.findAll { it != 'HpfBsDraft' } == ['HpfBsSubmitted', 'HpfBsReturned', 'HpfBsSubmitted', 'HpfBsAccepted']
        '追缴金额需核实' in reasons
    }

    def "another branch's summary is not found, wrong roles are refused, the final report is not for branches"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        yq02SummaryId = svc("hpf.compliance.BranchSummaryServices.create#BranchSummary", [campaignId: CAMPAIGN_ID, asOfDate: asOf]).branchSummaryId
        String otherBranch = attempt { svc("hpf.compliance.BranchSummaryServices.create#BranchSummary", [campaignId: CAMPAIGN_ID, branchId: 'YQ03']) }
        String otherSubmit = attempt { svc("hpf.compliance.BranchSummaryServices.submit#BranchSummary", [branchSummaryId: yq01SummaryId]) }
        ec.user.logoutUser()
        ec.artifactExecution.enableAuthz()

        when: "REST as the other branch"
        ec.user.loginUser(PushFixtures.YQ02_USER, 'hpf@2026')
        ScreenTestRender read = restTest.render("s1/hpf/branchSummaries/" + yq01SummaryId, null, "get")
        ScreenTestRender submit = restTest.render("s1/hpf/branchSummaries/${yq01SummaryId}/submit", [moquiSessionToken: TOKEN], "post")
        ScreenTestRender list = restTest.render("s1/hpf/branchSummaries", [campaignId: CAMPAIGN_ID], "get")
        ScreenTestRender accept = restTest.render("s1/hpf/branchSummaries/${yq02SummaryId}/accept", [moquiSessionToken: TOKEN], "post")
        ScreenTestRender reports = restTest.render("s1/hpf/finalReports", [campaignId: CAMPAIGN_ID], "get")
        ec.user.logoutUser()

        and: "audit and the leading group"
        ec.user.loginUser("hpf.audit", 'hpf@2026')
        ScreenTestRender auditCreate = restTest.render("s1/hpf/branchSummaries", [campaignId: CAMPAIGN_ID, branchId: 'YQ03', moquiSessionToken: TOKEN], "post")
        ScreenTestRender auditRead = restTest.render("s1/hpf/branchSummaries/" + yq02SummaryId, null, "get")
        ec.user.logoutUser()
        ec.user.loginUser("hpf.leader", 'hpf@2026')
        ScreenTestRender leaderAccept = restTest.render("s1/hpf/branchSummaries/${yq02SummaryId}/accept", [moquiSessionToken: TOKEN], "post")
        ScreenTestRender leaderReport = restTest.render("s1/hpf/finalReports", [moquiSessionToken: TOKEN, campaignId: CAMPAIGN_ID], "post")
        ec.user.logoutUser()

        then:
        otherBranch.contains('其他')
        otherSubmit.contains('其他')
        failure(read).contains(NOT_FOUND)
        failure(read).contains(yq01SummaryId)
        failure(submit).contains(NOT_FOUND)
        !failure(list)
        list.output.contains(yq02SummaryId)
        !list.output.contains(yq01SummaryId)
        failure(accept).contains(FORBIDDEN)
        failure(reports).contains(FORBIDDEN)
        failure(auditCreate).contains(FORBIDDEN)
        !failure(auditRead)
        failure(leaderAccept).contains(FORBIDDEN)
        failure(leaderReport).contains(FORBIDDEN)
        row("hpf.compliance.BranchSummary", [branchSummaryId: yq02SummaryId]).statusId == 'HpfBsDraft'
    }

    def "the final report's figures are the sums of the accepted summaries and agree with the data"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        svc("hpf.compliance.BranchSummaryServices.update#BranchSummary", [branchSummaryId: yq02SummaryId] + TEXTS)
        svc("hpf.compliance.BranchSummaryServices.submit#BranchSummary", [branchSummaryId: yq02SummaryId])
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        svc("hpf.compliance.BranchSummaryServices.accept#BranchSummary", [branchSummaryId: yq02SummaryId])
        assert !ec.message.hasError()

        when:
        reportId = svc("hpf.compliance.FinalReportServices.create#FinalReport", [campaignId: CAMPAIGN_ID, asOfDate: asOf]).finalReportId
        Map report = row("hpf.compliance.FinalReport", [finalReportId: reportId])
        Map fig = svc("hpf.compliance.FinalReportServices.get#FinalReportFigures", [finalReportId: reportId])
        List<Map> accepted = ec.entity.find("hpf.compliance.BranchSummary").condition([campaignId: CAMPAIGN_ID, statusId: 'HpfBsAccepted'])
                .disableAuthz().list()*.getMap()
        Map data = svc("hpf.compliance.CampaignFigureServices.get#BranchFigures", [campaignId: CAMPAIGN_ID, asOfDate: asOf])

        and: "an accepted summary that no longer matches the data"
        ec.entity.find("hpf.compliance.BranchSummary").condition("branchSummaryId", yq02SummaryId).updateAll([targetCount: 9L])
        Map tampered = svc("hpf.compliance.FinalReportServices.get#FinalReportFigures", [finalReportId: reportId])
        ec.entity.find("hpf.compliance.BranchSummary").condition("branchSummaryId", yq02SummaryId)
                .updateAll([targetCount: accepted.find { it.branchSummaryId == yq02SummaryId }.targetCount])

        then:
        !ec.message.hasError()
        accepted.size() == 2
        report.branchCount == 2
        report.meetingCount == 1
        report.targetCount == 3
        SummaryFigures.compare('report', report, SummaryFigures.sum(accepted)) == []
        SummaryFigures.compare('data', report, data.totals as Map) == []
        SummaryFigures.compare('figures', fig.totals as Map, fig.dataTotals as Map) == []
        fig.agrees
        fig.missingBranches == []
        fig.blockingMessages == []
        !tampered.agrees
        tampered.differences*.figure == ['targetCount']
        tampered.blockingMessages.any { it.contains('两者不一致') && it.contains('矿区管理部') }
    }

    def "the office submits, a leader returns it with a reason, then signs it off: the campaign is archived"() {
        given:
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when:
        String noSections = attempt { svc("hpf.compliance.FinalReportServices.submit#FinalReport", [finalReportId: reportId]) }
        svc("hpf.compliance.FinalReportServices.update#FinalReport", [finalReportId: reportId] + TEXTS)
        svc("hpf.compliance.FinalReportServices.submit#FinalReport", [finalReportId: reportId])
        String submitted = row("hpf.compliance.FinalReport", [finalReportId: reportId]).statusId

        and: "the office may not sign"
        ec.user.logoutUser()
        ec.artifactExecution.enableAuthz()
        ec.user.loginUser(PushFixtures.OFFICE_USER, 'hpf@2026')
        ScreenTestRender officeSign = restTest.render("s1/hpf/finalReports/${reportId}/sign", [moquiSessionToken: TOKEN], "post")
        ec.user.logoutUser()
        ec.artifactExecution.disableAuthz()

        and: "a leader returns it, the office resubmits, the leader signs"
        PushFixtures.login(ec, 'hpf.leader')
        String noReason = attempt { svc("hpf.compliance.FinalReportServices.return#FinalReport", [finalReportId: reportId]) }
        svc("hpf.compliance.FinalReportServices.return#FinalReport", [finalReportId: reportId, returnReason: '请补充宣传情况'])
        String returned = row("hpf.compliance.FinalReport", [finalReportId: reportId]).statusId
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        svc("hpf.compliance.FinalReportServices.submit#FinalReport", [finalReportId: reportId])
        PushFixtures.login(ec, 'hpf.leader')
        svc("hpf.compliance.FinalReportServices.sign#FinalReport", [finalReportId: reportId])
        boolean errors = ec.message.hasError()
        Map report = row("hpf.compliance.FinalReport", [finalReportId: reportId])
        Map campaign = row("hpf.compliance.Campaign", [campaignId: CAMPAIGN_ID])
        Map html = svc("hpf.compliance.FinalReportServices.render#FinalReportDocument", [finalReportId: reportId])
        Map xlsx = svc("hpf.compliance.FinalReportServices.get#FinalReportXlsx", [finalReportId: reportId])

        then:
        noSections.contains('请填写工作开展情况')
        submitted == 'HpfFrSubmitted'
        failure(officeSign).contains(FORBIDDEN)
        noReason.contains('请填写退回理由')
        returned == 'HpfFrDraft'
        !errors
        report.statusId == 'HpfFrSigned'
        report.signedByUserId != null
        campaign.archivedDate != null
        campaign.statusId == 'HpfCmpArchived'
        campaign.finalReportId == reportId
        (html.html as String).contains('城区管理部')
        (html.html as String).contains('总体情况')
        (html.html as String).contains('全面开展摸底和催缴')
        (xlsx.xlsxBytes as byte[]).length > 1000
        (xlsx.fileName as String).endsWith('.xlsx')
    }

    def "once archived, every kind of campaign record refuses changes with the archive message; monitoring goes on"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String archived = PushFixtures.message(ec, CloseoutRules.CAMPAIGN_ARCHIVED, [campaignName: '总结验收测试专项',
                archivedDate: 'X']).replace('X', '')
        assert archived.contains(ARCHIVED_ZH)

        when:
        Map<String, String> answers = [
                target          : attempt { svc("hpf.compliance.TargetServices.update#TargetDeadline", [targetId: rec.targetId,
                        nextDeadlineDate: PushFixtures.daysAgo(-10), nextDeadlineNote: '归档后修改']) },
                targetEntity    : attempt { svc("update#hpf.compliance.CampaignTarget", [targetId: rec.targetId, notes: '归档后修改']) },
                activity        : attempt { svc("hpf.compliance.TargetServices.add#TargetActivity", [targetId: rec.targetId,
                        activityTypeEnumId: 'HpfActNote', reason: '归档后备注']) },
                letter          : attempt { svc("hpf.compliance.NoticeServices.cancel#GuidanceNotice", [noticeId: rec.noticeId, cancelReason: '归档后作废']) },
                interview       : attempt { svc("update#hpf.compliance.CollectionInterview", [interviewId: rec.interviewId, place: '改']) },
                application     : attempt { svc("hpf.compliance.ApplicationServices.update#Application", [applicationId: rec.applicationId, reasonText: '改']) },
                enforcement     : attempt { svc("hpf.compliance.EnforcementServices.update#EnforcementAction", [actionId: rec.actionId, description: '改']) },
                paymentEvidence : attempt { svc("hpf.compliance.RecoveryServices.record#PaymentEvidence", [targetId: rec.targetId,
                        amount: 10.00, paymentDate: PushFixtures.daysAgo(1), voucherNumber: 'V-after']) },
                summary         : attempt { svc("update#hpf.compliance.BranchSummary", [branchSummaryId: yq01SummaryId, reviewComments: '改']) },
                dataFile        : attempt { ec.entity.makeDataLoader().xmlText("""<entity-facade-xml type="demo"><hpf.compliance.CampaignTarget
                        targetId="${rec.targetId}X" campaignId="${CAMPAIGN_ID}" unitId="${rec.unitId}" branchId="YQ01"/></entity-facade-xml>""").load() },
        ]
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        answers.meeting = attempt { svc("hpf.compliance.CampaignServices.update#CoordinationMeeting", [meetingId: rec.meetingId, topic: '改']) }
        answers.finalReport = attempt { svc("update#hpf.compliance.FinalReport", [finalReportId: reportId, title: '改']) }
        answers.newSummary = attempt { svc("hpf.compliance.BranchSummaryServices.create#BranchSummary", [campaignId: CAMPAIGN_ID, branchId: 'YQ03']) }
        answers.summaryDelete = attempt { svc("delete#hpf.compliance.BranchSummary", [branchSummaryId: yq02SummaryId]) }

        and: "monitoring alerts of the campaign stay writable"
        String alertId = 'HPFT_CAL_' + PushFixtures.RUN
        String alert = attempt {
            ec.entity.makeValue("hpf.compliance.ArrearsAlert").setAll([alertId: alertId, unitId: rec.unitId, branchId: 'YQ01',
                    campaignId: CAMPAIGN_ID, alertTypeEnumId: 'HpfAltNewArrears', statusId: 'HpfAlrOpen']).create()
            svc("update#hpf.compliance.ArrearsAlert", [alertId: alertId, notes: '巩固阶段继续监测'])
        }

        then:
        answers.each { kind, text -> assert text.contains(ARCHIVED_ZH) && text.contains('总结验收测试专项'): "${kind}: ${text}" }
        alert == ''
        row("hpf.compliance.ArrearsAlert", [alertId: alertId]).notes == '巩固阶段继续监测'
        row("hpf.compliance.CampaignTarget", [targetId: rec.targetId]).notes == null
        row("hpf.compliance.CampaignTarget", [targetId: rec.targetId + 'X']) == null
        row("hpf.compliance.GuidanceNotice", [noticeId: rec.noticeId]).statusId == 'HpfNtcIssued'
        row("hpf.compliance.CollectionInterview", [interviewId: rec.interviewId]).place == '单位会议室'
        row("hpf.compliance.RegularizationApplication", [applicationId: rec.applicationId]).reasonText == '经营困难'
        row("hpf.compliance.EnforcementAction", [actionId: rec.actionId]).description == null
        row("hpf.compliance.CoordinationMeeting", [meetingId: rec.meetingId]).topic == '总结验收推进会'
        row("hpf.compliance.BranchSummary", [branchSummaryId: yq02SummaryId]) != null
        ec.entity.find("hpf.compliance.BranchSummary").condition([campaignId: CAMPAIGN_ID, branchId: 'YQ03']).disableAuthz().count() == 0
        row("hpf.compliance.FinalReport", [finalReportId: reportId]).title != '改'
    }
}
