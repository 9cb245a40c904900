package hpf.compliance.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hpf.compliance.core.figures.PhaseCalendar.Phase;
import hpf.compliance.core.figures.PhaseCalendar.Position;
import hpf.compliance.core.figures.PhaseCalendar.State;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseCalendarTest {
    static final List<Phase> PHASES = List.of(
            new Phase("SURVEY", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 31)),
            new Phase("PUSH", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
            new Phase("CONSOLIDATE", LocalDate.of(2026, 7, 1), null));

    @Test
    void todayIsDayNOfThePhaseInProgressWithTheDaysLeft() {
        List<Position> p = PhaseCalendar.positions(PHASES, LocalDate.of(2026, 4, 10));
        assertEquals(State.DONE, p.get(0).state());
        assertEquals(new Position("PUSH", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), State.CURRENT, 10L, 30L, 20L), p.get(1));
        assertEquals(State.UPCOMING, p.get(2).state());
    }

    @Test
    void firstAndLastDaysBelongToThePhaseAndAnOpenEndedPhaseRunsOn() {
        assertEquals(1L, PhaseCalendar.positions(PHASES, LocalDate.of(2026, 4, 1)).get(1).dayOf());
        assertEquals(0L, PhaseCalendar.positions(PHASES, LocalDate.of(2026, 4, 30)).get(1).daysLeft());
        Position consolidate = PhaseCalendar.positions(PHASES, LocalDate.of(2026, 12, 6)).get(2);
        assertEquals(State.CURRENT, consolidate.state());
        assertEquals(159L, consolidate.dayOf());
        assertEquals(null, consolidate.daysLeft());
    }

    @Test
    void betweenPhasesNoneIsInProgress() {
        List<Position> p = PhaseCalendar.positions(PHASES, LocalDate.of(2026, 5, 15));
        assertEquals(List.of(State.DONE, State.DONE, State.UPCOMING), p.stream().map(Position::state).toList());
    }
}
