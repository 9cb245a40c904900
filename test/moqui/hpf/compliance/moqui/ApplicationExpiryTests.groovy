package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date
import java.time.LocalDate

/** The daily job restore#ExpiredTerms: original terms return, and a deferral opens its make-up (补缴) follow-up. */
class ApplicationExpiryTests extends Specification {
    @Shared ExecutionContext ec

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        ec.artifactExecution.disableAuthz()
        ApplicationFixtures.setup(ec)
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanupSpec() {
        ec.artifactExecution.enableAuthz()
        ec.user.logoutUser()
        ec.destroy()
    }

    def cleanup() { ec.message.clearAll() }

    def "an ended deferral returns the account to normal and reopens the target with the make-up months and amount"() {
        given: "a three-month deferral in force for a unit owing 12,000 yuan a month"
        ApplicationFixtures.unit(ec, 'HPFT_EXP_U1')
        String targetId = ApplicationFixtures.target(ec, 'HPFT_EXP_U1')
        String applicationId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validDeferral('HPFT_EXP_U1', targetId, 3))
        EntityValue app = application(applicationId)
        assert app.statusId == 'HpfAppInForce'
        LocalDate dayAfter = app.periodThruDate.toLocalDate().plusDays(1)

        when: "the job runs the day after the period"
        Map out = ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ExpiredTerms")
                .parameters([asOfDate: Date.valueOf(dayAfter)]).call()
        EntityValue unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_EXP_U1').useCache(false).one()
        EntityValue target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).useCache(false).one()

        then:
        !ec.message.hasError()
        out.restoredCount >= 1
        application(applicationId).statusId == 'HpfAppExpired'
        application(applicationId).termsRestoredDate != null
        unit.accountStatusEnumId == 'HpfAcsNormal'
        unit.termsApplicationId == null
        unit.termsThruDate == null
        target.statusId == 'HpfTgtIdentified'
        target.nextDeadlineDate != null
        target.nextDeadlineDate.toLocalDate() == dayAfter.plusDays(30)
        target.nextDeadlineNote.contains('36,000.00')
        target.nextDeadlineNote.contains(LocalDate.now().toString().substring(0, 7))
    }

    def "an ended deferral of a unit without a target opens a new target for the make-up"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_EXP_U2', [monthlyDueAmount: 5000])
        String applicationId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validDeferral('HPFT_EXP_U2', null, 2))

        when:
        Map out = ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ApplicationTerms")
                .parameters([applicationId: applicationId]).call()
        EntityValue target = ec.entity.find("hpf.compliance.CampaignTarget")
                .condition([campaignId: ApplicationFixtures.CAMPAIGN, unitId: 'HPFT_EXP_U2']).useCache(false).one()

        then:
        !ec.message.hasError()
        out.restored
        out.makeUpAmount == 10000
        target != null
        target.targetId == out.makeUpTargetId
        target.statusId == 'HpfTgtIdentified'
        target.amountOwed == 10000
        target.owedMonths == 2
        target.reasonCodes == 'DEFERRAL_MAKEUP'
    }

    def "an ended rate reduction brings the original rates back"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_EXP_U3', [employerRate: 0.10, employeeRate: 0.09])
        String applicationId = ApplicationFixtures.approvedApplication(ec,
                ApplicationFixtures.validRateReduction('HPFT_EXP_U3', null, '5%', '5%'))
        EntityValue reduced = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_EXP_U3').useCache(false).one()

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ExpiredTerms")
                .parameters([asOfDate: Date.valueOf(application(applicationId).periodThruDate.toLocalDate().plusDays(1))]).call()
        EntityValue unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_EXP_U3').useCache(false).one()

        then:
        !ec.message.hasError()
        reduced.employerRate == 0.05
        unit.employerRate == 0.10
        unit.employeeRate == 0.09
        unit.termsApplicationId == null
        application(applicationId).statusId == 'HpfAppExpired'
    }

    def "the job leaves terms that are still running alone"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_EXP_U4')
        String applicationId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validDeferral('HPFT_EXP_U4', null, 6))

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ExpiredTerms").parameters([:]).call()

        then:
        !ec.message.hasError()
        application(applicationId).statusId == 'HpfAppInForce'
        ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_EXP_U4').useCache(false).one().accountStatusEnumId == 'HpfAcsDeferred'
    }

    EntityValue application(String id) {
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", id).useCache(false).one()
    }
}
