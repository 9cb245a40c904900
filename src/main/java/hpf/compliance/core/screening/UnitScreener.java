package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceGroup;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the screening rule (摸底, DOMAIN.md) to one unit and its remittance records. An instance keeps scratch
 * arrays between units, so it is cheap to call millions of times but must not be shared between threads.
 *
 * <p>When a month has several records, its due is the largest due among them: a back-payment (补缴) row usually
 * repeats the month's due or carries only the amount it pays, and taking the largest never lets a partial record
 * understate what the month required. Its paid amount is the sum of all records.
 */
public final class UnitScreener {
    private final ScreeningParams params;
    private long[] due = new long[64];
    private long[] paid = new long[64];
    private long[] regularPaid = new long[64];
    private boolean[] recorded = new boolean[64];
    /** The records of a call with a list, as columns. */
    private final RemittanceGroup listed = new RemittanceGroup();

    public UnitScreener(ScreeningParams params) {
        this.params = params;
    }

    public ScreeningParams params() { return params; }

    /** One-off convenience; for many units create one UnitScreener and reuse it. */
    public static UnitScreening screen(UnitAccount unit, List<RemittanceLine> lines, ScreeningParams params) {
        return new UnitScreener(params).screen(unit, lines);
    }

    /** {@code lines} are the unit's records in any order; records of other accounts must not be passed. */
    public UnitScreening screen(UnitAccount unit, List<RemittanceLine> lines) {
        return screen(unit, listed.of(lines));
    }

    /** {@code lines} are the unit's records in any order, as columns; records of other accounts must not be passed. */
    public UnitScreening screen(UnitAccount unit, RemittanceGroup lines) {
        EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (unit.status() == AccountStatus.DEFERRED) {
            reasons.add(Reason.DEFERRED_SKIPPED);
            return result(unit, Outcome.DEFERRED, ArrearsType.NONE, UnitScreening.NONE, 0, 0, UnitScreening.NONE, 0, reasons);
        }
        int opened = openedIndex(unit);
        int last = lastObligationIndex(unit, reasons);
        if (lines.size() == 0) reasons.add(Reason.NO_REMITTANCES);
        if (opened > params.assessIndex()) {
            reasons.add(Reason.OPENED_AFTER_ASSESS);
            return result(unit, Outcome.NO_OBLIGATION, ArrearsType.NONE, UnitScreening.NONE, 0, 0, opened - 1, 0, reasons);
        }
        if (last < opened) {
            reasons.add(Reason.NO_OBLIGATION_MONTHS);
            return result(unit, Outcome.NO_OBLIGATION, ArrearsType.NONE, UnitScreening.NONE, 0, 0, opened - 1, 0, reasons);
        }
        int n = last - opened + 1;
        account(unit, lines, opened, n, reasons);

        int first = UnitScreening.NONE;
        int owed = 0;
        long amount = 0;
        for (int i = 0; i < n; i++) {
            long shortfall = due[i] - paid[i];
            if (shortfall > 0) {
                if (owed == 0) first = opened + i;
                owed++;
                amount += shortfall;
                reasons.add(paid[i] == 0 ? Reason.UNPAID_MONTHS : Reason.UNDERPAID);
            } else if (regularPaid[i] < due[i]) {
                reasons.add(Reason.BACK_PAID);
            }
        }
        int paidThrough = owed == 0 ? last : first - 1;
        if (owed == 0) {
            reasons.add(Reason.SETTLED);
            return result(unit, Outcome.CLEAR, ArrearsType.NONE, UnitScreening.NONE, 0, 0, paidThrough, n, reasons);
        }
        reasons.add(Reason.OWED_MONTHS);
        if (unit.status() == AccountStatus.SEALED) reasons.add(Reason.SEALED_DEBT);
        if (unit.status() == AccountStatus.CLOSED) reasons.add(Reason.CLOSED_DEBT);

        boolean stopPattern = lastMonthsUnpaid(opened, last, n);
        boolean stopped = stopPattern && unit.status() == AccountStatus.NORMAL;
        if (stopPattern && !stopped) reasons.add(Reason.STATUS_NOT_NORMAL);
        if (stopped) reasons.add(Reason.STOPPED_K_MONTHS);
        ArrearsType type = stopped ? ArrearsType.STOPPED : ArrearsType.ARREARS;
        Outcome outcome = first <= params.cutoffIndex() ? Outcome.TARGET : Outcome.NEW_ARREARS;
        if (outcome == Outcome.NEW_ARREARS) reasons.add(Reason.FIRST_OWED_AFTER_CUTOFF);
        return result(unit, outcome, type, first, owed, amount, paidThrough, n, reasons);
    }

