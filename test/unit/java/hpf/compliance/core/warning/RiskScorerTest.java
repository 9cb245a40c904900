package hpf.compliance.core.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.UnitAccount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
    static final int M = Months.toIndex(YearMonth.of(2026, 2));
    static final LocalDate END_OF_M = YearMonth.of(2026, 2).atEndOfMonth();
    static final long DUE = 1_000_000; // 10,000.00 yuan

    static UnitAccount unit(Integer payday) {
        return new UnitAccount("U1", "单位", null, "B1", AccountStatus.NORMAL, LocalDate.of(2024, 3, 1), null, 50,
                DUE, null, null, null, null, null, payday, null, 0);
    }

    /** 24 months up to M, paid in full on day {@code day} of each month, 50 workers, nothing sealed. */
    static List<HistoryLine> steady(int day) {
        List<HistoryLine> l = new ArrayList<>();
        for (int m = M - 23; m <= M; m++) l.add(line(m, DUE, DUE, Months.fromIndex(m).atDay(day), 50, 0));
        return l;
    }

    static HistoryLine line(int m, long due, long paid, LocalDate date, Integer workers, Integer sealed) {
        return new HistoryLine(m, BusinessType.REGULAR, due, paid, date, workers, sealed);
    }

    static void replace(List<HistoryLine> l, HistoryLine n) {
        l.removeIf(x -> x.monthIndex() == n.monthIndex() && x.type() == n.type());
        l.add(n);
    }

    final RiskScorer scorer = new RiskScorer(RiskConfig.defaults());

    RiskScore score(List<HistoryLine> lines) {
        return scorer.score(unit(10), lines, List.of(), M, END_OF_M);
    }

    @Test
    void aSteadyPayerScoresZero() {
        RiskScore s = score(steady(12));
        assertTrue(s.eligible());
        assertEquals(0.0, s.score());
        assertEquals(List.of(), s.reasons());
    }

    @Test
    void paymentsDriftingLaterAfterPaydayAreMeasuredAgainstTheSameMonthsAYearEarlier() {
        List<HistoryLine> l = steady(15); // payday 10 + 5 days: on time
        // a year earlier (M-14..M-12) 2 days late; the last 3 months 12 days late (deadline the 15th)
        for (int back = 12; back <= 14; back++) replace(l, line(M - back, DUE, DUE, Months.fromIndex(M - back).atDay(17), 50, 0));
        for (int back = 0; back <= 2; back++) replace(l, line(M - back, DUE, DUE, Months.fromIndex(M - back).atDay(27), 50, 0));
        RiskScore s = score(l);
        assertEquals(1, s.reasons().size());
        RiskReason r = s.reasons().get(0);
        assertEquals(RiskSignal.LATE_DRIFT, r.signal());
        assertEquals(10.0, r.value());
        assertEquals("近3个月平均晚缴 12 天（上年同期 2 天），推迟 10 天", r.text());
        assertEquals(20.0, r.points()); // 30 × 10/15
        assertEquals(20.0, s.score());
    }

    @Test
    void aUnitWithoutPaydayIsMeasuredFromTheDefaultPayday() {
        List<HistoryLine> l = steady(20); // default payday 15 + 5 = the 20th: on time
        RiskScore s = scorer.score(unit(null), l, List.of(), M, END_OF_M);
        assertEquals(0.0, s.score());
    }

    @Test
    void shortPaymentsMadeUpLaterAreCountedWithTheirShare() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M - 3, DUE, DUE * 6 / 10, Months.fromIndex(M - 3).atDay(12), 50, 0));
        l.add(new HistoryLine(M - 3, BusinessType.BACK_PAYMENT, DUE * 4 / 10, DUE * 4 / 10, Months.fromIndex(M - 1).atDay(3), null, null));
        RiskScore s = score(l);
        assertTrue(s.eligible());
        RiskReason r = s.reasons().stream().filter(x -> x.signal() == RiskSignal.SHORT_PAYMENT).findFirst().orElseThrow();
        assertEquals("近6个月有 1 个月未足额缴存（2025-11 实缴 60%）", r.text());
        assertEquals(6.7, r.points()); // 20 × 1/3
    }

    @Test
    void aUnitThatStillOwesIsNotScored() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M - 3, DUE, DUE / 2, Months.fromIndex(M - 3).atDay(12), 50, 0));
        RiskScore s = score(l);
        assertFalse(s.eligible());
        assertEquals(0.0, s.score());
    }

    @Test
    void fallingHeadcountComparesMonthMWithSixMonthsBefore() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M - 6, DUE, DUE, Months.fromIndex(M - 6).atDay(12), 48, 0));
        replace(l, line(M, DUE, DUE, Months.fromIndex(M).atDay(12), 36, 0));
        RiskReason r = score(l).reasons().get(0);
        assertEquals(RiskSignal.HEADCOUNT_FALL, r.signal());
        assertEquals("缴存人数由 48 人降至 36 人（近6个月减少 25%）", r.text());
        assertEquals(12.5, r.points()); // 20 × 25/40
    }

    @Test
    void withoutHeadcountInTheDataTheDueAmountStandsIn() {
        List<HistoryLine> l = new ArrayList<>();
        for (int m = M - 23; m <= M; m++) l.add(line(m, m > M - 3 ? DUE / 2 : DUE, m > M - 3 ? DUE / 2 : DUE, Months.fromIndex(m).atDay(12), null, null));
        RiskReason r = score(l).reasons().get(0);
        assertEquals(RiskSignal.HEADCOUNT_FALL, r.signal());
        assertEquals("月应缴额由 10,000.00 元降至 5,000.00 元（近6个月减少 50%，导入数据无缴存人数，按应缴额推算）", r.text());
        assertEquals(20.0, r.points());
    }

    @Test
    void sealedWorkersRising() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M - 6, DUE, DUE, Months.fromIndex(M - 6).atDay(12), 50, 2));
        replace(l, line(M, DUE, DUE, Months.fromIndex(M).atDay(12), 50, 9));
        RiskReason r = score(l).reasons().get(0);
        assertEquals(RiskSignal.SEALED_RISE, r.signal());
        assertEquals("封存人数由 2 人增至 9 人（近6个月增加 7 人，占原有职工 13%）", r.text());
        assertEquals(4.5, r.points()); // 10 × 13.46/30
    }

    @Test
    void repeatedBackPaymentsInTheLastTwelveMonths() {
        List<HistoryLine> l = steady(12);
        for (int back : new int[] {2, 5, 9}) {
            replace(l, line(M - back, DUE, 0, null, 50, 0));
            l.add(new HistoryLine(M - back, BusinessType.BACK_PAYMENT, DUE, DUE, Months.fromIndex(M - back + 1).atDay(20), null, null));
        }
        // one from 14 months ago does not count
        replace(l, line(M - 14, DUE, 0, null, 50, 0));
        l.add(new HistoryLine(M - 14, BusinessType.BACK_PAYMENT, DUE, DUE, Months.fromIndex(M - 13).atDay(20), null, null));
        RiskReason r = score(l).reasons().get(0);
        assertEquals(RiskSignal.REPEATED_BACK_PAYMENT, r.signal());
        assertEquals("近12个月补缴 3 次（所属月份 2025-05、2025-09、2025-12）", r.text());
        assertEquals(7.5, r.points());
    }

    @Test
    void anApplicationThatExpiredRecently() {
        RiskScore s = scorer.score(unit(10), steady(12), List.of(new ExpiredTerms("缓缴", LocalDate.of(2025, 12, 31)),
                new ExpiredTerms("降低缴存比例", LocalDate.of(2024, 6, 30))), M, END_OF_M);
        assertEquals(1, s.reasons().size());
        assertEquals("缓缴期限于 2025-12-31 届满（距评估月 2 个月）", s.reasons().get(0).text());
        assertEquals(10.0, s.score());
        // long ago: nothing
        s = scorer.score(unit(10), steady(12), List.of(new ExpiredTerms("缓缴", LocalDate.of(2025, 6, 30))), M, END_OF_M);
        assertEquals(0.0, s.score());
    }

    @Test
    void usesOnlyDataUpToM() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M - 6, DUE, DUE, Months.fromIndex(M - 6).atDay(12), 48, 0));
        replace(l, line(M, DUE, DUE, Months.fromIndex(M).atDay(12), 40, 0));
        RiskScore before = score(l);
        List<HistoryLine> more = new ArrayList<>(l);
        // later months: stopped paying, fewer workers, back payments, an application ending — all after M
        for (int m = M + 1; m <= M + 3; m++) more.add(line(m, DUE, 0, null, 10, 30));
        more.add(new HistoryLine(M - 1, BusinessType.BACK_PAYMENT, DUE, DUE, END_OF_M.plusDays(3), null, null));
        // a payment for M made after the end of M is not known at M: the unit then owes M and is not scored
        RiskScore after = scorer.score(unit(10), more, List.of(new ExpiredTerms("缓缴", END_OF_M.plusDays(10))), M, END_OF_M);
        assertEquals(before, after);
        List<HistoryLine> latePaid = new ArrayList<>(l);
        replace(latePaid, line(M, DUE, DUE, END_OF_M.plusDays(2), 40, 0));
        assertFalse(scorer.score(unit(10), latePaid, List.of(), M, END_OF_M).eligible());
        assertTrue(scorer.score(unit(10), latePaid, List.of(), M, END_OF_M.plusDays(2)).eligible());
    }

    @Test
    void tuningAWeightChangesTheOrder() {
        List<HistoryLine> drift = steady(15);
        for (int back = 0; back <= 2; back++) replace(drift, line(M - back, DUE, DUE, Months.fromIndex(M - back).atDay(27), 50, 0));
        List<HistoryLine> fall = steady(12);
        replace(fall, line(M, DUE, DUE, Months.fromIndex(M).atDay(12), 30, 0));
        assertTrue(score(drift).score() > score(fall).score());
        RiskScorer tuned = new RiskScorer(RiskConfig.defaults().with(RiskSignal.LATE_DRIFT, new SignalSetting(5, 5, 15)));
        assertTrue(tuned.score(unit(10), drift, List.of(), M, END_OF_M).score()
                < tuned.score(unit(10), fall, List.of(), M, END_OF_M).score());
        RiskScorer off = new RiskScorer(RiskConfig.defaults().with(RiskSignal.LATE_DRIFT, new SignalSetting(0, 5, 15)));
        assertEquals(0.0, off.score(unit(10), drift, List.of(), M, END_OF_M).score());
    }

    @Test
    void thresholdKeepsSmallSignalsOut() {
        List<HistoryLine> l = steady(12);
        replace(l, line(M, DUE, DUE, Months.fromIndex(M).atDay(12), 46, 0)); // -8 %
        assertEquals(0.0, score(l).score());
        RiskScorer lower = new RiskScorer(RiskConfig.defaults().with(RiskSignal.HEADCOUNT_FALL, new SignalSetting(20, 5, 40)));
        assertEquals(4.0, lower.score(unit(10), l, List.of(), M, END_OF_M).score());
    }
}
