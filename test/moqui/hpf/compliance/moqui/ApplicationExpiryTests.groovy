package hpf.compliance.moqui

import org.moqui.entity.EntityValue

import java.sql.Date
import java.time.LocalDate

/** The daily job restore#ExpiredTerms: original terms return, and a deferral opens its make-up (补缴) follow-up. */
class ApplicationExpiryTests extends HpfSpec {

    void setupFixtures() { ApplicationFixtures.setup(ec) }

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

    def "an ended rate reduction follows up a target that still owes and closes one that does not"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_EXP_R1', [employerRate: 0.10, employeeRate: 0.10])
        ApplicationFixtures.unit(ec, 'HPFT_EXP_R2', [employerRate: 0.10, employeeRate: 0.10])
        String owing = ApplicationFixtures.target(ec, 'HPFT_EXP_R1', [amountOwed: 36000])
        String paid = ApplicationFixtures.target(ec, 'HPFT_EXP_R2', [amountOwed: 0])
        String owingApp = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validRateReduction('HPFT_EXP_R1', owing, '6%', '6%'))
        String paidApp = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validRateReduction('HPFT_EXP_R2', paid, '6%', '6%'))
        String owingBefore = target(owing).statusId

        when:
        [owingApp, paidApp].each { ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ApplicationTerms").parameters([applicationId: it]).call() }

        then:
        !ec.message.hasError()
        owingBefore == 'HpfTgtReduced'
        target(owing).statusId == 'HpfTgtIdentified'
        target(owing).resolvedDate == null
        target(paid).statusId == 'HpfTgtRectified'
        activity(owing, owingApp, 'HpfTgtIdentified').reason.contains('36,000.00')
        activity(paid, paidApp, 'HpfTgtRectified') != null
        application(owingApp).termsSettledDate != null
    }

    def "a renewal moves the target to applying and back to deferred; the make-up waits for the end of the renewed terms"() {
        given: "a one-month deferral in force: today is in its last month, so a renewal may be submitted"
        ApplicationFixtures.unit(ec, 'HPFT_EXP_RN1', [monthlyDueAmount: 1000])
        String targetId = ApplicationFixtures.target(ec, 'HPFT_EXP_RN1')
        String firstId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validDeferral('HPFT_EXP_RN1', targetId, 1))
        LocalDate renewalFrom = application(firstId).periodThruDate.toLocalDate().plusDays(1)
        Map renewal = ApplicationFixtures.validDeferral('HPFT_EXP_RN1', targetId, 2) +
                [periodFromDate: Date.valueOf(renewalFrom), periodThruDate: Date.valueOf(renewalFrom.plusMonths(2).minusDays(1))]

        when: "the renewal is submitted"
        String renewalId = ApplicationFixtures.submittedApplication(ec, renewal)
        String whileInReview = target(targetId).statusId

        and: "approved through every step"
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: renewalId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass']).call()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: renewalId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass']).call()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application").parameters([applicationId: renewalId]).call()
        String afterRenewalApproved = target(targetId).statusId

        and: "the first terms end while the renewal is approved"
        ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ApplicationTerms").parameters([applicationId: firstId]).call()
        String afterFirstEnded = target(targetId).statusId
        EntityValue firstEnded = application(firstId)

        then:
        !ec.message.hasError()
        application(renewalId).priorApplicationId == firstId
        whileInReview == 'HpfTgtApplying'
        afterRenewalApproved == 'HpfTgtDeferred'
        firstEnded.statusId == 'HpfAppExpired'
        firstEnded.termsSettledDate == null
        afterFirstEnded == 'HpfTgtDeferred'
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, applicationId: firstId]).useCache(false).list()
                .any { it.reason?.contains(renewalId) }

        when: "the renewed terms come into force on their first day and end after their last"
        ec.user.setEffectiveTime(java.sql.Timestamp.valueOf(renewalFrom.atTime(9, 0)))
        Map applied = ec.service.sync().name("hpf.compliance.ApplicationServices.apply#ApplicationTerms").parameters([applicationId: renewalId]).call()
        ec.user.setEffectiveTime(java.sql.Timestamp.valueOf(application(renewalId).periodThruDate.toLocalDate().plusDays(1).atTime(1, 0)))
        Map out = ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ApplicationTerms").parameters([applicationId: renewalId]).call()
        ec.user.setEffectiveTime(null)
        EntityValue target = target(targetId)

        then: "the first deferral's month and the renewal's two months are made up together"
        !ec.message.hasError()
        applied.termsApplied
        out.makeUpTargetId == targetId
        out.makeUpAmount == 3000
        target.statusId == 'HpfTgtIdentified'
        target.nextDeadlineNote.contains('3,000.00')
        application(firstId).termsSettledDate != null
        application(renewalId).termsSettledDate != null
    }

    def "a renewal refused after the first terms ended opens the make-up of the first"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_EXP_RN2', [monthlyDueAmount: 2000])
        String targetId = ApplicationFixtures.target(ec, 'HPFT_EXP_RN2')
        String firstId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validDeferral('HPFT_EXP_RN2', targetId, 1))
        LocalDate renewalFrom = application(firstId).periodThruDate.toLocalDate().plusDays(1)
        String renewalId = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_EXP_RN2', targetId, 2) +
                [periodFromDate: Date.valueOf(renewalFrom), periodThruDate: Date.valueOf(renewalFrom.plusMonths(2).minusDays(1))])

        when: "the first terms end while the renewal is in review, then the center rejects the renewal"
        ec.service.sync().name("hpf.compliance.ApplicationServices.restore#ApplicationTerms").parameters([applicationId: firstId]).call()
        String whileInReview = target(targetId).statusId
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: renewalId,
                reviewStepEnumId: 'HpfRsApproval', decisionEnumId: 'HpfRdReject', comments: '经营已好转，不予续期']).call()
        EntityValue target = target(targetId)

        then:
        !ec.message.hasError()
        whileInReview == 'HpfTgtApplying'
        application(renewalId).statusId == 'HpfAppRejected'
        target.statusId == 'HpfTgtIdentified'
        target.nextDeadlineNote.contains('2,000.00')
        application(firstId).termsSettledDate != null
    }

    EntityValue target(String id) {
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", id).useCache(false).one()
    }

    EntityValue activity(String targetId, String applicationId, String toStatusId) {
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, applicationId: applicationId, toStatusId: toStatusId])
                .useCache(false).list().find { true }
    }

    EntityValue application(String id) {
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", id).useCache(false).one()
    }
}
