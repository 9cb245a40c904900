package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

/**
 * The survey of the whole demo city (README "Demo data"), run into the test campaign HPFT_SURVEY with the 2026
 * parameters so the demo campaign itself stays untouched: the database cursors and the core engine must find exactly
 * what the CLI finds on docs/demo-export — 53 targets (37 欠缴, 16 停缴), 19 new arrears, 6 deferred units.
 */
class ScreeningDemoDataTests extends Specification {
    @Shared ExecutionContext ec
    @Shared Map firstRun

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        ec.artifactExecution.disableAuthz()
        SurveyFixtures.clean(ec)
        SurveyFixtures.setup(ec)
        ec.user.internalLoginUser(SurveyFixtures.OFFICE_USER)
        firstRun = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call()
    }

    def cleanupSpec() {
        ec.artifactExecution.disableAuthz()
        SurveyFixtures.clean(ec)
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def "the survey of the demo city finds what the CLI finds"() {
        expect:
        !ec.message.hasError()
        firstRun.unitsScreened == 300
        firstRun.targetCount == 53
        firstRun.arrearsCount == 37
        firstRun.stoppedCount == 16
        firstRun.newArrearsCount == 19
        firstRun.deferredCount == 6
        firstRun.createdCount == 53
        ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN).count() == 53
        ec.entity.find('hpf.compliance.ArrearsAlert').condition('screeningRunId', firstRun.screeningRunId).count() == 19
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

        then:
        rows.size() == 7 * 3 + 1
        grand.branchName == '总计'
        grand.unitCount == 53
        grand.totalWorkers == 10624
        grand.totalOwedMonths == 665
        (grand.totalAmountOwed as BigDecimal).compareTo(new BigDecimal('138960824.00')) == 0
        rows.findAll { it.typeLabel == '停缴' }*.unitCount.sum() == 16
    }

    def "running it again creates nothing and refreshes every target"() {
        when:
        Map again = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN]).call()

        then:
        !ec.message.hasError()
        again.createdCount == 0
        again.updatedCount == 53
        ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN).count() == 53
        ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: SurveyFixtures.CAMPAIGN,
                lastRunId: again.screeningRunId]).count() == 53
    }
}
