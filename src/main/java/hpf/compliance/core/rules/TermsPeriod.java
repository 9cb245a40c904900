package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounded period for which an approved rate reduction or deferral changes a unit's terms (Art. 20). After it
 * the original rate applies again, and deferred contributions are made up (补缴).
 *
 * @param kind           rate reduction or deferral
 * @param from           first day in force (inclusive)
 * @param thru           last day in force (inclusive)
 * @param deferralMonths for a deferral, how many months' contributions are deferred; null for a rate reduction
 */
public record TermsPeriod(RegularizationKind kind, LocalDate from, LocalDate thru, Integer deferralMonths) {

    public TermsPeriod {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (from == null || thru == null) throw new IllegalArgumentException("a terms period needs from and thru dates");
        if (thru.isBefore(from)) throw new IllegalArgumentException("thru " + thru + " is before from " + from);
        if (kind == RegularizationKind.DEFERRAL && (deferralMonths == null || deferralMonths < 1)) {
            throw new IllegalArgumentException("a deferral needs 1 or more deferral months");
        }
    }

    /**
     * The terms of an application approved on {@code approvalDate}. An approval does not reach back: if the center
     * decides after the requested start, the terms start on the approval date, keeping the requested end (which
     * keeps the period within the maximum the application was checked against).
     */
    public static TermsPeriod approved(RegularizationKind kind, LocalDate requestedFrom, LocalDate requestedThru,
                                       Integer deferralMonths, LocalDate approvalDate) {
        if (approvalDate == null) throw new IllegalArgumentException("approval date is required");
        if (requestedFrom == null || requestedThru == null) throw new IllegalArgumentException("requested period is required");
        if (approvalDate.isAfter(requestedThru)) {
            throw new IllegalArgumentException("approval date " + approvalDate + " is after the requested period ended on " + requestedThru);
        }
        LocalDate from = approvalDate.isAfter(requestedFrom) ? approvalDate : requestedFrom;
        Integer months = deferralMonths;
        if (kind == RegularizationKind.DEFERRAL && months != null) months = Math.min(months, monthsSpanned(from, requestedThru));
        return new TermsPeriod(kind, from, requestedThru, kind == RegularizationKind.DEFERRAL ? months : null);
    }

    public LocalDate effectiveFrom() {
        return from;
    }

    public LocalDate effectiveThru() {
        return thru;
    }

    public boolean isInForce(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(thru);
    }

    /** The first day the original rate applies again (and a deferral's make-up starts). */
    public LocalDate restorationDate() {
        return thru.plusDays(1);
    }

    /** The contribution month of the restoration date. */
    public YearMonth restorationMonth() {
        return YearMonth.from(restorationDate());
    }

    /**
     * True when {@code date} lies in the last {@code windowMonths} months of the period, the only time a renewal
     * may be applied for (so that terms never run unbounded by back-to-back applications made in advance).
     */
    public boolean isInRenewalWindow(LocalDate date, int windowMonths) {
        return !date.isBefore(renewalWindowStart(windowMonths)) && !date.isAfter(thru);
    }

    /**
     * First day of the renewal window: {@code windowMonths} months before the restoration date, so that terms
     * ending 06-30 open their window on 06-01 and terms ending 06-15 on 05-16.
     */
    public LocalDate renewalWindowStart(int windowMonths) {
        return restorationDate().minusMonths(windowMonths);
    }

    /** Contribution months deferred: the first {@code deferralMonths} months of the period; empty for a rate reduction. */
    public List<YearMonth> deferredMonths() {
        if (kind != RegularizationKind.DEFERRAL) return List.of();
        List<YearMonth> out = new ArrayList<>(deferralMonths);
        YearMonth m = YearMonth.from(from);
        for (int i = 0; i < deferralMonths; i++) out.add(m.plusMonths(i));
        return List.copyOf(out);
    }

    /** What the follow-up after a deferral must recover: the deferred months, their amount, and from when. */
    public record MakeUp(List<YearMonth> months, BigDecimal amount, LocalDate dueFrom) {}

    /** Deferred months × the unit's monthly due (月应缴额), in yuan with two decimals. */
    public MakeUp makeUp(BigDecimal monthlyDue) {
        if (monthlyDue == null || monthlyDue.signum() < 0) throw new IllegalArgumentException("monthly due must be 0 or more");
        List<YearMonth> months = deferredMonths();
        BigDecimal amount = monthlyDue.multiply(BigDecimal.valueOf(months.size())).setScale(2, RoundingMode.HALF_UP);
        return new MakeUp(months, amount, restorationDate());
    }

    /**
     * The make-up after a chain of terms that followed one another (renewals): the deferred months of every deferral
     * in it, each month once, times the unit's monthly due, due from the day after the last period ends. A chain of
     * rate reductions only has nothing to make up.
     */
    public static MakeUp makeUp(List<TermsPeriod> chain, BigDecimal monthlyDue) {
        if (chain == null || chain.isEmpty()) throw new IllegalArgumentException("at least one terms period is required");
        if (monthlyDue == null || monthlyDue.signum() < 0) throw new IllegalArgumentException("monthly due must be 0 or more");
        java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>();
        LocalDate dueFrom = null;
        for (TermsPeriod t : chain) {
            months.addAll(t.deferredMonths());
            if (dueFrom == null || t.restorationDate().isAfter(dueFrom)) dueFrom = t.restorationDate();
        }
        BigDecimal amount = monthlyDue.multiply(BigDecimal.valueOf(months.size())).setScale(2, RoundingMode.HALF_UP);
        return new MakeUp(List.copyOf(months), amount, dueFrom);
    }

    /**
     * How many months a period from..thru (inclusive) takes: the smallest n with thru before from + n months.
     * 2026-05-01..2027-04-30 is 12; 2026-05-01..2027-05-01 is 13.
     */
    public static int monthsSpanned(LocalDate from, LocalDate thru) {
        if (thru.isBefore(from)) return 0;
        int n = 1;
        while (!thru.isBefore(from.plusMonths(n))) n++;
        return n;
    }
}
