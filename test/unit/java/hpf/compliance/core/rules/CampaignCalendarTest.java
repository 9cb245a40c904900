package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.CampaignCalendar.Deliverable;
import hpf.compliance.core.rules.CampaignCalendar.Phase;
import hpf.compliance.core.rules.CampaignCalendar.PhaseRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.CampaignCalendar.*;
import static org.junit.jupiter.api.Assertions.*;

class CampaignCalendarTest {
    static final CampaignCalendar PLAN = CampaignCalendar.plan2026();

    static LocalDate d(int m, int day) {
        return LocalDate.of(2026, m, day);
    }

    @Test
    void phaseOnEachBoundary() {
        assertEquals(Optional.empty(), PLAN.phaseOn(d(2, 28)));
        assertEquals(Optional.of(Phase.STARTUP), PLAN.phaseOn(d(3, 1)));
        assertEquals(Optional.of(Phase.STARTUP), PLAN.phaseOn(d(3, 15)));
        assertEquals(Optional.of(Phase.SURVEY), PLAN.phaseOn(d(3, 16)));
        assertEquals(Optional.of(Phase.SURVEY), PLAN.phaseOn(d(3, 31)));
        assertEquals(Optional.of(Phase.PUSH), PLAN.phaseOn(d(4, 1)));
        assertEquals(Optional.of(Phase.PUSH), PLAN.phaseOn(d(4, 30)));
        assertEquals(Optional.of(Phase.IMPLEMENTATION), PLAN.phaseOn(d(5, 1)));
        assertEquals(Optional.of(Phase.IMPLEMENTATION), PLAN.phaseOn(d(6, 15)));
        assertEquals(Optional.of(Phase.SUMMARY), PLAN.phaseOn(d(6, 16)));
        assertEquals(Optional.of(Phase.SUMMARY), PLAN.phaseOn(d(6, 30)));
        assertEquals(Optional.of(Phase.CONSOLIDATION), PLAN.phaseOn(d(7, 1)));
        assertEquals(Optional.of(Phase.CONSOLIDATION), PLAN.phaseOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void daysRemainingCountsTheLastDay() {
        assertEquals(OptionalLong.of(1), PLAN.daysRemaining(Phase.SUMMARY, d(6, 30)));
        assertEquals(OptionalLong.of(15), PLAN.daysRemaining(Phase.SUMMARY, d(6, 16)));
        assertEquals(OptionalLong.of(0), PLAN.daysRemaining(Phase.SUMMARY, d(7, 2)));
        assertEquals(OptionalLong.of(30), PLAN.daysRemaining(d(4, 1)));
        assertEquals(OptionalLong.empty(), PLAN.daysRemaining(d(8, 1)), "consolidation has no end");
        assertEquals(OptionalLong.empty(), PLAN.daysRemaining(d(1, 1)));
    }

    @Test
    void branchSummaryDueAtEndOfSummaryPhase() {
        assertEquals(Optional.of(d(6, 30)), PLAN.dueDate(Deliverable.BRANCH_SUMMARY));
        assertEquals(Optional.of(d(3, 31)), PLAN.dueDate(Deliverable.SCREENING_TABLES));
        assertNone(PLAN.checkDeadline(Deliverable.BRANCH_SUMMARY, "分支机构总结", null, d(6, 30)));
        assertNone(PLAN.checkDeadline(Deliverable.BRANCH_SUMMARY, "分支机构总结", d(6, 30), d(7, 5)));
        Violation overdue = assertOnly(DELIVERABLE_OVERDUE, PLAN.checkDeadline(Deliverable.BRANCH_SUMMARY, "分支机构总结", null, d(7, 3)));
        assertEquals(3L, overdue.args().get("days"));
        assertEquals("总结验收", overdue.args().get("phase"));
        Violation late = assertOnly(DELIVERABLE_LATE, PLAN.checkDeadline(Deliverable.BRANCH_SUMMARY, "分支机构总结", d(7, 1), d(7, 5)));
        assertEquals(d(6, 30), late.args().get("deadline"));
        assertNone(PLAN.checkDeadline("巩固台账", Phase.CONSOLIDATION, null, d(12, 31)));
    }

    @Test
    void calendarRefusesOverlapsDuplicatesAndDisorder() {
        assertThrows(IllegalArgumentException.class, () -> new CampaignCalendar(List.of(
                new PhaseRange(Phase.SURVEY, d(3, 16), d(3, 31)), new PhaseRange(Phase.PUSH, d(3, 31), d(4, 30)))));
        assertThrows(IllegalArgumentException.class, () -> new CampaignCalendar(List.of(
                new PhaseRange(Phase.PUSH, d(3, 16), d(3, 31)), new PhaseRange(Phase.SURVEY, d(4, 1), d(4, 30)))));
        assertThrows(IllegalArgumentException.class, () -> new CampaignCalendar(List.of(
                new PhaseRange(Phase.CONSOLIDATION, d(3, 16), null), new PhaseRange(Phase.CONSOLIDATION, d(4, 1), null))));
        assertThrows(IllegalArgumentException.class, () -> new CampaignCalendar(List.of(
                new PhaseRange(Phase.SURVEY, d(3, 16), null), new PhaseRange(Phase.PUSH, d(4, 1), d(4, 30)))));
        assertThrows(IllegalArgumentException.class, () -> new PhaseRange(Phase.SURVEY, d(3, 16), d(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> new CampaignCalendar(List.of()));
    }

    /** The calendar is data: the 2026 plan's dates as a campaign would store them give the same calendar. */
    @Test
    void builtFromDataEqualsThePlan() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/rules/campaign-2026-phases.properties")) {
            assertNotNull(in, "test resource missing");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<PhaseRange> ranges = new ArrayList<>();
        for (Phase ph : Phase.values()) {
            String v = p.getProperty(ph.name());
            if (v == null) continue;
            String[] ft = v.split("\\.\\.", -1);
            ranges.add(new PhaseRange(ph, LocalDate.parse(ft[0].strip()), ft[1].isBlank() ? null : LocalDate.parse(ft[1].strip())));
        }
        assertEquals(6, PLAN.ranges().size());
        assertEquals(PLAN.ranges(), new CampaignCalendar(ranges).ranges());
    }

    @Test
    void rangesAreSortedByDate() {
        CampaignCalendar c = new CampaignCalendar(List.of(new PhaseRange(Phase.PUSH, d(4, 1), d(4, 30)), new PhaseRange(Phase.SURVEY, d(3, 16), d(3, 31))));
        assertEquals(List.of(Phase.SURVEY, Phase.PUSH), c.ranges().stream().map(PhaseRange::phase).toList());
        assertEquals(Optional.empty(), c.phaseOn(d(5, 1)));
        assertEquals(Optional.empty(), c.deadline(Phase.SUMMARY), "a phase the calendar lacks has no deadline");
        assertNone(c.checkDeadline("总结", Phase.SUMMARY, null, d(12, 1)));
    }

    @Test
    void openEndedPhaseHasNoDaysRemaining() {
        assertEquals(OptionalLong.empty(), PLAN.daysRemaining(Phase.CONSOLIDATION, d(7, 1)));
        assertEquals(Optional.empty(), PLAN.deadline(Phase.CONSOLIDATION));
        assertEquals(Optional.of(d(3, 15)), PLAN.deadline(Phase.STARTUP));
    }

    @Test
    void labelsAreThePlans() {
        assertEquals(List.of("启动", "摸底", "推进", "落实", "总结验收", "巩固"), java.util.Arrays.stream(Phase.values()).map(Phase::label).toList());
    }
}
