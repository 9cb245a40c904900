package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitScreenerProperties {
    private static final ScreeningParams P = Fixtures.PLAN;

    /** A unit and its records; months are offsets from the opening month (records may fall outside the obligation). */
    record Case(UnitAccount unit, List<RemittanceLine> lines) {
        int opened() { return Months.toIndex(java.time.YearMonth.from(unit.openedDate())); }

        int last() {
            int last = P.assessIndex();
            boolean sc = unit.status() == AccountStatus.SEALED || unit.status() == AccountStatus.CLOSED;
            if (sc && unit.sealedOrClosedDate() != null) {
                last = Math.min(last, Months.toIndex(java.time.YearMonth.from(unit.sealedOrClosedDate())) - 1);
            }
            return last;
        }

        /** The rule's due and paid for month m, written out plainly as the reference. */
        long[] dueAndPaid(int m) {
            long due = -1;
            long paid = 0;
            for (RemittanceLine l : lines) {
                if (l.monthIndex() != m) continue;
                due = Math.max(due, l.dueCents());
                paid += l.paidCents();
            }
            return new long[] {due < 0 ? unit.monthlyDueCents() : due, paid};
        }

        @Override
        public String toString() {
            return "opened " + Months.formatIndex(opened()) + " " + unit.status()
                    + (unit.sealedOrClosedDate() == null ? "" : " sealed/closed " + unit.sealedOrClosedDate())
                    + " due " + unit.monthlyDueCents() + " records " + lines.size();
        }
    }

    private static LocalDate monthStart(int index, int day) {
        return Months.fromIndex(index).atDay(day);
    }

    static final AccountStatus[] STATUS_MIX = {AccountStatus.NORMAL, AccountStatus.NORMAL, AccountStatus.NORMAL,
            AccountStatus.OPENING, AccountStatus.SEALED, AccountStatus.CLOSED, AccountStatus.OTHER};

    /**
     * A unit opened {@code back} months before the assessment month (-2: after it), with a status, a 封存/销户 date
     * {@code sealedAfter} months after opening (-1: none; only for sealed and closed units), a monthly due and records
     * {@code {offset from opening, type, due, paid}}.
     */
    static Case make(int back, AccountStatus st, int sealedAfter, long monthlyDue, List<int[]> records) {
        int opened = P.assessIndex() - back;
        LocalDate sealed = (st == AccountStatus.SEALED || st == AccountStatus.CLOSED) && sealedAfter >= 0
                ? monthStart(opened + sealedAfter, 10) : null;
        UnitAccount u = new UnitAccount("A", "n", null, "b", st, monthStart(opened, 5), sealed, 3, monthlyDue, null, null,
                null, null, null, null, null, 0);
        List<RemittanceLine> lines = new ArrayList<>();
        for (int[] r : records) {
            // bias towards full payment so that settled and partially settled units are common
            long paid = r[3] % 3 == 0 ? r[2] : r[3];
            lines.add(new RemittanceLine("A", opened + r[0], BusinessType.values()[r[1]], r[2], paid, null, 0));
        }
        return new Case(u, lines);
    }

    static Case draw(Gen g) {
        int back = g.between(-2, 48);
        AccountStatus st = g.oneOf(STATUS_MIX);
        int sealedAfter = g.between(-1, 50);
        long monthlyDue = g.between(0L, 300_000L);
        List<int[]> records = g.listOf(0, 80, r -> new int[] {r.between(-2, 50), r.between(0, 1), r.between(0, 300_000),
                r.between(0, 300_000)});
        return make(back, st, sealedAfter, monthlyDue, records);
    }

    /**
     * Fixed cases at the limits: opened after, at and 48 months before the assessment month; every status; sealed or
     * closed in the opening month or never; nothing due or the most; no records, or one unpaid month at the opening.
     */
    static List<Case> boundaryCases() {
        List<Case> cases = new ArrayList<>();
        for (List<?> r : Cases.grid(List.of(-2, 0, 48), List.of(AccountStatus.NORMAL, AccountStatus.OPENING,
                AccountStatus.SEALED, AccountStatus.CLOSED, AccountStatus.OTHER), List.of(-1, 0), List.of(0L, 300_000L),
                List.of(List.<int[]>of(), List.of(new int[] {0, 0, 300_000, 1})))) {
            @SuppressWarnings("unchecked") List<int[]> records = (List<int[]>) r.get(4);
            cases.add(make((Integer) r.get(0), (AccountStatus) r.get(1), (Integer) r.get(2), (Long) r.get(3), records));
        }
        return cases;
    }

    static Stream<Arguments> cases() {
        Cases cases = Cases.of(1000);
        for (Case c : boundaryCases()) cases.boundary(c);
        return cases.random(g -> arguments(draw(g)));
    }

    /** A case and a month offset from its opening (-2..50); the boundary cases go through the offset's limits in turn. */
    static Stream<Arguments> casesAndOffsets() {
        Cases cases = Cases.of(1000);
        List<Integer> offsets = Gen.edges(-2, 50);
        List<Case> fixed = boundaryCases();
        for (int i = 0; i < fixed.size(); i++) cases.boundary(fixed.get(i), offsets.get(i % offsets.size()));
        return cases.random(g -> arguments(draw(g), g.between(-2, 50)));
    }

    /** Two cases: the second is screened in between, by the same screener instance. */
    static Stream<Arguments> casePairs() {
        Cases cases = Cases.of(1000);
        List<Case> fixed = boundaryCases();
        for (int i = 0; i < fixed.size(); i++) cases.boundary(fixed.get(i), fixed.get((i + 1) % fixed.size()));
        return cases.random(g -> arguments(draw(g), draw(g)));
    }

    @Property
    @MethodSource("casePairs")
    void paidThroughAloneIsWhatScreeningSaysAndADeferralDoesNotHideIt(Case c, Case other) {
        UnitScreener screener = new UnitScreener(P);
        UnitScreening s = screener.screen(c.unit(), c.lines());
        // the same instance, after another unit, so that no scratch state carries over
        screener.screen(other.unit(), other.lines());
        assertEquals(s.paidThroughIndex(), screener.paidThroughIndex(c.unit(), c.lines()));
        UnitAccount u = c.unit();
        UnitAccount deferred = new UnitAccount(u.accountNo(), u.name(), u.uscc(), u.branch(), AccountStatus.DEFERRED,
                u.openedDate(), u.sealedOrClosedDate(), u.workers(), u.monthlyDueCents(), null, null, null, null, null,
                null, null, 0);
        UnitAccount normal = new UnitAccount(u.accountNo(), u.name(), u.uscc(), u.branch(), AccountStatus.NORMAL,
                u.openedDate(), u.sealedOrClosedDate(), u.workers(), u.monthlyDueCents(), null, null, null, null, null,
                null, null, 0);
        assertEquals(screener.screen(normal, c.lines()).paidThroughIndex(), screener.paidThroughIndex(deferred, c.lines()));
    }

    @Property
    @MethodSource("cases")
    void amountOwedIsTheSumOfShortfallsAndMonthsOwedTheirCount(Case c) {
        UnitScreening s = UnitScreener.screen(c.unit(), c.lines(), P);
        if (s.outcome() == Outcome.DEFERRED) return;
        long amount = 0;
        int owed = 0;
        int first = UnitScreening.NONE;
        for (int m = c.opened(); m <= Math.min(c.last(), P.assessIndex()); m++) {
            long[] dp = c.dueAndPaid(m);
            if (dp[1] < dp[0]) {
                amount += dp[0] - dp[1];
                if (owed++ == 0) first = m;
            }
        }
        assertEquals(amount, s.amountOwedCents());
        assertEquals(owed, s.owedMonths());
        assertEquals(first, s.firstOwedIndex());
    }

    @Property
    @MethodSource("cases")
    void paidThroughIsBeforeTheFirstOwedMonthAndEverythingUpToItIsSettled(Case c) {
        UnitScreening s = UnitScreener.screen(c.unit(), c.lines(), P);
        if (s.outcome() == Outcome.DEFERRED) return;
        if (s.owedMonths() > 0) assertTrue(s.paidThroughIndex() < s.firstOwedIndex());
        assertTrue(s.paidThroughIndex() >= c.opened() - 1);
        for (int m = c.opened(); m <= s.paidThroughIndex(); m++) {
            long[] dp = c.dueAndPaid(m);
            assertTrue(dp[1] >= dp[0], "month " + Months.formatIndex(m) + " before paid-through is settled");
        }
    }

    @Property
    @MethodSource("casesAndOffsets")
    void payingAMissingMonthNeverIncreasesMonthsOwed(Case c, int offset) {
        UnitScreening before = UnitScreener.screen(c.unit(), c.lines(), P);
        int m = c.opened() + offset;
        long due = c.dueAndPaid(m)[0];
        List<RemittanceLine> more = new ArrayList<>(c.lines());
        more.add(new RemittanceLine("A", m, BusinessType.BACK_PAYMENT, due, due, null, 0));
        UnitScreening after = UnitScreener.screen(c.unit(), more, P);
        assertTrue(after.owedMonths() <= before.owedMonths());
        assertTrue(after.amountOwedCents() <= before.amountOwedCents());
        if (before.outcome() != Outcome.TARGET) assertNotEquals(Outcome.TARGET, after.outcome(), "paying cannot make a target");
    }

    @Property
    @MethodSource("cases")
    void aUnitSettledInEveryMonthIsNeverATarget(Case c) {
        List<RemittanceLine> settled = new ArrayList<>();
        Map<Integer, Long> extra = new HashMap<>();
        for (RemittanceLine l : c.lines()) {
            settled.add(new RemittanceLine("A", l.monthIndex(), l.type(), l.dueCents(), Math.max(l.paidCents(), l.dueCents()), null, 0));
            extra.merge(l.monthIndex(), 1L, Long::sum);
        }
        for (int m = c.opened(); m <= P.assessIndex(); m++) {
            if (!extra.containsKey(m)) settled.add(new RemittanceLine("A", m, BusinessType.REGULAR, c.unit().monthlyDueCents(),
                    c.unit().monthlyDueCents(), null, 0));
        }
        UnitScreening s = UnitScreener.screen(c.unit(), settled, P);
        assertFalse(s.isTarget());
        assertNotEquals(Outcome.NEW_ARREARS, s.outcome());
        assertEquals(0, s.owedMonths());
        assertEquals(0, s.amountOwedCents());
    }

    @Property
    @MethodSource("cases")
    void classificationIsConsistent(Case c) {
        UnitScreening s = UnitScreener.screen(c.unit(), c.lines(), P);
        switch (s.outcome()) {
            case TARGET -> {
                assertTrue(s.firstOwedIndex() <= P.cutoffIndex());
                assertNotEquals(ArrearsType.NONE, s.type());
            }
            case NEW_ARREARS -> assertTrue(s.firstOwedIndex() > P.cutoffIndex());
            case CLEAR, NO_OBLIGATION, DEFERRED -> assertEquals(0, s.owedMonths());
        }
        if (s.type() == ArrearsType.STOPPED) {
            assertEquals(AccountStatus.NORMAL, c.unit().status());
            for (int m = P.assessIndex() - P.stopMonths() + 1; m <= P.assessIndex(); m++) assertEquals(0, c.dueAndPaid(m)[1]);
        }
        assertTrue(s.owedMonths() <= s.obligationMonths());
    }
}
