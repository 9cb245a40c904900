package hpf.compliance.moqui

import org.moqui.entity.EntityValue

import java.sql.Date
import java.time.LocalDate

/** Resolution by payment after a screening run refreshed the targets' amounts owed, and payment evidence. */
class RecoveryTests extends HpfSpec {
    static final String RUN = 'HPFT_RUN_1'

    void setupFixtures() {
        ApplicationFixtures.setup(ec)
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
    }

    def "cleared arrears rectify the target, partial payment records the recovered amount"() {
        given: "the screening run found one unit paid up and one that paid part"
        ApplicationFixtures.unit(ec, 'HPFT_REC_U1')
        ApplicationFixtures.unit(ec, 'HPFT_REC_U2')
        ApplicationFixtures.unit(ec, 'HPFT_REC_U3')
        String paid = ApplicationFixtures.target(ec, 'HPFT_REC_U1', [amountOwed: 0, lastRunId: RUN])
        String part = ApplicationFixtures.target(ec, 'HPFT_REC_U2', [amountOwed: 10000, lastRunId: RUN, statusId: 'HpfTgtServed'])
        String applying = ApplicationFixtures.target(ec, 'HPFT_REC_U3', [amountOwed: 20000, lastRunId: RUN, statusId: 'HpfTgtApplying'])

        when:
        Map out = ec.service.sync().name("hpf.compliance.RecoveryServices.apply#PaymentRecovery")
                .parameters([campaignId: ApplicationFixtures.CAMPAIGN, screeningRunId: RUN]).call()

        then:
        !ec.message.hasError()
        out.rectifiedCount == 1
        out.partPaidCount == 1
        target(paid).statusId == 'HpfTgtRectified'
        target(paid).recoveredAmount == 36000
        target(paid).resolvedDate != null
        target(part).statusId == 'HpfTgtPartPaid'
        target(part).recoveredAmount == 26000
        // an application in review keeps the target where it is; only the figure changes
        target(applying).statusId == 'HpfTgtApplying'
        target(applying).recoveredAmount == 16000
    }

    def "targets of another run are not touched"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_REC_U4')
        String other = ApplicationFixtures.target(ec, 'HPFT_REC_U4', [amountOwed: 0, lastRunId: 'HPFT_RUN_OTHER'])

        when:
        ec.service.sync().name("hpf.compliance.RecoveryServices.apply#PaymentRecovery")
                .parameters([campaignId: ApplicationFixtures.CAMPAIGN, screeningRunId: RUN]).call()

        then:
        target(other).statusId == 'HpfTgtServed'
        target(other).recoveredAmount == 0
    }

    def "payment evidence is recorded on the target with its voucher"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_REC_U5')
        String targetId = ApplicationFixtures.target(ec, 'HPFT_REC_U5')
        String voucher = '银行回单 2026-05-20'

        when:
        Map out = ec.service.sync().name("hpf.compliance.RecoveryServices.record#PaymentEvidence").parameters([targetId: targetId,
                amount: 12000, paymentDate: Date.valueOf(LocalDate.now().minusDays(1)), voucherNumber: 'YH20260520-001',
                note: '补缴2024年10月', fileName: 'voucher.txt', contentBase64: voucher.getBytes('UTF-8').encodeBase64().toString()]).call()
        EntityValue evidence = ec.entity.find("hpf.compliance.PaymentEvidence").condition("paymentEvidenceId", out?.paymentEvidenceId).one()

        then:
        !ec.message.hasError()
        evidence.targetId == targetId
        evidence.unitId == 'HPFT_REC_U5'
        evidence.amount == 12000
        evidence.fileName == 'voucher.txt'
        ec.resource.getLocationReference(evidence.documentLocation).getText() == voucher

        when: "a payment dated in the future is refused"
        ec.service.sync().name("hpf.compliance.RecoveryServices.record#PaymentEvidence").parameters([targetId: targetId,
                amount: 100, paymentDate: Date.valueOf(LocalDate.now().plusDays(3))]).call()

        then:
        ec.message.hasError()
    }

    def "a campaign screening that finds the arrears paid rectifies the target through the SECA"() {
        given: "the survey fixtures: a stopped unit identified by a first run"
        SurveyFixtures.clean(ec)
        SurveyFixtures.setup(ec)
        ApplicationFixtures.login(ec, SurveyFixtures.IT_USER)
        SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-small.csv')
        SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-small.csv')
        screen(SurveyFixtures.BRANCH_1)
        EntityValue before = ec.entity.find("hpf.compliance.CampaignTarget").condition([campaignId: SurveyFixtures.CAMPAIGN,
                unitId: SurveyFixtures.unit(ec, 'T990000001').unitId]).useCache(false).one()

        when: "the back payments are imported and the campaign screened again"
        SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-backpay.csv')
        Map out = screen(SurveyFixtures.BRANCH_1)
        EntityValue after = target(before.targetId)

        then:
        !ec.message.hasError()
        before.statusId == 'HpfTgtIdentified'
        before.initialAmountOwed > 0
        after.lastRunId == out.screeningRunId
        after.amountOwed == 0
        after.statusId == 'HpfTgtRectified'
        after.recoveredAmount == before.initialAmountOwed
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: before.targetId, toStatusId: 'HpfTgtRectified',
                activityTypeEnumId: 'HpfActPayment']).count() == 1

        cleanup:
        SurveyFixtures.clean(ec)
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
    }

    Map screen(String branchId) {
        ec.service.sync().name("hpf.compliance.ScreeningServices.run#CampaignScreening")
                .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: branchId]).call()
    }

    EntityValue target(String id) {
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", id).useCache(false).one()
    }
}
