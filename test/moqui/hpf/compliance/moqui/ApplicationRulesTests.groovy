package hpf.compliance.moqui

import hpf.compliance.core.rules.RegularizationRules
import hpf.compliance.core.rules.RuleMessages
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Unroll

import java.sql.Date
import java.time.LocalDate

/**
 * submit#Application refuses an application that breaks a rule of the core RegularizationRules, naming the field and
 * giving the rule's Chinese text (RuleMessages, loaded as LocalizedMessage) with its arguments filled in.
 */
class ApplicationRulesTests extends HpfSpec {
    @Shared int seq = 0

    void setupFixtures() {
        ApplicationFixtures.setup(ec)
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)
    }

    @Unroll
    def "submit refuses #rule on field #field"() {
        given:
        String unitId = ApplicationFixtures.unit(ec, 'HPFT_RULE_U' + (++seq), unitExtra)
        Map fields = base(unitId) + change
        String applicationId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application").parameters(fields).call()?.applicationId
        ApplicationFixtures.attachAll(ec, applicationId, docs)
        ec.message.clearAll()

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: applicationId]).call()
        String zhPrefix = RuleMessages.zh(code).split('\\$\\{')[0]

        then:
        ec.message.hasError()
        ec.message.validationErrors.any { it.field == field && it.message.startsWith(zhPrefix) && !it.message.contains('${') }
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one().statusId == 'HpfAppDraft'

        where:
        rule                          | code                                              | field                   | unitExtra                  | docs                                      | change
        'period over 12 months'       | RegularizationRules.PERIOD_TOO_LONG               | 'periodThruDate'        | [:]                        | ApplicationFixtures.DOC_TYPES             | [periodThruDate: d(LocalDate.now().plusMonths(18))]
        'deferral beyond the period'  | RegularizationRules.DEFERRAL_MONTHS_EXCEED_PERIOD | 'deferralMonths'        | [:]                        | ApplicationFixtures.DOC_TYPES             | [deferralMonths: 9]
        'notice too short'            | RegularizationRules.NOTICE_TOO_SHORT              | 'noticeThruDate'        | [:]                        | ApplicationFixtures.DOC_TYPES             | [noticeThruDate: d(LocalDate.now().minusDays(13))]
        'notice not ended'            | RegularizationRules.NOTICE_NOT_ENDED              | 'noticeThruDate'        | [:]                        | ApplicationFixtures.DOC_TYPES             | [noticeThruDate: d(LocalDate.now())]
        'objections unanswered'       | RegularizationRules.OBJECTIONS_RESPONSE_REQUIRED  | 'objectionResponse'     | [:]                        | ApplicationFixtures.DOC_TYPES             | [objectionCount: 2]
        'resolution after the notice' | RegularizationRules.RESOLUTION_AFTER_NOTICE       | 'resolutionDate'        | [:]                        | ApplicationFixtures.DOC_TYPES             | [resolutionDate: d(LocalDate.now().minusDays(10))]
        'no quorum'                   | RegularizationRules.ATTENDANCE_NOT_MAJORITY       | 'attendanceCount'       | [:]                        | ApplicationFixtures.DOC_TYPES             | [attendanceCount: 15, votesFor: 12]
        'votes for not a majority'    | RegularizationRules.VOTES_FOR_NOT_MAJORITY        | 'votesFor'              | [:]                        | ApplicationFixtures.DOC_TYPES             | [votesFor: 15, votesAgainst: 18]
        'signatures under two thirds' | RegularizationRules.SIGNATURES_BELOW_TWO_THIRDS   | 'signatureCount'        | [:]                        | ApplicationFixtures.DOC_TYPES             | signatures(30)
        'signatures with a congress'  | RegularizationRules.SIGNATURES_BUT_CONGRESS       | 'resolutionBodyEnumId'  | [:]                        | ApplicationFixtures.DOC_TYPES             | signatures(40) + [hasWorkersCongress: 'Y']
        'no reason'                   | RegularizationRules.REASON_REQUIRED               | 'reasonText'            | [:]                        | ApplicationFixtures.DOC_TYPES             | [reasonText: null]
        'no profit or loss'           | RegularizationRules.PROFIT_LOSS_LAST_YEAR_REQUIRED | 'profitLossAmount1'    | [:]                        | ApplicationFixtures.DOC_TYPES             | [profitLossAmount1: null]
        'hardship proof missing'      | RegularizationRules.ATTACHMENT_HARDSHIP_PROOF_MISSING | 'documentTypeEnumId' | [:]                       | ApplicationFixtures.DOC_TYPES.take(3)     | [:]
        'employer rate under 5%'      | RegularizationRules.REQUESTED_EMPLOYER_RATE_BELOW_MIN | 'requestedEmployerRate' | [:]                    | ApplicationFixtures.DOC_TYPES             | reduction('4%', '8%')
        'employee rate above current' | RegularizationRules.REQUESTED_EMPLOYEE_RATE_HIGHER | 'requestedEmployeeRate' | [employeeRate: 0.08]     | ApplicationFixtures.DOC_TYPES             | reduction('8%', '10%')
        'no rate lowered'             | RegularizationRules.NO_RATE_LOWERED               | 'requestedEmployerRate' | [:]                        | ApplicationFixtures.DOC_TYPES             | reduction('12%', '12%')
    }

    def "a second application of the same unit is refused while the first is in review"() {
        given:
        String unitId = ApplicationFixtures.unit(ec, 'HPFT_RULE_DUP')
        String firstId = ApplicationFixtures.submittedApplication(ec, base(unitId))
        String secondId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application").parameters(base(unitId)).call()?.applicationId
        ApplicationFixtures.attachAll(ec, secondId)
        ec.message.clearAll()

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: secondId]).call()

        then:
        ec.message.hasError()
        ec.message.validationErrors.any { it.field == 'applicationId' && it.message.contains(firstId) &&
                it.message.startsWith(RuleMessages.zh(RegularizationRules.APPLICATION_IN_PROGRESS).split('\\$\\{')[0]) }
    }

    def "a renewal is refused before the last month of the terms in force"() {
        given: "a rate reduction in force for twelve months"
        String unitId = ApplicationFixtures.unit(ec, 'HPFT_RULE_RENEW')
        ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validRateReduction(unitId, null, '8%', '8%'))
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)
        LocalDate later = LocalDate.now().plusMonths(12)
        String renewalId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application").parameters(
                ApplicationFixtures.validRateReduction(unitId, null, '8%', '8%') +
                        [periodFromDate: d(later), periodThruDate: d(later.plusMonths(6).minusDays(1))]).call()?.applicationId
        ApplicationFixtures.attachAll(ec, renewalId)
        ec.message.clearAll()

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: renewalId]).call()

        then:
        ec.message.hasError()
        ec.message.validationErrors.any { it.field == 'submittedDate' &&
                it.message.startsWith(RuleMessages.zh(RegularizationRules.RENEWAL_OUTSIDE_WINDOW).split('\\$\\{')[0]) }
    }

    def "the rule check lists every violation at once without refusing"() {
        given:
        String unitId = ApplicationFixtures.unit(ec, 'HPFT_RULE_ALL')
        String applicationId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application")
                .parameters([unitId: unitId, applicationTypeEnumId: 'HpfAtDeferral', campaignId: ApplicationFixtures.CAMPAIGN]).call()?.applicationId

        when:
        Map out = ec.service.sync().name("hpf.compliance.ApplicationServices.check#Application").parameters([applicationId: applicationId]).call()

        then:
        !ec.message.hasError()
        !out.passed
        out.violationCount >= 8
        out.violations*.code.containsAll([RegularizationRules.DEFERRAL_MONTHS_REQUIRED, RegularizationRules.PERIOD_FROM_REQUIRED,
                RegularizationRules.REASON_REQUIRED, RegularizationRules.RESOLUTION_REQUIRED, RegularizationRules.NOTICE_REQUIRED,
                RegularizationRules.ATTACHMENT_APPLICATION_FORM_MISSING])
    }

    def "every save reports the rule check: a 4% rate is named at once, on the screen and through REST"() {
        given:
        String unitId = ApplicationFixtures.unit(ec, 'HPFT_RULE_SAVE')
        String zhBelowMin = RuleMessages.zh(RegularizationRules.REQUESTED_EMPLOYER_RATE_BELOW_MIN).split('\\$\\{')[0]
        ec.message.clearAll()

        when: "a draft is created with an employer rate of 4%"
        Map created = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application")
                .parameters(base(unitId) + reduction('4%', '8%')).call()
        String applicationId = created.applicationId
        List<String> createWarnings = ec.message.messageInfos.findAll { it.typeString == 'warning' }*.message
        boolean createError = ec.message.hasError()
        ec.message.clearAll()

        then: "it is saved, and the finding is a warning message and part of the result"
        !createError
        applicationId
        created.violations*.code.contains(RegularizationRules.REQUESTED_EMPLOYER_RATE_BELOW_MIN)
        created.violationCount == created.violations.size()
        createWarnings.any { it.startsWith(zhBelowMin) }

        when: "the rate is corrected to 6%"
        Map corrected = ec.service.sync().name("hpf.compliance.ApplicationServices.update#Application")
                .parameters([applicationId: applicationId, requestedEmployerRate: '6%']).call()
        List<String> updateWarnings = ec.message.messageInfos*.message
        ec.message.clearAll()

        then: "that finding is gone"
        !corrected.violations*.code.contains(RegularizationRules.REQUESTED_EMPLOYER_RATE_BELOW_MIN)
        !updateWarnings.any { it.startsWith(zhBelowMin) }

        when: "an integrator sets 4% again through REST"
        ScreenTestRender patch = ec.screen.makeTest().baseScreenPath("rest")
                .render("s1/hpf/applications/${applicationId}", [requestedEmployerRate: '4%', moquiSessionToken: 'TestSessionToken'], "patch")
        Map json = (Map) new groovy.json.JsonSlurper().parseText(patch.output)

        then: "the response lists the finding with its Chinese text"
        ((List<Map>) json.violations).any { it.code == RegularizationRules.REQUESTED_EMPLOYER_RATE_BELOW_MIN &&
                it.field == 'requestedEmployerRate' && ((String) it.message).startsWith(zhBelowMin) }
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).useCache(false).one()
                .requestedEmployerRate == 0.04
    }

    static Map base(String unitId) { ApplicationFixtures.validDeferral(unitId, null) }

    static Date d(LocalDate day) { Date.valueOf(day) }

    static Map signatures(int signed) {
        [resolutionBodyEnumId: 'HpfRbSignatures', hasWorkersCongress: 'N', signatureCount: signed, workerCount: 50,
         bodyMemberCount: null, attendanceCount: null, votesFor: null, votesAgainst: null, votesAbstain: null]
    }

    static Map reduction(String employerRate, String employeeRate) {
        LocalDate today = LocalDate.now()
        [applicationTypeEnumId: 'HpfAtRateReduction', deferralMonths: null, requestedEmployerRate: employerRate,
         requestedEmployeeRate: employeeRate, periodFromDate: Date.valueOf(today), periodThruDate: Date.valueOf(today.plusMonths(12).minusDays(1))]
    }
}