    /**
     * The unit's 缴至年月 by the rule {@link #screen} applies (a month index): the last month M such that every
     * obligation month up to M is settled, the month before opening when none is. Unlike {@code screen}, an account
     * under an approved deferral (缓缴) is not skipped: its obligation months run on, so its paid-through month is the
     * one it reached before the deferral. For any other account this equals {@code screen(unit, lines).paidThroughIndex()}.
     */
    public int paidThroughIndex(UnitAccount unit, List<RemittanceLine> lines) {
        int opened = openedIndex(unit);
        int last = lastObligationIndex(unit, EnumSet.noneOf(Reason.class));
        if (opened > params.assessIndex() || last < opened) return opened - 1;
        int n = last - opened + 1;
        account(unit, listed.of(lines), opened, n, EnumSet.noneOf(Reason.class));
        for (int i = 0; i < n; i++) {
            if (due[i] - paid[i] > 0) return opened + i - 1;
        }
        return last;
    }

    /**
     * How many months in a row, counted back from the assessment month A, the unit settled by its regular payments
     * alone: the screening's settled month (paid at least the due, the due being the largest among the month's
     * records, the monthly due when there is none) without counting back payments (补缴), since a month settled only
     * by a later back payment was not paid on time. Months before opening are no obligation and end the run. Only a
     * normal account (正常) whose obligation runs up to A has such a run; any other gives 0. The 守信 list asks for
     * a configurable number of such months (24 by default).
     */
    public int compliantMonthsInARow(UnitAccount unit, List<RemittanceLine> lines) {
        if (unit.status() != AccountStatus.NORMAL || unit.openedDate() == null) return 0;
        int opened = openedIndex(unit);
        int last = lastObligationIndex(unit, EnumSet.noneOf(Reason.class));
        if (opened > params.assessIndex() || last != params.assessIndex()) return 0;
        int n = last - opened + 1;
        account(unit, listed.of(lines), opened, n, EnumSet.noneOf(Reason.class));
        int run = 0;
        for (int i = n - 1; i >= 0 && regularPaid[i] >= due[i]; i--) run++;
        return run;
    }

    private static int openedIndex(UnitAccount unit) {
        return Months.toIndex(java.time.YearMonth.from(unit.openedDate()));
    }

    /** A, or for a sealed or closed account the month before its seal or close date (when it has one). */
    private int lastObligationIndex(UnitAccount unit, EnumSet<Reason> reasons) {
        int last = params.assessIndex();
        if (unit.status() == AccountStatus.SEALED || unit.status() == AccountStatus.CLOSED) {
            if (unit.sealedOrClosedDate() == null) {
                reasons.add(Reason.SEAL_DATE_MISSING);
            } else {
                last = Math.min(last, Months.toIndex(java.time.YearMonth.from(unit.sealedOrClosedDate())) - 1);
            }
        }
        return last;
    }

    /** Fills due, paid and regularPaid of the n obligation months from {@code opened} with the unit's records. */
    private void account(UnitAccount unit, RemittanceGroup lines, int opened, int n, EnumSet<Reason> reasons) {
        prepare(n, unit.monthlyDueCents());
        int[] month = lines.months();
        long[] lineDue = lines.dues();
        long[] linePaid = lines.paids();
        BusinessType[] type = lines.types();
        for (int r = 0, size = lines.size(); r < size; r++) {
            int i = month[r] - opened;
            if (i < 0 || i >= n) {
                reasons.add(Reason.RECORDS_OUTSIDE_OBLIGATION);
                continue;
            }
            if (!recorded[i]) {
                recorded[i] = true;
                due[i] = lineDue[r];
            } else if (lineDue[r] > due[i]) {
                due[i] = lineDue[r];
            }
            paid[i] += linePaid[r];
            if (type[r] == BusinessType.REGULAR) regularPaid[i] += linePaid[r];
        }
    }

    /**
     * The stop pattern: each of A−k+1 … A is an obligation month with nothing paid and something due. A month with a
     * zero due is settled without payment, so it cannot show that the unit stopped paying.
     */
    private boolean lastMonthsUnpaid(int opened, int last, int n) {
        int k = params.stopMonths();
        int a = params.assessIndex();
        if (last != a || a - k + 1 < opened) return false;
        for (int i = n - k; i < n; i++) {
            if (paid[i] != 0 || due[i] <= 0) return false;
        }
        return true;
    }

    private void prepare(int n, long monthlyDue) {
        if (due.length < n) {
            int cap = Math.max(n, due.length * 2);
            due = new long[cap];
            paid = new long[cap];
            regularPaid = new long[cap];
            recorded = new boolean[cap];
        }
        for (int i = 0; i < n; i++) {
            due[i] = monthlyDue;
            paid[i] = 0;
            regularPaid[i] = 0;
            recorded[i] = false;
        }
    }

    private static UnitScreening result(UnitAccount unit, Outcome outcome, ArrearsType type, int first, int owed,
                                        long amount, int paidThrough, int months, EnumSet<Reason> reasons) {
        Set<Reason> r = Collections.unmodifiableSet(reasons);
        return new UnitScreening(unit, outcome, type, first, owed, amount, paidThrough, months, r);
    }
}
