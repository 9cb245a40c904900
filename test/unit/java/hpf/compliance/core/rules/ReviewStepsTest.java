package hpf.compliance.core.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static hpf.compliance.core.rules.ReviewStep.*;
import static org.junit.jupiter.api.Assertions.*;

class ReviewStepsTest {
    static final RegularizationConfig CFG = RegularizationConfig.defaults();

    @Test
    void sequenceWithoutCommittee() {
        assertEquals(List.of(BRANCH_INTAKE, OFFICE_REVIEW, APPROVAL), ReviewSteps.sequence(CFG));
    }

    @Test
    void committeeStepWhenConfigured() {
        assertEquals(List.of(BRANCH_INTAKE, OFFICE_REVIEW, COMMITTEE, APPROVAL), ReviewSteps.sequence(CFG.withCommitteeStep(true)));
        assertEquals(Optional.of(COMMITTEE), ReviewSteps.next(OFFICE_REVIEW, CFG.withCommitteeStep(true)));
        assertEquals(Optional.of(APPROVAL), ReviewSteps.next(OFFICE_REVIEW, CFG));
        assertEquals(Optional.empty(), ReviewSteps.next(APPROVAL, CFG));
        assertEquals(Optional.of(OFFICE_REVIEW), ReviewSteps.next(BRANCH_INTAKE, CFG));
        assertThrows(IllegalArgumentException.class, () -> ReviewSteps.next(COMMITTEE, CFG));
    }

    @Test
    void dueDatesCountWorkingDaysOnly() {
        // Wednesday 2026-05-20; intake 5, review 10, approval 5 working days
        List<ReviewSteps.Due> s = ReviewSteps.schedule(LocalDate.of(2026, 5, 20), CFG, WorkingCalendar.weekdays());
        assertEquals(new ReviewSteps.Due(BRANCH_INTAKE, LocalDate.of(2026, 5, 27)), s.get(0));
        assertEquals(new ReviewSteps.Due(OFFICE_REVIEW, LocalDate.of(2026, 6, 10)), s.get(1));
        assertEquals(new ReviewSteps.Due(APPROVAL, LocalDate.of(2026, 6, 17)), s.get(2));
    }

    @Test
    void holidaysAndMakeUpWorkdaysShiftDueDates() {
        // 2026-06-19 (Friday) a holiday: the 10-day office review ends one working day later
        WorkingCalendar cal = WorkingCalendar.withHolidays(Set.of(LocalDate.of(2026, 6, 19)));
        List<ReviewSteps.Due> s = ReviewSteps.schedule(LocalDate.of(2026, 6, 1), CFG, cal);
        assertEquals(LocalDate.of(2026, 6, 8), s.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 6, 23), s.get(1).dueDate());
        // a declared working Saturday counts
        WorkingCalendar sat = new WorkingCalendar(Set.of(), Set.of(LocalDate.of(2026, 6, 6)));
        assertEquals(LocalDate.of(2026, 6, 6), ReviewSteps.schedule(LocalDate.of(2026, 6, 1), CFG, sat).get(0).dueDate());
        assertEquals(LocalDate.of(2026, 6, 6), sat.plusWorkingDays(LocalDate.of(2026, 6, 5), 1));
    }

    @Test
    void processingDaysConfigurable() {
        RegularizationConfig cfg = CFG.withCommitteeStep(true).withStepDays(COMMITTEE, 1).withStepDays(BRANCH_INTAKE, 0);
        List<ReviewSteps.Due> s = ReviewSteps.schedule(LocalDate.of(2026, 5, 20), cfg, WorkingCalendar.weekdays());
        assertEquals(LocalDate.of(2026, 5, 20), s.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 6, 3), s.get(1).dueDate());
        assertEquals(new ReviewSteps.Due(COMMITTEE, LocalDate.of(2026, 6, 4)), s.get(2));
        assertThrows(IllegalArgumentException.class, () -> CFG.withStepDays(APPROVAL, -1));
    }

    @Test
    void replanFromAStep() {
        List<ReviewSteps.Due> s = ReviewSteps.scheduleFrom(OFFICE_REVIEW, LocalDate.of(2026, 5, 22), CFG, WorkingCalendar.weekdays());
        assertEquals(List.of(OFFICE_REVIEW, APPROVAL), s.stream().map(ReviewSteps.Due::step).toList());
        assertEquals(LocalDate.of(2026, 6, 5), s.get(0).dueDate());
    }

    @Test
    void overdueOnlyAfterTheDueDay() {
        assertFalse(ReviewSteps.isOverdue(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5)));
        assertTrue(ReviewSteps.isOverdue(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 6)));
    }

    @Test
    void weekendIsNotWorking() {
        WorkingCalendar w = WorkingCalendar.weekdays();
        assertFalse(w.isWorkingDay(LocalDate.of(2026, 5, 23)));
        assertFalse(w.isWorkingDay(LocalDate.of(2026, 5, 24)));
        assertTrue(w.isWorkingDay(LocalDate.of(2026, 5, 25)));
        // Friday + 1 working day = Monday
        assertEquals(LocalDate.of(2026, 5, 25), w.plusWorkingDays(LocalDate.of(2026, 5, 22), 1));
    }
}
