package hpf.compliance.moqui

import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared

/**
 * Survey screening (hpf.compliance.ScreeningServices) on the small fixture: 测试一部 holds a unit stopped since 2025-01
 * (a target), a paid-up unit, a unit whose arrears began 2026-01 (an alert, not a target) and a 缓缴 unit (counted
 * apart); 测试二部 holds a unit that underpaid 2024-06 (an arrears target). A re-run neither duplicates targets nor
 * touches what staff recorded; a paid-up target is kept with nothing owed; a branch user sees only its branch.
 */
class ScreeningServicesTests extends HpfSpec {
    @Shared String firstRunId
    @Shared String targetId

    void setupFixtures() {
        SurveyFixtures.clean(ec)
        SurveyFixtures.setup(ec)
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
        assert SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-small.csv').createdRows == 5
        assert SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-small.csv').createdRows == 88
    }

    void cleanFixtures() { SurveyFixtures.clean(ec) }

    static Map run(ExecutionContext ec, String branchId) {
        return ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: branchId]).call()
    }

    static List<EntityValue> targetsOf(ExecutionContext ec, String accountNo) {
        return ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: SurveyFixtures.CAMPAIGN,
                unitId: SurveyFixtures.unit(ec, accountNo).unitId]).useCache(false).list()
    }

    def "a survey run creates the expected targets, an alert for arrears after the cut-off, and counts deferred units apart"() {
        when:
        Map out = run(ec, SurveyFixtures.BRANCH_1)
        firstRunId = out.screeningRunId
        List<EntityValue> stopped = targetsOf(ec, 'T990000001')
        targetId = stopped ? stopped[0].targetId : null
        EntityValue run = ec.entity.find('hpf.compliance.ScreeningRun').condition('screeningRunId', out.screeningRunId).one()
        List<EntityValue> alerts = ec.entity.find('hpf.compliance.ArrearsAlert').condition('screeningRunId', out.screeningRunId).list()

        then:
        !ec.message.hasError()
        out.unitsScreened == 4
        out.targetCount == 1
        out.createdCount == 1
        out.updatedCount == 0
        out.deferredCount == 1
        out.newArrearsCount == 1
        out.stoppedCount == 1
        out.arrearsCount == 0

        stopped.size() == 1
        stopped[0].statusId == 'HpfTgtIdentified'
        stopped[0].targetTypeEnumId == 'HpfTtStopped'
        stopped[0].branchId == SurveyFixtures.BRANCH_1
        stopped[0].firstOwedMonth == '2025-01'
        stopped[0].owedMonths == 14
        (stopped[0].amountOwed as BigDecimal).compareTo(new BigDecimal('14000')) == 0
        (stopped[0].initialAmountOwed as BigDecimal).compareTo(new BigDecimal('14000')) == 0
        stopped[0].paidThroughMonth == '2024-12'
        stopped[0].workerCount == 10
        (stopped[0].reasonCodes as String).contains('STOPPED_K_MONTHS')
        stopped[0].identifiedRunId == out.screeningRunId
        stopped[0].lastRunId == out.screeningRunId
        stopped[0].identifiedDate != null
        targetsOf(ec, 'T990000002').isEmpty()
        targetsOf(ec, 'T990000003').isEmpty()
        targetsOf(ec, 'T990000004').isEmpty()

        alerts.size() == 1
        alerts[0].unitId == SurveyFixtures.unit(ec, 'T990000003').unitId
        alerts[0].alertTypeEnumId == 'HpfAltNewArrears'
        alerts[0].statusId == 'HpfAlrOpen'
        alerts[0].firstOwedMonth == '2026-01'
        (alerts[0].amountOwed as BigDecimal).compareTo(new BigDecimal('1600')) == 0

        run.runTypeEnumId == 'HpfRunSurvey'
        run.cutoffMonth == '2025-02'
        run.assessMonth == '2026-02'
        run.stopThresholdMonths == 3
        run.branchId == SurveyFixtures.BRANCH_1
        run.runByUserId == ec.user.userId
        run.completedDate != null
        run.durationMillis != null
        run.targetCount == 1
        run.createdCount == 1
    }

    def "a second run neither duplicates targets nor overwrites what staff recorded"() {
        given: "staff worked on the target"
        ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll([targetId: targetId, statusId: 'HpfTgtNoticed',
                assignedUserId: SurveyFixtures.BRANCH_1_USER_ID, notes: '已电话联系经办人', arrearsCauseEnumId: 'HpfAcHardship',
                nextDeadlineDate: java.sql.Date.valueOf('2026-04-30'), nextDeadlineNote: '限期整改']).update()

        when:
        Map out = run(ec, SurveyFixtures.BRANCH_1)
        List<EntityValue> stopped = targetsOf(ec, 'T990000001')

        then:
        !ec.message.hasError()
        out.createdCount == 0
        out.updatedCount == 1
        out.targetCount == 1
        stopped.size() == 1
        stopped[0].targetId == targetId
        stopped[0].statusId == 'HpfTgtNoticed'
        stopped[0].assignedUserId == SurveyFixtures.BRANCH_1_USER_ID
        stopped[0].notes == '已电话联系经办人'
        stopped[0].arrearsCauseEnumId == 'HpfAcHardship'
        stopped[0].nextDeadlineDate.toString() == '2026-04-30'
        stopped[0].nextDeadlineNote == '限期整改'
        stopped[0].identifiedRunId == firstRunId
        stopped[0].lastRunId == out.screeningRunId
        (stopped[0].initialAmountOwed as BigDecimal).compareTo(new BigDecimal('14000')) == 0
        // one unresolved alert per unit: the second run refreshed it instead of raising another
        ec.entity.find('hpf.compliance.ArrearsAlert').condition([unitId: SurveyFixtures.unit(ec, 'T990000003').unitId,
                statusId: 'HpfAlrOpen']).count() == 1
    }

    def "in the other branch an underpayment before the cut-off is an arrears target"() {
        when:
        Map out = run(ec, SurveyFixtures.BRANCH_2)
        List<EntityValue> under = targetsOf(ec, 'T990000007')

        then:
        out.unitsScreened == 1
        out.createdCount == 1
        under.size() == 1
        under[0].targetTypeEnumId == 'HpfTtArrears'
        under[0].branchId == SurveyFixtures.BRANCH_2
        under[0].firstOwedMonth == '2024-06'
        under[0].owedMonths == 1
        (under[0].amountOwed as BigDecimal).compareTo(new BigDecimal('300')) == 0
        (under[0].reasonCodes as String).contains('UNDERPAID')
        // the first branch's target was not touched by this run
        targetsOf(ec, 'T990000001')[0].lastRunId != out.screeningRunId
    }

    def "the summary table has per branch a row per type, the branch total and the grand total"() {
        when:
        List rows = ec.service.sync().name('hpf.compliance.ScreeningServices.get#TargetSummary')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call().summaryList

        then:
        rows*.branchName == ['测试一部', '测试一部', '测试一部', '测试二部', '测试二部', '测试二部', '总计']
        rows*.typeLabel == ['欠缴', '停缴', '合计', '欠缴', '停缴', '合计', '合计']
        rows[1].unitCount == 1
        rows[1].totalWorkers == 10
        rows[1].totalOwedMonths == 14
        (rows[6].totalAmountOwed as BigDecimal).compareTo(new BigDecimal('14300')) == 0
        rows[6].unitCount == 2
    }

    def "a branch user sees only its own branch in the detail table, on screen and through REST"() {
        given:
        ec.artifactExecution.enableAuthz()
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.BRANCH_1_USER)
        ScreenTest appTest = ec.screen.makeTest().baseScreenPath('apps/hpf')
        ScreenTest restTest = ec.screen.makeTest().baseScreenPath('rest').skipJsonSerialize(true)

        when:
        ScreenTestRender own = appTest.render('Survey/DetailTable', [campaignId: SurveyFixtures.CAMPAIGN], null)
        ScreenTestRender asked = appTest.render('Survey/DetailTable', [campaignId: SurveyFixtures.CAMPAIGN,
                branchId: SurveyFixtures.BRANCH_2], null)
        ScreenTestRender rest = restTest.render('s1/hpf/targetDetail', [campaignId: SurveyFixtures.CAMPAIGN], null)
        ScreenTestRender summary = restTest.render('s1/hpf/targetSummary', [campaignId: SurveyFixtures.CAMPAIGN], null)

        then:
        own.errorMessages.isEmpty()
        own.assertContains('测试停缴单位')
        own.assertNotContains('测试少缴单位')
        asked.assertNotContains('测试少缴单位')
        (rest.jsonObject.detailList as List)*.unitAccountNo == ['T990000001']
        (summary.jsonObject.summaryList as List)*.branchName.unique() == ['测试一部', '总计']

        cleanup:
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
        ec.artifactExecution.disableAuthz()
    }

    def "the office sees every branch in the detail table"() {
        given:
        ec.artifactExecution.enableAuthz()
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.OFFICE_USER)

        when:
        ScreenTestRender all = ec.screen.makeTest().baseScreenPath('apps/hpf')
                .render('Survey/DetailTable', [campaignId: SurveyFixtures.CAMPAIGN], null)

        then:
        all.errorMessages.isEmpty()
        all.assertContains('测试停缴单位')
        all.assertContains('测试少缴单位')

        cleanup:
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
        ec.artifactExecution.disableAuthz()
    }

    def "a target whose unit paid up is kept, with nothing owed"() {
        given:
        assert SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-backpay.csv').createdRows == 14

        when:
        Map out = run(ec, SurveyFixtures.BRANCH_1)
        List<EntityValue> stopped = targetsOf(ec, 'T990000001')

        then:
        !ec.message.hasError()
        out.targetCount == 0
        out.updatedCount == 1
        stopped.size() == 1
        stopped[0].owedMonths == 0
        (stopped[0].amountOwed as BigDecimal).compareTo(BigDecimal.ZERO) == 0
        stopped[0].firstOwedMonth == null
        stopped[0].paidThroughMonth == '2026-02'
        stopped[0].lastRunId == out.screeningRunId
        stopped[0].assignedUserId == SurveyFixtures.BRANCH_1_USER_ID
        stopped[0].notes == '已电话联系经办人'
    }

    def "a monitoring run raises alerts only and leaves the targets alone"() {
        given:
        long targetsBefore = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN).count()

        when:
        Map out = ec.service.sync().name('hpf.compliance.ScreeningServices.run#MonitoringScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: SurveyFixtures.BRANCH_1, assessMonth: '2026-02']).call()
        EntityValue run = ec.entity.find('hpf.compliance.ScreeningRun').condition('screeningRunId', out.screeningRunId).one()

        then:
        !ec.message.hasError()
        run.runTypeEnumId == 'HpfRunMonitoring'
        out.newArrearsCount == 1
        out.alertCount == 0
        out.deferredCount == 1
        ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN).count() == targetsBefore
        ec.entity.find('hpf.compliance.CampaignTarget').condition('lastRunId', out.screeningRunId).count() == 0
    }
}
