package hpf.compliance.moqui

import hpf.compliance.core.rules.NoticeNumbering
import hpf.compliance.core.rules.ServiceRecordRules
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.Shared

import java.sql.Date
import java.time.LocalDate
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * Guidance letters: numbered once per branch and year from the campaign's pattern, also when many users issue at
 * the same moment; service recorded after the service rules, with the rules' messages; a cancelled letter keeps its
 * number; the printed letter says what it must.
 */
class NoticeServicesTests extends HpfSpec {
    @Shared NoticeNumbering numbering = NoticeNumbering.compile(PushFixtures.PATTERN)

    void setupFixtures() { PushFixtures.setup(ec) }

    void cleanFixtures() { PushFixtures.clean(ec) }

    Map issue(String targetId, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice").parameters([targetId: targetId] + more).call()
    }

    Map serve(String noticeId, Map fields) {
        return ec.service.sync().name("hpf.compliance.NoticeServices.record#NoticeService").parameters([noticeId: noticeId] + fields).call()
    }

    def "a letter gets the next number of its branch and year, the facts as they stand, and moves the target"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date issued = PushFixtures.daysAgo(1)

        when:
        Map out = issue(targetId, [issueDate: issued])
        Map notice = PushFixtures.notice(ec, out.noticeId as String)
        Map target = PushFixtures.targetRow(ec, targetId)
        def parsed = numbering.parse(out.noticeNumber as String)

