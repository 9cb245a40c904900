package hpf.compliance.core.rules;

import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TermsPeriodTest {
    static final LocalDate FROM = LocalDate.of(2026, 6, 1), THRU = LocalDate.of(2027, 5, 31);

    @Test
    void effectiveDatesAndInForce() {
        TermsPeriod t = TermsPeriod.approved(RegularizationKind.RATE_REDUCTION, FROM, THRU, null, LocalDate.of(2026, 5, 28));
        assertEquals(FROM, t.effectiveFrom());
        assertEquals(THRU, t.effectiveThru());
        assertFalse(t.isInForce(FROM.minusDays(1)));
        assertTrue(t.isInForce(FROM));
        assertTrue(t.isInForce(THRU));
        assertFalse(t.isInForce(THRU.plusDays(1)));
        assertNull(t.deferralMonths());
    }

    @Test
    void lateApprovalDoesNotReachBack() {
        TermsPeriod t = TermsPeriod.approved(RegularizationKind.RATE_REDUCTION, FROM, THRU, null, LocalDate.of(2026, 6, 10));
        assertEquals(LocalDate.of(2026, 6, 10), t.effectiveFrom());
        assertEquals(THRU, t.effectiveThru());
        assertThrows(IllegalArgumentException.class,
                () -> TermsPeriod.approved(RegularizationKind.RATE_REDUCTION, FROM, THRU, null, THRU.plusDays(1)));
    }

    @Test
    void restorationIsTheDayAfterTheEnd() {
        TermsPeriod t = new TermsPeriod(RegularizationKind.RATE_REDUCTION, FROM, THRU, null);
        assertEquals(LocalDate.of(2027, 6, 1), t.restorationDate());
        assertEquals(YearMonth.of(2027, 6), t.restorationMonth());
    }

    @Test
    void deferralMakeUpIsDeferredMonthsTimesMonthlyDue() {
        TermsPeriod t = new TermsPeriod(RegularizationKind.DEFERRAL, FROM, THRU, 6);
        TermsPeriod.MakeUp m = t.makeUp(new BigDecimal("12345.67"));
        assertEquals(List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10), YearMonth.of(2026, 11)), m.months());
        assertEquals(new BigDecimal("74074.02"), m.amount());
        assertEquals(LocalDate.of(2027, 6, 1), m.dueFrom());
    }

    @Test
    void renewedDeferralsAreMadeUpTogetherAfterTheLastPeriod() {
        // a 3-month deferral renewed by a 2-month deferral, then a rate reduction: five months, due after the reduction
        TermsPeriod first = new TermsPeriod(RegularizationKind.DEFERRAL, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), 3);
        TermsPeriod renewal = new TermsPeriod(RegularizationKind.DEFERRAL, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), 2);
        TermsPeriod reduction = new TermsPeriod(RegularizationKind.RATE_REDUCTION, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 4, 30), null);
        TermsPeriod.MakeUp m = TermsPeriod.makeUp(List.of(renewal, first, reduction), new BigDecimal("1000"));
        assertEquals(List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10)), m.months());
        assertEquals(new BigDecimal("5000.00"), m.amount());
        assertEquals(LocalDate.of(2027, 5, 1), m.dueFrom());
        // one period alone gives the same as its own make-up
        assertEquals(first.makeUp(new BigDecimal("1000")), TermsPeriod.makeUp(List.of(first), new BigDecimal("1000")));
        assertEquals(List.of(), TermsPeriod.makeUp(List.of(reduction), BigDecimal.TEN).months());
        assertThrows(IllegalArgumentException.class, () -> TermsPeriod.makeUp(List.of(), BigDecimal.TEN));
    }

    @Test
    void rateReductionHasNothingToMakeUp() {
        TermsPeriod t = new TermsPeriod(RegularizationKind.RATE_REDUCTION, FROM, THRU, null);
        assertEquals(List.of(), t.deferredMonths());
        assertEquals(new BigDecimal("0.00"), t.makeUp(new BigDecimal("100")).amount());
    }

    @Test
    void lateApprovedDeferralKeepsMonthsInsidePeriod() {
        TermsPeriod t = TermsPeriod.approved(RegularizationKind.DEFERRAL, FROM, LocalDate.of(2026, 11, 30), 6, LocalDate.of(2026, 7, 1));
        assertEquals(5, t.deferralMonths());
        assertEquals(YearMonth.of(2026, 7), t.deferredMonths().get(0));
    }

    @Test
    void invalidPeriodsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TermsPeriod(RegularizationKind.DEFERRAL, FROM, THRU, null));
        assertThrows(IllegalArgumentException.class, () -> new TermsPeriod(RegularizationKind.DEFERRAL, FROM, THRU, 0));
        assertThrows(IllegalArgumentException.class, () -> new TermsPeriod(RegularizationKind.RATE_REDUCTION, THRU, FROM, null));
        assertThrows(IllegalArgumentException.class, () -> new TermsPeriod(RegularizationKind.RATE_REDUCTION, FROM, THRU, null).makeUp(new BigDecimal("-1")));
    }

    @Test
    void renewalWindowIsTheLastMonth() {
        TermsPeriod t = new TermsPeriod(RegularizationKind.RATE_REDUCTION, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), null);
        assertFalse(t.isInRenewalWindow(LocalDate.of(2026, 5, 31), 1));
        assertTrue(t.isInRenewalWindow(LocalDate.of(2026, 6, 1), 1));
        assertTrue(t.isInRenewalWindow(LocalDate.of(2026, 6, 30), 1));
        assertFalse(t.isInRenewalWindow(LocalDate.of(2026, 7, 1), 1));
        TermsPeriod mid = new TermsPeriod(RegularizationKind.RATE_REDUCTION, LocalDate.of(2025, 6, 16), LocalDate.of(2026, 6, 15), null);
        assertEquals(LocalDate.of(2026, 5, 16), mid.renewalWindowStart(1));
        assertEquals(LocalDate.of(2026, 4, 16), mid.renewalWindowStart(2));
    }

    @Test
    void monthsSpannedExamples() {
        assertEquals(12, TermsPeriod.monthsSpanned(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30)));
        assertEquals(13, TermsPeriod.monthsSpanned(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1)));
        assertEquals(1, TermsPeriod.monthsSpanned(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27)));
        assertEquals(2, TermsPeriod.monthsSpanned(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertEquals(1, TermsPeriod.monthsSpanned(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));
    }

    static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /**
     * Periods starting in 2000..2054 and lasting up to 1,500 days; boundaries: the range ends, and periods that start on
     * a month's last day (31st, 30th, February's end in leap and common years), where "one month later" is clamped.
     */
    static Stream<Arguments> periods() {
        Cases cases = Cases.of(1000).boundaries(Cases.grid(Gen.edges(0, 20000), Gen.edges(0, 1500)));
        for (LocalDate from : List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 4, 30), LocalDate.of(2025, 12, 31))) {
            int start = (int) java.time.temporal.ChronoUnit.DAYS.between(EPOCH, from);
            for (int length : List.of(27, 28, 29, 30, 31, 59, 365, 366)) cases.boundary(start, length);
        }
        return cases.random(g -> arguments(g.between(0, 20000), g.between(0, 1500)));
    }

    /** n is the number of months spanned exactly when thru lies in [from + (n-1) months, from + n months). */
    @Property
    @MethodSource("periods")
    void monthsSpannedIsTheSmallestCoveringCount(int startOffset, int length) {
        LocalDate from = EPOCH.plusDays(startOffset);
        LocalDate thru = from.plusDays(length);
        int n = TermsPeriod.monthsSpanned(from, thru);
        assertTrue(n >= 1);
        assertTrue(thru.isBefore(from.plusMonths(n)));
        assertTrue(n == 1 || !thru.isBefore(from.plusMonths(n - 1)));
    }

    /** 1..12 deferred months of 0..100,000 yuan; boundaries: the range ends of both. */
    static Stream<Arguments> monthsAndDues() {
        return Cases.of(1000).boundaries(Cases.grid(Gen.edges(1, 12), Gen.edges(0, 10_000_000)))
                .random(g -> arguments(g.between(1, 12), g.between(0, 10_000_000)));
    }

    @Property
    @MethodSource("monthsAndDues")
    void makeUpIsLinearInMonthlyDue(int months, int cents) {
        BigDecimal due = BigDecimal.valueOf(cents, 2);
        TermsPeriod t = new TermsPeriod(RegularizationKind.DEFERRAL, FROM, THRU, months);
        assertEquals(0, due.multiply(BigDecimal.valueOf(months)).compareTo(t.makeUp(due).amount()));
        assertEquals(months, t.makeUp(due).months().size());
    }
}
