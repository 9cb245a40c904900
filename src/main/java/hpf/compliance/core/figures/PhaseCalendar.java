package hpf.compliance.core.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign's phase calendar as of today: each phase done, in progress or to come, and where today stands in the
 * phase in progress (day n of m, days left). A phase without an end (巩固) runs on; when today falls between phases,
 * or after the last one ended, no phase is in progress.
 */
public final class PhaseCalendar {
    private PhaseCalendar() {}

    public enum State { DONE, CURRENT, UPCOMING }

    /** A phase as planned (either date may be missing). */
    public record Phase(String phaseId, LocalDate from, LocalDate thru) {}

    /** A phase with its state today; dayOf, days and daysLeft only for the phase in progress (days/daysLeft null when open-ended). */
    public record Position(String phaseId, LocalDate from, LocalDate thru, State state, Long dayOf, Long days, Long daysLeft) {}

    public static List<Position> positions(List<Phase> phases, LocalDate today) {
        List<Position> out = new ArrayList<>();
        for (Phase p : phases) {
            if (p.thru() != null && p.thru().isBefore(today)) {
                out.add(new Position(p.phaseId(), p.from(), p.thru(), State.DONE, null, null, null));
            } else if (p.from() != null && p.from().isAfter(today)) {
                out.add(new Position(p.phaseId(), p.from(), p.thru(), State.UPCOMING, null, null, null));
            } else {
                Long dayOf = p.from() == null ? null : ChronoUnit.DAYS.between(p.from(), today) + 1;
                Long days = p.from() == null || p.thru() == null ? null : ChronoUnit.DAYS.between(p.from(), p.thru()) + 1;
                Long left = p.thru() == null ? null : ChronoUnit.DAYS.between(today, p.thru());
                out.add(new Position(p.phaseId(), p.from(), p.thru(), State.CURRENT, dayOf, days, left));
            }
        }
        return out;
    }
}
