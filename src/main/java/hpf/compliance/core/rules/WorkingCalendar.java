package hpf.compliance.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import hpf.compliance.core.Violation;

/**
 * Working days: Monday to Friday, less public holidays, plus the weekend days the State Council declares working
 * days when it moves a holiday (调休). Both lists are data the caller passes in each year.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
    public static final String DAY_DATE_REQUIRED = "The date of the calendar day is required";
    public static final String WORKDAY_NOT_WEEKEND =
            "${date} is a weekday; only a Saturday or Sunday can be declared a make-up working day";

    public WorkingCalendar {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        extraWorkdays = extraWorkdays == null ? Set.of() : Set.copyOf(extraWorkdays);
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public static WorkingCalendar withHolidays(Set<LocalDate> holidays) {
        return new WorkingCalendar(holidays, Set.of());
    }

    public boolean isWorkingDay(LocalDate d) {
        if (extraWorkdays.contains(d)) return true;
        if (holidays.contains(d)) return false;
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code n} working days after {@code start}; the start day itself does not count, as with any
     * statutory time limit (期间开始的日不计算在内). {@code n = 0} returns the start.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) throw new IllegalArgumentException("working days must be 0 or more");
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) left--;
        }
        return d;
    }

    /**
     * A day an administrator enters into the holiday calendar: a holiday may fall on any day (the State Council lists
     * the weekend days inside a holiday too), but a make-up working day (调休上班) only replaces a weekend day.
     */
    public static List<Violation> checkDay(LocalDate date, boolean makeUpWorkday) {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(Violation.of(DAY_DATE_REQUIRED, "calendarDate"));
            return v;
        }
        DayOfWeek w = date.getDayOfWeek();
        if (makeUpWorkday && w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
            v.add(Violation.of(WORKDAY_NOT_WEEKEND, "dayTypeEnumId", "date", date));
        }
        return v;
    }
}
