package hpf.compliance.moqui

import org.moqui.screen.ScreenTest.ScreenTestRender

import java.sql.Timestamp

/**
 * Money is entered to the fen: the interview's committed amount and payment evidence take 119962.07 as typed, a
 * third decimal is refused with a Chinese message naming the field (never rounded or stored as typed), and the
 * forms offer a text input, not a browser number input (which only takes whole yuan).
 */
class MoneyInputTests extends HpfSpec {

    void setupFixtures() { PushFixtures.setup(ec) }

    void cleanFixtures() { PushFixtures.clean(ec) }

    Map interview(String targetId, Object amount) {
        return ec.service.sync().name("hpf.compliance.InterviewServices.create#CollectionInterview").parameters([targetId: targetId,
                interviewDate: new Timestamp(System.currentTimeMillis() - 3600000L), place: '城区管理部会议室',
                staffUserIds: ['HpfUChengqu', 'HpfUChengqu2'], participants: [[participantName: '叶建英', roleTitle: '经办人']],
                arrearsCauseEnumId: 'HpfAcHardship', commitmentAmount: amount, commitmentDate: PushFixtures.daysAgo(-20)]).call()
    }

    def "a committed amount in fen is kept as typed; a third decimal is refused naming the field"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when: "typed as a form sends it"
        Map refused = interview(targetId, '119962.075')
        List<String> errors = PushFixtures.errors(ec)
        ec.message.clearAll()
        Map kept = interview(targetId, '119962.07')

        then:
        refused?.interviewId == null
        errors == ['承诺缴存金额119962.075超过两位小数，金额以元为单位、精确到分（如 119962.07）']
        !ec.message.hasError()
        ec.entity.find("hpf.compliance.CollectionInterview").condition("interviewId", kept.interviewId).one()
                .commitmentAmount.compareTo(new BigDecimal('119962.07')) == 0
    }

    def "payment evidence takes fen and refuses a third decimal"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        ec.service.sync().name("hpf.compliance.RecoveryServices.record#PaymentEvidence").parameters([targetId: targetId,
                amount: '4800.125', paymentDate: PushFixtures.daysAgo(1)]).call()
        List<String> errors = PushFixtures.errors(ec)
        ec.message.clearAll()
        Map kept = ec.service.sync().name("hpf.compliance.RecoveryServices.record#PaymentEvidence").parameters([targetId: targetId,
                amount: '4800.12', paymentDate: PushFixtures.daysAgo(0)]).call()

        then:
        errors == ['金额（元）4800.125超过两位小数，金额以元为单位、精确到分（如 119962.07）']
        !ec.message.hasError()
        ec.entity.find("hpf.compliance.PaymentEvidence").condition("paymentEvidenceId", kept.paymentEvidenceId).one()
                .amount.compareTo(new BigDecimal('4800.12')) == 0
    }

    def "the interview form offers the committed amount as a text input, not a whole-number input"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        ScreenTestRender str = appTest.render("Target/NewInterview?targetId=" + targetId, [lastStandalone: "-2"], null)
        String input = (str.output =~ /<input[^>]*name="commitmentAmount"[^>]*>/).with { it.find() ? it.group() : '' }

        then:
        str.errorMessages.isEmpty()
        input
        !input.contains('type="number"')
    }
}