        then:
        !ec.message.hasError()
        parsed.isPresent()
        parsed.get().year() == issued.toLocalDate().year
        parsed.get().branch() == 'YQ01'
        notice.noticeSeqNum == parsed.get().seq()
        notice.statusId == 'HpfNtcIssued'
        notice.issueDate.toString() == issued.toString()
        notice.rectifyByDate.toLocalDate() == issued.toLocalDate().plusDays(30)
        notice.owedMonths == 14
        notice.amountOwed == 67200.00
        notice.firstOwedMonth == '2025-01'
        notice.unitName.startsWith('推进测试单位')
        notice.unitAccountNo.startsWith('T')
        target.statusId == 'HpfTgtNoticed'
        target.nextDeadlineDate.toString() == notice.rectifyByDate.toString()
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, activityTypeEnumId: 'HpfActNoticeIssued',
                noticeId: out.noticeId, toStatusId: 'HpfTgtNoticed']).count() == 1

        when: "a second letter while the first is in force"
        issue(targetId)

        then:
        ec.message.hasError()
        ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", targetId).count() == 1
    }

    def "ten users issuing at the same moment get ten distinct consecutive numbers"() {
        given: "a branch of its own, so that the first number of the year is drawn in the race too"
        String code = 'T' + PushFixtures.RUN
        ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: 'HPFT_BR_' + code, branchCode: code,
                branchName: '并发测试管理部', branchTypeEnumId: 'HpfBrtManagementDept']).createOrUpdate()
        List<String> targetIds = (1..10).collect { PushFixtures.target(ec, 'HPFT_BR_' + code) }

        when:
        List<Map> results = callAtOnce(targetIds, PushFixtures.OFFICE_USER, "hpf.compliance.NoticeServices.issue#GuidanceNotice", 'noticeNumber')
        List<String> numbers = results.findAll { !it.error }*.noticeNumber
        List<Integer> seqs = numbers.collect { numbering.parse(it).get().seq() }.sort()

        then:
        results.size() == 10
        results.every { !it.error }
        numbers.unique(false).size() == 10
        seqs == (1..10).toList()
        numbers.every { numbering.parse(it).get().branch() == code }
        ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtGuidanceNotice',
                branchId: 'HPFT_BR_' + code, sequenceYear: (long) LocalDate.now().year]).one().lastSeqNum == 10
        targetIds.every { PushFixtures.targetRow(ec, it).statusId == 'HpfTgtNoticed' }
    }

    def "a record of service that breaks a service rule is refused with the rule's message"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map issued = issue(targetId, [issueDate: PushFixtures.daysAgo(5)])
        String noticeId = issued.noticeId

        expect:
        !ec.message.hasError()

        when: "left at the premises without a witness"
        serve(noticeId, [serviceMethodEnumId: 'HpfSmLeft', serviceDate: PushFixtures.daysAgo(1), recipientName: '张三',
                recipientRefused: 'Y'])
        List<String> leftErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "served before it was issued"
        Date early = PushFixtures.daysAgo(10)
        serve(noticeId, [serviceMethodEnumId: 'HpfSmPersonal', serviceDate: early, recipientName: '张三'])
        List<String> earlyErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "by post without a tracking number"
        serve(noticeId, [serviceMethodEnumId: 'HpfSmPost', serviceDate: PushFixtures.daysAgo(1)])
        List<String> postErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "electronically without the unit's consent"
        serve(noticeId, [serviceMethodEnumId: 'HpfSmElectronic', serviceDate: PushFixtures.daysAgo(1),
                electronicChannel: '电子邮件', electronicAddress: 'hr@example.cn'])
        List<String> consentErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "not delivered, without saying why"
        serve(noticeId, [serviceMethodEnumId: 'HpfSmPost', serviceDate: PushFixtures.daysAgo(1), postalTrackingNo: 'EMS1234567890CN',
                serviceOutcome: 'RETURNED'])
        List<String> reasonErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        leftErrors == [PushFixtures.message(ec, ServiceRecordRules.WITNESS_REQUIRED)]
        earlyErrors.contains(PushFixtures.message(ec, ServiceRecordRules.SERVICE_BEFORE_ISSUE,
                [serviceDate: early.toLocalDate(), issueDate: PushFixtures.daysAgo(5).toLocalDate()]))
        postErrors == [PushFixtures.message(ec, ServiceRecordRules.TRACKING_NO_REQUIRED)]
        consentErrors == [PushFixtures.message(ec, ServiceRecordRules.CONSENT_REQUIRED)]
        reasonErrors == [PushFixtures.message(ec, ServiceRecordRules.FAILURE_REASON_REQUIRED)]
        PushFixtures.notice(ec, noticeId).statusId == 'HpfNtcIssued'
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtNoticed'

        when: "returned by post with the reason, then served in person"
        serve(noticeId, [serviceMethodEnumId: 'HpfSmPost', serviceDate: PushFixtures.daysAgo(3), postalTrackingNo: 'EMS1234567890CN',
                serviceOutcome: 'RETURNED', undeliverableReason: '查无此单位，邮件退回'])
        Map afterReturn = PushFixtures.notice(ec, noticeId)
        serve(noticeId, [serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(1), recipientName: '叶建英'])
        Map afterService = PushFixtures.notice(ec, noticeId)

        then:
        !ec.message.hasError()
        afterReturn.statusId == 'HpfNtcUndeliverable'
        afterService.statusId == 'HpfNtcServed'
        afterService.recipientName == '叶建英'
        afterService.serviceOutcome == 'DELIVERED'
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtServed'
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, activityTypeEnumId: 'HpfActNoticeUndeliverable']).count() == 1
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, activityTypeEnumId: 'HpfActNoticeServed',
                toStatusId: 'HpfTgtServed']).count() == 1
    }

    def "a cancelled letter keeps its number; the next letter gets a new one; a served letter cannot be cancelled"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map first = issue(targetId)

        when:
        ec.service.sync().name("hpf.compliance.NoticeServices.cancel#GuidanceNotice")
                .parameters([noticeId: first.noticeId, cancelReason: '单位名称有误，重新下达']).call()
        Map cancelled = PushFixtures.notice(ec, first.noticeId as String)
        Map targetAfterCancel = PushFixtures.targetRow(ec, targetId)
        Map second = issue(targetId)

        then:
        !ec.message.hasError()
        cancelled.statusId == 'HpfNtcCancelled'
        cancelled.noticeNumber == first.noticeNumber
        cancelled.cancelReason == '单位名称有误，重新下达'
        targetAfterCancel.statusId == 'HpfTgtIdentified'
        second.noticeNumber != first.noticeNumber
        numbering.parse(second.noticeNumber as String).get().seq() > numbering.parse(first.noticeNumber as String).get().seq()

        when:
        serve(second.noticeId as String, [serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(0), recipientName: '叶建英'])
        ec.service.sync().name("hpf.compliance.NoticeServices.cancel#GuidanceNotice")
                .parameters([noticeId: second.noticeId, cancelReason: '误操作']).call()

        then:
        ec.message.hasError()
        PushFixtures.notice(ec, second.noticeId as String).statusId == 'HpfNtcServed'
    }

    def "letters are issued in bulk from the worklist, skipping targets that cannot have one"() {
        given:
        String t1 = PushFixtures.target(ec, 'YQ01')
        String t2 = PushFixtures.target(ec, 'YQ01')
        String excluded = PushFixtures.target(ec, 'YQ01', [statusId: 'HpfTgtExcluded'])
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        Map out = ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotices")
                .parameters([targetIds: [t1, t2, excluded]]).call()

        then:
        !ec.message.hasError()
        out.noticeIds.size() == 2
        out.skippedTargetIds.size() == 1
        out.skippedTargetIds[0].startsWith(excluded)
        PushFixtures.targetRow(ec, t1).statusId == 'HpfTgtNoticed'
        PushFixtures.targetRow(ec, excluded).statusId == 'HpfTgtExcluded'
    }

    def "the printed letter names the unit, the facts, the law and the deadline"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map issued = issue(targetId)

        when:
        Map letter = ec.service.sync().name("hpf.compliance.NoticeServices.render#NoticeDocument")
                .parameters([noticeId: issued.noticeId, documentKind: 'NOTICE', format: 'html']).call()
        Map proof = ec.service.sync().name("hpf.compliance.NoticeServices.render#NoticeDocument")
                .parameters([noticeId: issued.noticeId, documentKind: 'PROOF', format: 'html']).call()

        then:
        !ec.message.hasError()
        letter.html.contains(issued.noticeNumber as String)
        letter.html.contains('第三十八条')
        letter.html.contains('14个月')
        letter.html.contains('67,200.00')
        letter.html.contains('城区管理部')
        proof.html.contains('送 达 回 证')
        proof.html.contains(issued.noticeNumber as String)
    }
}
