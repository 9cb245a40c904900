package hpf.compliance.core.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates campaign targets by branch × type for the summary table, and counts every outcome for the run report.
 * Branches sort by their name's natural (code point) order so the table is the same on every run. Summaries of
 * separate runs (one per branch, say) can be merged for the office roll-up.
 */
public final class ScreeningSummary {
    private static final ArrearsType[] TYPES = {ArrearsType.ARREARS, ArrearsType.STOPPED};

    private static final class Acc {
        long units, workers, months, cents;

        void add(long u, long w, long m, long c) {
            units += u;
            workers += w;
            months += m;
            cents += c;
        }
    }

    private final Map<String, Map<ArrearsType, Acc>> byBranch = new TreeMap<>();
    private final EnumMap<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private long unitMonths;

    /** Counts the result; only targets enter the table. */
    public void add(UnitScreening s) {
        Long n = outcomes.get(s.outcome());
        outcomes.put(s.outcome(), n == null ? 1L : n + 1);
        unitMonths += s.obligationMonths();
        if (!s.isTarget()) return;
        acc(s.unit().branch(), s.type()).add(1, s.unit().workers(), s.owedMonths(), s.amountOwedCents());
    }

    private Acc acc(String branch, ArrearsType type) {
        // no lambdas here: the command line's first would cost a cold JVM the set-up of method handles
        Map<ArrearsType, Acc> types = byBranch.get(branch);
        if (types == null) byBranch.put(branch, types = new EnumMap<>(ArrearsType.class));
        Acc a = types.get(type);
        if (a == null) types.put(type, a = new Acc());
        return a;
    }

    public void merge(ScreeningSummary other) {
        other.outcomes.forEach((o, n) -> outcomes.merge(o, n, Long::sum));
        unitMonths += other.unitMonths;
        other.byBranch.forEach((branch, types) -> types.forEach((t, a) -> acc(branch, t).add(a.units, a.workers, a.months, a.cents)));
    }

    public long count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Obligation months examined over all units (the work a run did, for throughput figures). */
    public long unitMonths() {
        return unitMonths;
    }

    public long screenedUnits() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Per branch (in order): one row per type (欠缴 then 停缴, zero rows included so every branch has the same
     * layout), then the branch's 合计; finally the 总计 row. Only branches with at least one target appear.
     */
    public List<SummaryRow> rows() {
        List<SummaryRow> rows = new ArrayList<>();
        Acc grand = new Acc();
        for (Map.Entry<String, Map<ArrearsType, Acc>> e : byBranch.entrySet()) {
            Acc branchTotal = new Acc();
            for (ArrearsType t : TYPES) {
                Acc a = e.getValue().getOrDefault(t, new Acc());
                rows.add(new SummaryRow(SummaryRow.Kind.TYPE, e.getKey(), t.label(), a.units, a.workers, a.months, a.cents));
                branchTotal.add(a.units, a.workers, a.months, a.cents);
            }
            rows.add(new SummaryRow(SummaryRow.Kind.BRANCH_TOTAL, e.getKey(), SummaryRow.TOTAL_LABEL, branchTotal.units,
                    branchTotal.workers, branchTotal.months, branchTotal.cents));
            grand.add(branchTotal.units, branchTotal.workers, branchTotal.months, branchTotal.cents);
        }
        rows.add(new SummaryRow(SummaryRow.Kind.GRAND_TOTAL, SummaryRow.GRAND_TOTAL_BRANCH, SummaryRow.TOTAL_LABEL,
                grand.units, grand.workers, grand.months, grand.cents));
        return rows;
    }
}
