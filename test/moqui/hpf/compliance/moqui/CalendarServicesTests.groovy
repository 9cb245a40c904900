package hpf.compliance.moqui

import org.moqui.screen.ScreenTest.ScreenTestRender

/**
 * The holiday calendar: the 2025 and 2026 arrangements are loaded, working-day deadlines step over the long
 * holidays and over a day an administrator adds, a weekday cannot be a make-up working day (refused in Chinese), the
 * configuration page shows the year, and branch staff and read-only roles cannot change the calendar through REST.
 */
class CalendarServicesTests extends HpfSpec {
    static final String PASSWORD = "hpf@2026"

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    Date addWorkingDays(String start, int days) {
        return ec.service.sync().name("hpf.compliance.CalendarServices.add#WorkingDays")
                .parameters([startDate: start, days: days]).call().dueDate as Date
    }

    long dayCount() { ec.entity.find("hpf.compliance.CalendarDay").disableAuthz().count() }

    def "the State Council's 2026 arrangement is loaded and deadlines step over its holidays"() {
        when:
        // services called directly are for administrators and jobs (HPF_SERVICES); staff reach them through screens and REST
        ec.user.loginUser("hpf.admin", PASSWORD)
        List days = ec.service.sync().name("hpf.compliance.CalendarServices.find#CalendarDays").parameters([year: 2026]).call().calendarDayList

        then:
        days.count { it.dayTypeEnumId == "HpfCdHoliday" } == 33
        days.count { it.dayTypeEnumId == "HpfCdWorkday" } == 6
        addWorkingDays("2026-09-30", 1).toString() == "2026-10-08"
        addWorkingDays("2026-02-13", 1).toString() == "2026-02-14"
        addWorkingDays("2026-04-30", 5).toString() == "2026-05-11"
    }

    def "a day the administrator adds counts at once, and a weekday is refused as a make-up working day"() {
        given:
        ec.user.loginUser("hpf.admin", PASSWORD)
        ec.transaction.begin(null)

        when:
        Date before = addWorkingDays("2026-12-31", 1)
        ec.service.sync().name("hpf.compliance.CalendarServices.store#CalendarDay")
                .parameters([calendarDate: "2027-01-01", dayTypeEnumId: "HpfCdHoliday", holidayName: "元旦", sourceNotice: "测试"]).call()
        boolean storedOk = !ec.message.hasError()
        Date after = addWorkingDays("2026-12-31", 1)
        ec.service.sync().name("hpf.compliance.CalendarServices.store#CalendarDay")
                .parameters([calendarDate: "2027-01-05", dayTypeEnumId: "HpfCdWorkday"]).call()
        String refusal = ec.message.errorsString

        then:
        storedOk
        before.toString() == "2027-01-01"
        after.toString() == "2027-01-04"
        refusal.contains("只有星期六或星期日才能设为调休上班日")

        cleanup:
        ec.transaction.rollback("calendar test", null)
    }

    def "the configuration page lists the year's holidays and worked weekends"() {
        when:
        ec.user.loginUser("hpf.admin", PASSWORD)
        ScreenTestRender page = appTest.render("Admin/FindCalendarDay", [year: "2026"], null)

        then:
        !page.errorMessages
        page.assertContains("春节")
        page.assertContains("2026-10-10")
        page.assertContains("放假 33 天、调休上班 6 天")
    }

    def "branch staff and read-only roles cannot change the calendar through REST; the office can read it"() {
        given:
        long count = dayCount()

        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        restTest.render("s1/hpf/calendarDays/2027-05-03", [dayTypeEnumId: "HpfCdHoliday"], "put")
        ec.message.clearAll()
        ec.user.logoutUser()
        ec.user.loginUser("hpf.audit", PASSWORD)
        restTest.render("s1/hpf/calendarDays/2027-05-03", [dayTypeEnumId: "HpfCdHoliday"], "put")
        ec.message.clearAll()
        ec.user.logoutUser()
        ec.user.loginUser("hpf.office", PASSWORD)
        ScreenTestRender list = restTest.render("s1/hpf/calendarDays", [year: "2025"], "get")

        then:
        dayCount() == count
        ((List) new groovy.json.JsonSlurper().parseText(list.output).calendarDayList).size() == 33
    }
}
