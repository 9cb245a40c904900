package hpf.compliance.moqui

import hpf.compliance.core.rules.InterviewRules

import java.sql.Date
import java.sql.Timestamp

/**
 * Interview records (催缴情况笔录): two staff at least, a unit representative with a role, a cause (其他 with a
 * description); a commitment sets the target's next deadline and moves it to 'payment committed'.
 */
class InterviewServicesTests extends HpfSpec {

    void setupFixtures() { PushFixtures.setup(ec) }

    void cleanFixtures() { PushFixtures.clean(ec) }

    static final List<Map> REPS = [[participantKindEnumId: 'HpfPkUnitRep', participantName: '叶建英', roleTitle: '经办人', contactPhone: '18810668104'],
                                   [participantKindEnumId: 'HpfPkUnitRep', participantName: '孟润生', roleTitle: '法定代表人']]

    Map interview(String targetId, Map fields) {
        return ec.service.sync().name("hpf.compliance.InterviewServices.create#CollectionInterview")
                .parameters([targetId: targetId, interviewDate: new Timestamp(System.currentTimeMillis() - 3600000L),
                        place: '城区管理部会议室', staffUserIds: ['HpfUChengqu', 'HpfUChengqu2'], participants: REPS,
                        arrearsCauseEnumId: 'HpfAcHardship', unitStatement: '受市场影响，资金周转困难。'] + fields).call()
    }

    def "an interview with one staff member, or with cause 'other' and no description, is refused with the rule's message"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        interview(targetId, [staffUserIds: ['HpfUChengqu']])
        List<String> staffErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        interview(targetId, [arrearsCauseEnumId: 'HpfAcOther'])
        List<String> causeErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        interview(targetId, [participants: [[participantName: '叶建英']]])
        List<String> roleErrors = PushFixtures.errors(ec)

        then:
        staffErrors == [PushFixtures.message(ec, InterviewRules.TWO_STAFF_REQUIRED, [count: 1])]
        causeErrors == [PushFixtures.message(ec, InterviewRules.OTHER_CAUSE_TEXT_REQUIRED)]
        roleErrors == [PushFixtures.message(ec, InterviewRules.REPRESENTATIVE_ROLE_REQUIRED, [name: '叶建英'])]
        ec.entity.find("hpf.compliance.CollectionInterview").condition("targetId", targetId).count() == 0
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtIdentified'
    }

    def "a commitment becomes the target's next deadline and moves it to committed; the cause goes to the target"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date by = PushFixtures.daysAgo(-30)

        when:
        Map out = interview(targetId, [commitmentAmount: 30000.00, commitmentDate: by, commitmentPlan: '5月底前先补缴3万元，其余分两期'])
        Map target = PushFixtures.targetRow(ec, targetId)
        Map found = ec.service.sync().name("hpf.compliance.InterviewServices.find#CollectionInterviews").parameters([targetId: targetId]).call()
        Map print = ec.service.sync().name("hpf.compliance.InterviewServices.get#InterviewPrintInfo").parameters([interviewId: out.interviewId]).call()

        then:
        !ec.message.hasError()
        out.interviewId
        target.statusId == 'HpfTgtCommitted'
        target.nextDeadlineDate.toString() == by.toString()
        target.nextDeadlineNote
        target.arrearsCauseEnumId == 'HpfAcHardship'
        found.interviewList.size() == 1
        found.interviewList[0].participants.size() == 4
        found.interviewList[0].participants.count { it.participantKindEnumId == 'HpfPkStaff' } == 2
        print.staffList.size() == 2
        print.repList*.participantName == ['叶建英', '孟润生']
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, activityTypeEnumId: 'HpfActInterview',
                interviewId: out.interviewId, toStatusId: 'HpfTgtCommitted']).count() == 1
    }

    def "an interview without a commitment is on the timeline and leaves the status alone"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        Map out = interview(targetId, [arrearsCauseEnumId: 'HpfAcOther', causeText: '股东纠纷，账户被冻结'])

        then:
        !ec.message.hasError()
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtIdentified'
        PushFixtures.targetRow(ec, targetId).arrearsCauseEnumId == 'HpfAcOther'
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, activityTypeEnumId: 'HpfActInterview',
                interviewId: out.interviewId]).one().toStatusId == null
    }
}
