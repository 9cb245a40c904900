package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
    }

    private static LocalDate monthStart(int index, int day) {
        return Months.fromIndex(index).atDay(day);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> openedBack = Arbitraries.integers().between(-2, 48);
        Arbitrary<AccountStatus> status = Arbitraries.of(AccountStatus.NORMAL, AccountStatus.NORMAL, AccountStatus.NORMAL,
                AccountStatus.OPENING, AccountStatus.SEALED, AccountStatus.CLOSED, AccountStatus.OTHER);
        Arbitrary<Integer> sealedAfter = Arbitraries.integers().between(-1, 50);
        Arbitrary<Long> monthlyDue = Arbitraries.longs().between(0, 300_000);
        Arbitrary<List<int[]>> recs = Combinators.combine(
                Arbitraries.integers().between(-2, 50), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 300_000), Arbitraries.integers().between(0, 300_000))
                .as((off, type, due, paid) -> new int[] {off, type, due, paid}).list().ofMaxSize(80);
        return Combinators.combine(openedBack, status, sealedAfter, monthlyDue, recs).as((back, st, sAfter, md, rs) -> {
            int opened = P.assessIndex() - back;
            LocalDate sealed = (st == AccountStatus.SEALED || st == AccountStatus.CLOSED) && sAfter >= 0
                    ? monthStart(opened + sAfter, 10) : null;
            UnitAccount u = new UnitAccount("A", "n", null, "b", st, monthStart(opened, 5), sealed, 3, md, null, null,
                    null, null, null, null, null, 0);
            List<RemittanceLine> lines = new ArrayList<>();
            for (int[] r : rs) {
                // bias towards full payment so that settled and partially settled units are common
                long paid = r[3] % 3 == 0 ? r[2] : r[3];
                lines.add(new RemittanceLine("A", opened + r[0], BusinessType.values()[r[1]], r[2], paid, null, 0));
            }
            return new Case(u, lines);
        });
    }

    @Property
    void amountOwedIsTheSumOfShortfallsAndMonthsOwedTheirCount(@ForAll("cases") Case c) {
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
    void paidThroughIsBeforeTheFirstOwedMonthAndEverythingUpToItIsSettled(@ForAll("cases") Case c) {
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
    void payingAMissingMonthNeverIncreasesMonthsOwed(@ForAll("cases") Case c, @ForAll("offsets") int offset) {
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

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-2, 50);
    }

    @Property
    void aUnitSettledInEveryMonthIsNeverATarget(@ForAll("cases") Case c) {
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
    void classificationIsConsistent(@ForAll("cases") Case c) {
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
