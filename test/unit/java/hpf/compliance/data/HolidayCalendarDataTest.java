package hpf.compliance.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import hpf.compliance.core.rules.WorkingCalendar;

/**
 * The holiday calendar loaded at install (data/HpfWorkingCalendarData.xml) against the State Council's notices for 2025
 * (国办发明电〔2024〕12号) and 2026 (2025-11-04): the number of days off and of 调休 working days per year, and
 * deadlines that cross the long holidays.
 */
class HolidayCalendarDataTest {
    private static final Set<LocalDate> HOLIDAYS = new HashSet<>();
    private static final Set<LocalDate> WORKDAYS = new HashSet<>();
    private static WorkingCalendar calendar;

    @BeforeAll
    static void load() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("data/HpfWorkingCalendarData.xml").toFile());
        NodeList days = doc.getElementsByTagName("hpf.compliance.CalendarDay");
        for (int i = 0; i < days.getLength(); i++) {
            Element e = (Element) days.item(i);
            LocalDate d = LocalDate.parse(e.getAttribute("calendarDate"));
            String type = e.getAttribute("dayTypeEnumId");
            assertTrue(e.getAttribute("sourceNotice").contains("国"), "every day cites its notice: " + d);
            if (type.equals("HpfCdHoliday")) assertTrue(HOLIDAYS.add(d), "listed twice: " + d);
            else if (type.equals("HpfCdWorkday")) assertTrue(WORKDAYS.add(d), "listed twice: " + d);
            else throw new AssertionError("unknown day type " + type + " on " + d);
        }
        calendar = new WorkingCalendar(HOLIDAYS, WORKDAYS);
    }

    private static long count(Set<LocalDate> days, int year) {
        return days.stream().filter(d -> d.getYear() == year).count();
    }

    @Test
    void daysOffAndWorkedWeekendsPerYearAsTheNoticesCountThem() {
        // 2025: 元旦 1, 春节 8, 清明 3, 劳动节 5, 端午 3, 国庆中秋 8; worked: 1-26, 2-8, 4-27, 9-28, 10-11
        assertEquals(28, count(HOLIDAYS, 2025));
        assertEquals(5, count(WORKDAYS, 2025));
        // 2026: 元旦 3, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7; worked: 1-4, 2-14, 2-28, 5-9, 9-20, 10-10
        assertEquals(33, count(HOLIDAYS, 2026));
        assertEquals(6, count(WORKDAYS, 2026));
    }

    @Test
    void everyWorkedDayIsAWeekendDayAndNoDayIsBoth() {
        for (LocalDate d : WORKDAYS) {
            assertEquals(List.of(), WorkingCalendar.checkDay(d, true), d.toString());
            assertTrue(!HOLIDAYS.contains(d), d + " is both a holiday and a working day");
        }
    }

    @Test
    void deadlinesStepOverTheLongHolidays() {
        // the National Day week of 2026: 10-01..10-07 off, Saturday 10-10 worked
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1));
        assertEquals(LocalDate.of(2026, 10, 10), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3));
        // Spring Festival 2026: Saturday 02-14 worked, 02-15..02-23 off
        assertEquals(LocalDate.of(2026, 2, 14), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1));
        assertEquals(LocalDate.of(2026, 2, 24), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2));
        // Labour Day 2026: 05-01..05-05 off, Saturday 05-09 worked
        assertEquals(LocalDate.of(2026, 5, 11), calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 5));
        // 2025 National Day and Mid-Autumn together: 10-01..10-08 off
        assertEquals(LocalDate.of(2025, 10, 9), calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1));
        // the same deadline on plain weekdays would be wrong by a week
        assertEquals(LocalDate.of(2026, 10, 1), WorkingCalendar.weekdays().plusWorkingDays(LocalDate.of(2026, 9, 30), 1));
    }
}
