package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

import static hpf.compliance.moqui.FigureFixtures.*

/**
 * The campaign dashboard (Campaign/CampaignDashboard) on the hand-counted FigureFixtures: leaders, office and audit see
 * both fixture branches with their figures formatted for China, a branch user only its own branch (table, charts and
 * links); the phase calendar, the overdue deadlines and the charts are in the page; Chart.js is on the classpath.
 */
class DashboardScreenTests extends Specification {
    @Shared ExecutionContext ec
    @Shared ScreenTest screenTest
    static final String PATH = "Campaign/CampaignDashboard?campaignId=${CAMPAIGN}&asOfDate=2026-05-31"

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        FigureFixtures.setup(ec)
        screenTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
    }

    def cleanupSpec() {
        FigureFixtures.clean(ec)
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def cleanup() {
        ec.message.clearAll()
        if (ec.user.userId) ec.user.logoutUser()
    }

    String render(String username, String path = PATH) {
        ec.user.internalLoginUser(username)
        ScreenTestRender str = screenTest.render(path, [lastStandalone: "-2"], null)
        assert str.errorMessages.isEmpty(), str.errorMessages.toString()
        return str.output
    }

    @Unroll
    def "#username sees every branch with its figures as of the date"() {
        when:
        String out = render(username)

        then:
        out.contains('图表一部') && out.contains('图表二部')
        // 图表一部 as of 2026-05-31: amount recovered 12,500.00, outstanding 17,500.00; the total outstanding 19,500.00
        out.contains('12,500.00') && out.contains('17,500.00') && out.contains('19,500.00')
        out.contains('各机构工作数据') && out.contains('合计')
        out.contains('hpfChartStatus') && out.contains('hpfChartRecovery')
        out.contains('阶段安排') && out.contains('今日已逾期事项')

        where:
        username << ['hpf.office', 'hpf.leader', 'hpf.audit']
    }

    def "a branch user sees its own branch only, in the table, the charts and the links"() {
        when:
        String out = render(B1_USER)

        then:
        out.contains('图表一部')
        !out.contains('图表二部')
        !out.contains(B2)
        out.contains('17,500.00')
        // the total is its own branch's
        !out.contains('19,500.00')
    }

    def "each figure links to its worklist filtered by campaign and branch"() {
        when:
        String out = render('hpf.office')

        then:
        out.contains('Target/FindTarget') && out.contains('branchId=' + B1)
        out.contains('Notice/FindNotice') && out.contains('statusId=HpfNtcServed')
        out.contains('Enforcement/FindEnforcement') && out.contains('actionTypeEnumId=HpfEaCourtReferral')
        out.contains('Application/FindApplication') && out.contains('applicationTypeEnumId=HpfAtDeferral')
    }

    def "the phase calendar shows today's position and the charts get their data"() {
        when:
        ec.user.internalLoginUser('hpf.office')
        ec.artifactExecution.disableAuthz()
        Map out = ec.service.sync().name('hpf.compliance.CampaignFigureServices.get#CampaignDashboard').parameters([campaignId: CAMPAIGN]).call()
        ec.artifactExecution.enableAuthz()

        then:
        out.phaseList*.phaseEnumId == ['HpfPhStartup', 'HpfPhSurvey', 'HpfPhPush', 'HpfPhImplement', 'HpfPhSummary', 'HpfPhConsolidate']
        // the fixture's phases are all in 2026 up to the open-ended consolidation
        out.phaseList.count { it.state == 'CURRENT' } <= 1
        out.todayText
        out.charts.hpfChartStatus.data.labels == ['图表一部', '图表二部']
        // 图表一部's rectified targets: T1 and T2
        out.charts.hpfChartStatus.data.datasets.find { it.label == '已缴清整改' }?.data == [2L, 0L]
        // rectified per month: T1 in May, T2 in June; amount recovered so far 10,000 then 16,000
        out.charts.hpfChartRecovery.data.labels == ['2026-05', '2026-06']
        out.charts.hpfChartRecovery.data.datasets[0].data == [1L, 1L]
        out.charts.hpfChartRecovery.data.datasets[1].data == [10000.00G, 16000.00G]
    }

    def "Chart.js comes from the component's classpath"() {
        expect:
        ec.resource.getLocationReference('classpath://META-INF/resources/webjars/chartjs/2.9.4/Chart.min.js').getExists()
    }
}
