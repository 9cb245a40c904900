package hpf.compliance.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import hpf.compliance.core.Violation;

class WorkingCalendarTest {
    private static final LocalDate SAT = LocalDate.of(2026, 2, 14);
    private static final LocalDate SUN = LocalDate.of(2026, 1, 4);
    private static final LocalDate FRI = LocalDate.of(2026, 2, 13);

    @Test
    void weekendDaysAreRestUnlessMadeUpWorkingDays() {
        WorkingCalendar plain = WorkingCalendar.weekdays();
        assertFalse(plain.isWorkingDay(SAT));
        assertTrue(plain.isWorkingDay(FRI));
        WorkingCalendar moved = new WorkingCalendar(Set.of(FRI), Set.of(SAT));
        assertTrue(moved.isWorkingDay(SAT));
        assertFalse(moved.isWorkingDay(FRI));
    }

    @Test
    void theStartDayIsNotCounted() {
        WorkingCalendar w = WorkingCalendar.weekdays();
        assertEquals(FRI, w.plusWorkingDays(FRI, 0));
        assertEquals(LocalDate.of(2026, 2, 16), w.plusWorkingDays(FRI, 1));
        assertThrows(IllegalArgumentException.class, () -> w.plusWorkingDays(FRI, -1));
    }

    @Test
    void aMadeUpWorkingDayMustBeAWeekendDay() {
        assertEquals(List.of(), WorkingCalendar.checkDay(SAT, true));
        assertEquals(List.of(), WorkingCalendar.checkDay(SUN, true));
        List<Violation> v = WorkingCalendar.checkDay(FRI, true);
        assertEquals(1, v.size());
        assertEquals(WorkingCalendar.WORKDAY_NOT_WEEKEND, v.get(0).code());
        assertEquals("dayTypeEnumId", v.get(0).field());
        assertEquals(FRI, v.get(0).args().get("date"));
    }

    @Test
    void aHolidayMayFallOnAnyDay() {
        assertEquals(List.of(), WorkingCalendar.checkDay(FRI, false));
        assertEquals(List.of(), WorkingCalendar.checkDay(SAT, false));
    }

    @Test
    void theDateIsRequired() {
        List<Violation> v = WorkingCalendar.checkDay(null, false);
        assertEquals(1, v.size());
        assertEquals(WorkingCalendar.DAY_DATE_REQUIRED, v.get(0).code());
        assertEquals("calendarDate", v.get(0).field());
    }
}
