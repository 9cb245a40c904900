package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The campaign's phases and their dates. The dates are data (the campaign record holds them; {@link #plan2026()}
 * is the 2026 plan's), so a later campaign reuses the code with its own calendar.
 */
public final class CampaignCalendar {

    public enum Phase {
        STARTUP("启动"), SURVEY("摸底"), PUSH("推进"), IMPLEMENTATION("落实"), SUMMARY("总结验收"), CONSOLIDATION("巩固");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One phase from {@code from} to {@code thru} inclusive; {@code thru} null = open-ended (consolidation). */
    public record PhaseRange(Phase phase, LocalDate from, LocalDate thru) {
        public PhaseRange {
            if (phase == null || from == null) throw new IllegalArgumentException("a phase range needs its phase and start date");
            if (thru != null && thru.isBefore(from)) throw new IllegalArgumentException(phase + " ends " + thru + " before it starts " + from);
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && (thru == null || !d.isAfter(thru));
        }
    }

    public static final String DELIVERABLE_OVERDUE = "${deliverable} was due by ${deadline}, the end of the ${phase} phase, and is ${days} days overdue";
    public static final String DELIVERABLE_LATE = "${deliverable} was submitted on ${submitted}, after the deadline ${deadline}";

    private final List<PhaseRange> ranges;

    /** Phases in time order without overlaps; each phase at most once; only the last may be open-ended. */
    public CampaignCalendar(List<PhaseRange> ranges) {
        if (ranges == null || ranges.isEmpty()) throw new IllegalArgumentException("a campaign calendar needs at least one phase");
        List<PhaseRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(PhaseRange::from));
        for (int i = 0; i < sorted.size(); i++) {
            PhaseRange r = sorted.get(i);
            for (int j = 0; j < i; j++) {
                if (sorted.get(j).phase() == r.phase()) throw new IllegalArgumentException(r.phase() + " appears twice");
            }
            if (i > 0) {
                PhaseRange prev = sorted.get(i - 1);
                if (prev.thru() == null || !prev.thru().isBefore(r.from())) {
                    throw new IllegalArgumentException(prev.phase() + " overlaps " + r.phase());
                }
                if (prev.phase().ordinal() > r.phase().ordinal()) {
                    throw new IllegalArgumentException(r.phase() + " cannot come after " + prev.phase());
                }
            }
        }
        this.ranges = List.copyOf(sorted);
    }

    /**
     * The 2026 plan (阳住管发〔2026〕5号): work from 03-01; start-up by 03-15, survey 03-16–03-31, push 04-01–04-30,
     * implementation 05-01–06-15, summary 06-16–06-30, consolidation from 07-01 on.
     */
    public static CampaignCalendar plan2026() {
        return new CampaignCalendar(List.of(
                new PhaseRange(Phase.STARTUP, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)),
                new PhaseRange(Phase.SURVEY, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 31)),
                new PhaseRange(Phase.PUSH, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                new PhaseRange(Phase.IMPLEMENTATION, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15)),
                new PhaseRange(Phase.SUMMARY, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 30)),
                new PhaseRange(Phase.CONSOLIDATION, LocalDate.of(2026, 7, 1), null)));
    }

    public List<PhaseRange> ranges() {
        return ranges;
    }

    public Optional<PhaseRange> range(Phase phase) {
        return ranges.stream().filter(r -> r.phase() == phase).findFirst();
    }

    /** The phase running on {@code date}; empty before the campaign or in a gap between phases. */
    public Optional<Phase> phaseOn(LocalDate date) {
        return ranges.stream().filter(r -> r.contains(date)).map(PhaseRange::phase).findFirst();
    }

    /** Last day of {@code phase}; empty when the phase is open-ended or not in this calendar. */
    public Optional<LocalDate> deadline(Phase phase) {
        return range(phase).map(PhaseRange::thru);
    }

    /**
     * Days left in {@code phase} on {@code date}, counting the last day (so 1 on the last day, 0 after it);
     * empty for an open-ended phase. Before the phase starts it is the days until its end.
     */
    public OptionalLong daysRemaining(Phase phase, LocalDate date) {
        Optional<LocalDate> end = deadline(phase);
        if (end.isEmpty()) return OptionalLong.empty();
        return OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(date, end.get()) + 1));
    }

    /** Days left in the phase running on {@code date}. */
    public OptionalLong daysRemaining(LocalDate date) {
        return phaseOn(date).map(p -> daysRemaining(p, date)).orElse(OptionalLong.empty());
    }

    /**
     * Checks a deliverable due at the end of {@code duePhase} (e.g. a branch summary at the end of 总结验收):
     * late when submitted after the deadline, overdue when not submitted and the deadline has passed.
     *
     * @param deliverable name shown in the message (the Moqui layer passes a localized name)
     * @param submitted   the day it was submitted, null if not yet
     */
    public List<Violation> checkDeadline(String deliverable, Phase duePhase, LocalDate submitted, LocalDate today) {
        Found f = new Found();
        Optional<LocalDate> end = deadline(duePhase);
        if (end.isEmpty()) return f.list();
        LocalDate deadline = end.get();
        if (submitted != null) {
            if (submitted.isAfter(deadline)) f.add(DELIVERABLE_LATE, null, "deliverable", deliverable, "submitted", submitted, "deadline", deadline);
        } else if (today.isAfter(deadline)) {
            f.add(DELIVERABLE_OVERDUE, null, "deliverable", deliverable, "deadline", deadline, "phase", duePhase.label(),
                    "days", ChronoUnit.DAYS.between(deadline, today));
        }
        return f.list();
    }

    /** What each phase expects the branches to hand in, due at that phase's end (the plan's step list). */
    public enum Deliverable {
        /** 明细表 + 汇总表, end of 摸底 */
        SCREENING_TABLES(Phase.SURVEY),
        /** 行政指导意见书 served and 催缴情况笔录 written, end of 推进 */
        URGING_RECORDS(Phase.PUSH),
        /** 分支机构总结, end of 总结验收 */
        BRANCH_SUMMARY(Phase.SUMMARY),
        /** 最终报告 to the leading group, end of 总结验收 */
        FINAL_REPORT(Phase.SUMMARY);

        private final Phase duePhase;

        Deliverable(Phase duePhase) {
            this.duePhase = duePhase;
        }

        public Phase duePhase() {
            return duePhase;
        }
    }

    public Optional<LocalDate> dueDate(Deliverable d) {
        return deadline(d.duePhase());
    }

    public List<Violation> checkDeadline(Deliverable d, String name, LocalDate submitted, LocalDate today) {
        return checkDeadline(name, d.duePhase(), submitted, today);
    }
}
