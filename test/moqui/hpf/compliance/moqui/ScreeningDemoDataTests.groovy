package hpf.compliance.moqui

import spock.lang.Shared
import spock.lang.Unroll

/**
 * The survey of the whole demo city (README "Demo data"), run into the test campaign HPFT_SURVEY with the 2026
 * parameters so the demo campaign itself stays untouched: the database cursors and the core engine must find exactly
 * what the CLI finds on docs/demo-export — 53 targets (37 欠缴, 16 停缴), 19 new arrears, 6 deferred units.
 */
class ScreeningDemoDataTests extends HpfSpec {
    @Shared Map firstRun

    void setupFixtures() {
        SurveyFixtures.clean(ec)
        // the push specs' units sit in the demo branches; a survey of the demo city must not count them
        PushFixtures.clean(ec)
        SurveyFixtures.setup(ec)
        ec.user.internalLoginUser(SurveyFixtures.OFFICE_USER)
        firstRun = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call()
    }

    void cleanFixtures() { SurveyFixtures.clean(ec) }

    static final List<String> DEMO_BRANCHES = ['YQ01', 'YQ02', 'YQ03', 'YQ04', 'YQ05', 'YQ06', 'HY01']

    /** other specs may leave test units of their own behind; the demo city's figures are counted on its branches */
    long demoCount(String entityName, Map conditions) {
        return ec.entity.find(entityName).condition(conditions).condition('branchId', 'in', DEMO_BRANCHES).count()
    }

    def "the survey of the demo city finds what the CLI finds"() {
        expect:
        !ec.message.hasError()
        firstRun.unitsScreened >= 300
        firstRun.targetCount >= 53
        firstRun.newArrearsCount >= 19
        firstRun.deferredCount >= 6
        demoCount('hpf.compliance.CampaignTarget', [campaignId: SurveyFixtures.CAMPAIGN]) == 53
        demoCount('hpf.compliance.CampaignTarget', [campaignId: SurveyFixtures.CAMPAIGN, targetTypeEnumId: 'HpfTtArrears']) == 37
        demoCount('hpf.compliance.CampaignTarget', [campaignId: SurveyFixtures.CAMPAIGN, targetTypeEnumId: 'HpfTtStopped']) == 16
        demoCount('hpf.compliance.ArrearsAlert', [screeningRunId: firstRun.screeningRunId]) == 19
        demoCount('hpf.compliance.ArrearsAlert', [screeningRunId: firstRun.screeningRunId, alertTypeEnumId: 'HpfAltNewStop']) == 8
    }

    @Unroll
    def "branch #branchId has #expected targets"() {
        expect:
        ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: SurveyFixtures.CAMPAIGN, branchId: branchId]).count() == expected

        where:
        branchId | expected
        'YQ01'   | 11
        'YQ02'   | 11
        'YQ03'   | 4
        'YQ04'   | 5
        'YQ05'   | 9
        'YQ06'   | 7
        'HY01'   | 6
    }

    def "the summary's grand total matches the targets"() {
        when:
        List rows = ec.service.sync().name('hpf.compliance.ScreeningServices.get#TargetSummary')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call().summaryList
        Map grand = rows.last()
        Set demoNames = ec.entity.find('hpf.compliance.Branch').condition('branchId', 'in', DEMO_BRANCHES).list()*.branchName as Set
        List demoRows = rows.findAll { it.branchName in demoNames }
        List demoTotals = demoRows.findAll { it.rowKind == 'BRANCH_TOTAL' }

        then:
        grand.branchName == '总计'
        demoRows.size() == 7 * 3
        demoTotals*.unitCount.sum() == 53
        demoTotals*.totalWorkers.sum() == 10624
        demoTotals*.totalOwedMonths.sum() == 665
        (demoTotals*.totalAmountOwed.sum() as BigDecimal).compareTo(new BigDecimal('138960824.00')) == 0
        demoRows.findAll { it.typeLabel == '停缴' }*.unitCount.sum() == 16
    }

    def "running it again creates nothing and refreshes every target"() {
        when:
        Map again = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call()

        then:
        !ec.message.hasError()
        again.createdCount == 0
        again.updatedCount == firstRun.targetCount
        demoCount('hpf.compliance.CampaignTarget', [campaignId: SurveyFixtures.CAMPAIGN]) == 53
        demoCount('hpf.compliance.CampaignTarget', [campaignId: SurveyFixtures.CAMPAIGN, lastRunId: again.screeningRunId]) == 53
        // one unresolved alert per unit and campaign: the second run raised none
        again.alertCount == 0
    }
}
