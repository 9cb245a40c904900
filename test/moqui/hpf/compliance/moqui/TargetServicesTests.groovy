package hpf.compliance.moqui

import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender

/**
 * Targets in the push phase: every status change goes along the flow and leaves who, when and why on the timeline;
 * a step the flow does not allow is refused naming both statuses; a branch user can neither see nor change another
 * branch's target, through services or REST; assignment is only to staff of the target's branch.
 */
class TargetServicesTests extends HpfSpec {
    static final String TOKEN = 'TestSessionToken'

    void setupFixtures() { PushFixtures.setup(ec) }

    void cleanFixtures() { PushFixtures.clean(ec) }

    def "a status change along the flow records who, when, from, to and why"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        Map out = ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus")
                .parameters([targetId: targetId, statusId: 'HpfTgtExcluded', reason: '单位已于2024年注销登记']).call()
        def activities = ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", targetId).list()
        Map timeline = ec.service.sync().name("hpf.compliance.TargetServices.get#TargetTimeline").parameters([targetId: targetId]).call()

        then:
        !ec.message.hasError()
        out.statusChanged
        out.oldStatusId == 'HpfTgtIdentified'
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtExcluded'
        PushFixtures.targetRow(ec, targetId).resolvedDate != null
        activities.size() == 1
        activities[0].fromStatusId == 'HpfTgtIdentified'
        activities[0].toStatusId == 'HpfTgtExcluded'
        activities[0].reason == '单位已于2024年注销登记'
        activities[0].userId == ec.user.userId
        activities[0].activityDate != null
        activities[0].branchId == 'YQ01'
        // the audit log has the change too (entity-auto update on an audited field)
        ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: 'hpf.compliance.CampaignTarget',
                changedFieldName: 'statusId', pkPrimaryValue: targetId, newValueText: 'HpfTgtExcluded']).count() == 1
        // and the timeline shows it once, not twice
        timeline.timelineList.count { it.toStatusId == 'HpfTgtExcluded' } == 1
        timeline.timelineList[0].userName
    }

    def "a transition the flow does not allow is refused with a message naming both statuses"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String fromText = ec.entity.find("moqui.basic.StatusItem").condition("statusId", 'HpfTgtIdentified').one().description
        String toText = ec.entity.find("moqui.basic.StatusItem").condition("statusId", 'HpfTgtReduced').one().description

        when:
        ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus")
                .parameters([targetId: targetId, statusId: 'HpfTgtReduced', reason: '试图跳过申请审批']).call()
        List<String> errors = PushFixtures.errors(ec)

        then:
        ec.message.hasError()
        errors.any { it.contains(fromText) && it.contains(toText) }
        errors.first() == PushFixtures.message(ec,
                'The target is ${fromStatusText}; it cannot be changed to ${toStatusText} (the status flow does not allow this step).',
                [fromStatusText: fromText, toStatusText: toText])
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtIdentified'
        ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", targetId).count() == 0
    }

    def "a status that is not a target status is refused"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus")
                .parameters([targetId: targetId, statusId: 'HpfNtcServed']).call()

        then:
        ec.message.hasError()
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtIdentified'
    }

    def "a branch user cannot change another branch's target through the services"() {
        given:
        String targetId = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ02_USER)

        when: "authorization is off, so only the explicit branch check stands in the way"
        ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus")
                .parameters([targetId: targetId, statusId: 'HpfTgtExcluded', reason: '越权操作']).call()
        List<String> changeErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice").parameters([targetId: targetId]).call()
        List<String> issueErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.TargetServices.assign#Targets")
                .parameters([targetIds: [targetId], assignedUserId: PushFixtures.YQ02_USER_ID]).call()
        List<String> assignErrors = PushFixtures.errors(ec)
        String refusal = PushFixtures.message(ec, "This record belongs to another branch; you may only work on your own branch's units.")

        then:
        changeErrors.contains(refusal)
        issueErrors.contains(refusal)
        assignErrors.contains(refusal)
        PushFixtures.targetRow(ec, targetId).statusId == 'HpfTgtIdentified'
        PushFixtures.targetRow(ec, targetId).assignedUserId == null
        ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", targetId).count() == 0
    }

    def "through REST a branch user sees only its own branch's targets and cannot read or change another's"() {
        given:
        String ownTarget = PushFixtures.target(ec, 'YQ02')
        String otherTarget = PushFixtures.target(ec, 'YQ01')
        String otherUnitName = PushFixtures.targetRow(ec, otherTarget).unitId
        ec.artifactExecution.enableAuthz()
        PushFixtures.login(ec, PushFixtures.YQ02_USER)

        when:
        ScreenTestRender list = restTest.render("s1/hpf/targets", [campaignId: PushFixtures.CAMPAIGN_ID, pageSize: 1000], "get")
        List listed = (new groovy.json.JsonSlurper().parseText(list.output) as Map).targetList as List
        ScreenTestRender one = restTest.render("s1/hpf/targets/" + otherTarget, [:], "get")
        ScreenTestRender change = restTest.render("s1/hpf/targets/" + otherTarget + "/status",
                [statusId: 'HpfTgtExcluded', reason: '越权操作', moquiSessionToken: TOKEN], "post")
        ScreenTestRender ownOne = restTest.render("s1/hpf/targets/" + ownTarget, [:], "get")

        then:
        listed*.targetId.contains(ownTarget)
        !listed*.targetId.contains(otherTarget)
        listed.every { it.branchId == 'YQ02' }
        // ScreenTest keeps no output for a REST call that ends in an error (the refusal); a leak would show here
        one.output == null || !one.output.contains(otherUnitName)
        one.output == null || !one.output.contains('"targetId" : "' + otherTarget + '"')
        ownOne.output.contains(ownTarget)
        PushFixtures.targetRow(ec, otherTarget).statusId == 'HpfTgtIdentified'
        ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", otherTarget).disableAuthz().count() == 0
    }

    def "targets are assigned only to staff of their own branch"() {
        given:
        String t1 = PushFixtures.target(ec, 'YQ01')
        String t2 = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when: "to a colleague of the branch"
        Map out = ec.service.sync().name("hpf.compliance.TargetServices.assign#Targets")
                .parameters([targetIds: [t1, t2], assignedUserId: PushFixtures.YQ01_STAFF_USER_ID, reason: '按片区分工']).call()

        then:
        !ec.message.hasError()
        out.assignedCount == 2
        PushFixtures.targetRow(ec, t1).assignedUserId == PushFixtures.YQ01_STAFF_USER_ID
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: t2, activityTypeEnumId: 'HpfActAssign']).count() == 1

        when: "to staff of another branch"
        ec.service.sync().name("hpf.compliance.TargetServices.assign#Targets")
                .parameters([targetIds: [t1], assignedUserId: PushFixtures.YQ02_USER_ID]).call()

        then:
        ec.message.hasError()
        PushFixtures.targetRow(ec, t1).assignedUserId == PushFixtures.YQ01_STAFF_USER_ID
    }

    def "the worklist filters overdue targets and the grid shows paid, partly paid and unpaid months"() {
        given:
        String overdue = PushFixtures.target(ec, 'YQ01', [nextDeadlineDate: PushFixtures.daysAgo(3), nextDeadlineNote: '整改期限'])
        String onTime = PushFixtures.target(ec, 'YQ01', [nextDeadlineDate: PushFixtures.daysAgo(-10)])
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when:
        Map found = ec.service.sync().name("hpf.compliance.TargetServices.find#Targets")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, overdue: 'Y', pageSize: 1000]).call()
        Map notOverdue = ec.service.sync().name("hpf.compliance.TargetServices.find#Targets")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, overdue: 'N', pageSize: 1000]).call()
        Map grid = ec.service.sync().name("hpf.compliance.TargetServices.get#TargetRemittanceGrid").parameters([targetId: overdue]).call()
        Map byMonth = (grid.monthList as List<Map>).collectEntries { [(it.month): it.state] }

        then:
        !ec.message.hasError()
        found.targetList*.targetId.contains(overdue)
        !found.targetList*.targetId.contains(onTime)
        found.targetList.find { it.targetId == overdue }.overdue == 'Y'
        found.targetList.find { it.targetId == overdue }.daysSinceIdentified >= 9
        notOverdue.targetList*.targetId.contains(onTime)
        grid.fromMonth == '2023-01'
        grid.thruMonth == '2026-02'
        byMonth['2024-12'] == 'PAID'
        byMonth['2025-01'] == 'PARTIAL'
        byMonth['2025-02'] == 'UNPAID'
        (grid.yearRows as List).size() == 4
    }
}
