package hpf.compliance.moqui

import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Unroll

import java.sql.Timestamp

/**
 * The reminder log (提醒记录): branch staff (hpf.chengqu, YQ01) see only their branch's reminder messages on the log
 * screen (Monitoring/FindReminder), on a unit's page and through REST (/reminders, /reminders/{id},
 * /units/{unitId}/reminders), while the office, the leader and audit see every branch; the unit's reminder contact (the
 * agent's e-mail and the do-not-contact-by-SMS mark) is edited on the unit page by the branch, audited, and refused to
 * audit.
 */
class ReminderLogTests extends HpfSpec {
    static final String PASSWORD = "hpf@2026"
    static final String NOT_FOUND = "org.moqui.entity.EntityValueNotFoundException"
    static final String OWN_MARK = "HPFRL-本部门-回执", OTHER_MARK = "HPFRL-他部门-回执"

    @Shared Map ownUnit, otherUnit
    @Shared Map<String, Object> savedContact = [:]

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        ownUnit = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ01").orderBy("unitAccountNo").list().getFirst().getMap()
        otherUnit = ec.entity.find("hpf.compliance.EmployerUnit").condition("branchId", "YQ02").orderBy("unitAccountNo").list().getFirst().getMap()
        savedContact = [agentEmail: ownUnit.agentEmail, noSmsContact: ownUnit.noSmsContact]
        clean()
        Timestamp now = ec.user.nowTimestamp
        [["HPFRL_1", ownUnit, OWN_MARK, "FAILED"], ["HPFRL_2", otherUnit, OTHER_MARK, "SENT"]].each { List r ->
            Map unit = (Map) r[1]
            ec.entity.makeValue("hpf.compliance.ReminderMessage").setAll([reminderId: r[0], unitId: unit.unitId,
                    branchId: unit.branchId, reasonEnumId: "HpfRrAlertOpened", reminderMonth: "2026-03", channelEnumId: "HpfRcSms",
                    recipient: "13900000000", subject: "住房公积金缴存提醒", bodyText: "提醒正文", outcome: r[3], resultText: r[2],
                    createdDate: now, sentDate: r[3] == "SENT" ? now : null]).create()
        }
    }

    void cleanFixtures() {
        clean()
        ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: ownUnit.unitId] + savedContact).update()
    }

    void clean() {
        ec.entity.find("hpf.compliance.ReminderMessage").condition("reminderId", "in", ["HPFRL_1", "HPFRL_2"]).deleteAll()
    }

    def "the branch's log screen lists only its own branch's reminders, also when another branch is asked for"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender all = appTest.render("Monitoring/FindReminder", [:], null)
        ScreenTestRender asked = appTest.render("Monitoring/FindReminder", [branchId: "YQ02"], null)
        ScreenTestRender failed = appTest.render("Monitoring/FindReminder", [outcome: "FAILED", unitId: ownUnit.unitId], null)

        then:
        all.errorMessages.isEmpty()
        all.assertContains(OWN_MARK)
        all.assertNotContains(OTHER_MARK)
        all.assertContains(ec.l10n.localize("Reminder Failed"))
        all.assertContains("/Unit/UnitDetail?unitId=" + ownUnit.unitId)
        asked.errorMessages.isEmpty()
        asked.assertNotContains(OTHER_MARK)
        asked.assertNotContains(OWN_MARK)
        failed.assertContains(OWN_MARK)
    }

    @Unroll
    def "#username sees every branch's reminders on the log screen"() {
        when:
        ec.user.loginUser(username, PASSWORD)
        ScreenTestRender all = appTest.render("Monitoring/FindReminder", [:], null)
        ScreenTestRender sent = appTest.render("Monitoring/FindReminder", [outcome: "SENT", reasonEnumId: "HpfRrAlertOpened"], null)

        then:
        all.errorMessages.isEmpty()
        all.assertContains(OWN_MARK)
        all.assertContains(OTHER_MARK)
        sent.assertContains(OTHER_MARK)
        sent.assertNotContains(OWN_MARK)

        where:
        username << ["hpf.office", "hpf.leader", "hpf.audit"]
    }

    def "the unit page shows the unit's reminders and its reminder contact"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender page = appTest.render("Unit/UnitDetail", [unitId: ownUnit.unitId], null)

        then:
        page.errorMessages.isEmpty()
        page.assertContains(OWN_MARK)
        page.assertContains(ec.l10n.localize("Reminder History"))
        page.assertContains(ec.l10n.localize("Do Not Contact by SMS"))
        page.assertContains(ec.l10n.localize("Agent E-mail"))
    }

    def "REST gives a branch user only its branch's reminders: the list, another branch's message and unit are not found"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        Map list = json(restTest.render("s1/hpf/reminders", [pageSize: "500"], "get"))
        Map asked = json(restTest.render("s1/hpf/reminders", [branchId: "YQ02"], "get"))
        Map ownUnitList = json(restTest.render("s1/hpf/units/${ownUnit.unitId}/reminders", null, "get"))
        ScreenTestRender own = restTest.render("s1/hpf/reminders/HPFRL_1", null, "get")
        ScreenTestRender other = restTest.render("s1/hpf/reminders/HPFRL_2", null, "get")
        ScreenTestRender otherUnitList = restTest.render("s1/hpf/units/${otherUnit.unitId}/reminders", null, "get")

        then:
        ((List) list.reminderList)*.reminderId.contains("HPFRL_1")
        ((List) list.reminderList).every { it.branchId == "YQ01" }
        asked.reminderCount == 0
        ((List) ownUnitList.reminderList)*.reminderId == ["HPFRL_1"]
        json(own).reminder.resultText == OWN_MARK
        other.errorMessages.join(" | ").contains(NOT_FOUND)
        other.errorMessages.join(" | ").contains(ec.l10n.localize('Reminder message ${reminderId} was not found.').replace('${reminderId}', 'HPFRL_2'))
        other.assertNotContains(OTHER_MARK)
        otherUnitList.errorMessages.join(" | ").contains(NOT_FOUND)
        otherUnitList.assertNotContains(OTHER_MARK)
    }

    def "REST gives the office every branch's reminders, filtered by outcome and by the user's days"() {
        when:
        ec.user.loginUser("hpf.office", PASSWORD)
        Map failed = json(restTest.render("s1/hpf/reminders", [outcome: "FAILED", reminderMonth: "2026-03"], "get"))
        Map other = json(restTest.render("s1/hpf/reminders/HPFRL_2", null, "get"))
        java.time.LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
        Map todays = json(restTest.render("s1/hpf/reminders", [fromDate: today.toString(), thruDate: today.toString()], "get"))
        Map later = json(restTest.render("s1/hpf/reminders", [fromDate: today.plusDays(1).toString()], "get"))
        Map earlier = json(restTest.render("s1/hpf/reminders", [thruDate: today.minusDays(1).toString()], "get"))

        then:
        ((List) failed.reminderList)*.reminderId.contains("HPFRL_1")
        !((List) failed.reminderList)*.reminderId.contains("HPFRL_2")
        other.reminder.resultText == OTHER_MARK
        other.reminder.unitName == otherUnit.unitName
        ((List) todays.reminderList)*.reminderId.containsAll(["HPFRL_1", "HPFRL_2"])
        !((List) later.reminderList)*.reminderId.contains("HPFRL_1")
        !((List) earlier.reminderList)*.reminderId.contains("HPFRL_1")
    }

    def "the branch marks its unit 'do not contact by SMS' and sets the agent's e-mail on the unit page; the mark is audited"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender str = appTest.render("Unit/UnitDetail/updateUnit", [unitId: ownUnit.unitId, noSmsContact: "Y",
                agentEmail: "jingban@example.com", moquiSessionToken: "TestSessionToken"], "post")
        Map unit = withoutAuthz { ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", ownUnit.unitId).one().getMap() }
        long audited = withoutAuthz { ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: "hpf.compliance.EmployerUnit",
                changedFieldName: "noSmsContact", pkPrimaryValue: ownUnit.unitId, newValueText: "Y"]).count() }
        ScreenTestRender page = appTest.render("Unit/UnitDetail", [unitId: ownUnit.unitId], null)

        then:
        str.errorMessages.isEmpty()
        unit.noSmsContact == "Y"
        unit.agentEmail == "jingban@example.com"
        audited >= 1
        page.assertContains("jingban@example.com")
    }

    def "a malformed e-mail is refused in Chinese, naming the field"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ec.service.sync().name("hpf.compliance.UnitServices.update#Unit").parameters([unitId: ownUnit.unitId, agentEmail: "不是邮箱"]).call()
        List<String> refused = errors()
        ec.message.clearAll()
        Map unit = withoutAuthz { ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", ownUnit.unitId).one().getMap() }

        then:
        refused.any { it.contains("经办人电子邮箱") }
        unit.agentEmail == "jingban@example.com"
    }

    def "audit may not change the mark"() {
        when:
        ec.user.loginUser("hpf.audit", PASSWORD)
        ScreenTestRender str = appTest.render("Unit/UnitDetail/updateUnit", [unitId: ownUnit.unitId, noSmsContact: "N",
                moquiSessionToken: "TestSessionToken"], "post")
        ScreenTestRender page = appTest.render("Unit/UnitDetail", [unitId: ownUnit.unitId], null)
        Map unit = withoutAuthz { ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", ownUnit.unitId).one().getMap() }

        then:
        !str.errorMessages.isEmpty()
        unit.noSmsContact == "Y"
        page.assertNotContains("UnitContact_submitButton")
    }

    private static Map json(ScreenTestRender render) {
        return (Map) new groovy.json.JsonSlurper().parseText(render.output)
    }
}
