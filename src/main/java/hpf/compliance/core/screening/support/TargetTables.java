package hpf.compliance.core.screening.support;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.ArrearsType;
import hpf.compliance.core.screening.Outcome;
import hpf.compliance.core.screening.SummaryRow;
import hpf.compliance.core.screening.UnitScreening;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feeds stored campaign targets to the core's table writers: detail rows (明细表) from target records read one at a
 * time, and summary rows (汇总表) with branch subtotals and a grand total from grouped records. Records are maps
 * (a database row is one) with the field names of the CampaignTargetDetail / CampaignTargetSummary views.
 */
public final class TargetTables {
    private TargetTables() {}

    /** Detail record → the screening result the writer expects. Type from {@code targetTypeEnumId}. */
    public static UnitScreening detail(Map<String, ?> r) {
        ArrearsType type = "HpfTtStopped".equals(r.get("targetTypeEnumId")) ? ArrearsType.STOPPED : ArrearsType.ARREARS;
        UnitAccount unit = new UnitAccount(text(r.get("unitAccountNo")), text(r.get("unitName")), null,
                text(r.get("branchName")), null, null, null, (int) count(r.get("workerCount")), 0, null, null, null,
                null, null, null, null, 0);
        return new UnitScreening(unit, Outcome.TARGET, type, monthIndex(r.get("firstOwedMonth")),
                (int) count(r.get("owedMonths")), cents(r.get("amountOwed")), monthIndex(r.get("paidThroughMonth")), 0,
                EnumSet.noneOf(hpf.compliance.core.screening.Reason.class));
    }

    /**
     * A one-pass Iterable over detail records, for streaming a large table straight from a database cursor;
     * {@code next} returns null at the end.
     */
    public static Iterable<UnitScreening> details(Supplier<? extends Map<String, ?>> next) {
        return () -> new Iterator<>() {
            Map<String, ?> pending = next.get();

            @Override public boolean hasNext() { return pending != null; }

            @Override public UnitScreening next() {
                if (pending == null) throw new java.util.NoSuchElementException();
                UnitScreening s = detail(pending);
                pending = next.get();
                return s;
            }
        };
    }

    /**
     * Summary rows from records grouped by branch × type (fields branchName, targetTypeEnumId, unitCount,
     * totalWorkers, totalOwedMonths, totalAmountOwed), in the order given (sort by branch first): per branch one row
     * for 欠缴 and one for 停缴 (zeros included), the branch 合计, and at the end the 总计.
     */
    public static List<SummaryRow> summary(List<? extends Map<String, ?>> groups) {
        Map<String, long[][]> byBranch = new LinkedHashMap<>();
        for (Map<String, ?> g : groups) {
            String branch = text(g.get("branchName"));
            if (branch == null) branch = "";
            int t = "HpfTtStopped".equals(g.get("targetTypeEnumId")) ? 1 : 0;
            long[] a = byBranch.computeIfAbsent(branch, b -> new long[2][4])[t];
            a[0] += count(g.get("unitCount"));
            a[1] += count(g.get("totalWorkers"));
            a[2] += count(g.get("totalOwedMonths"));
            a[3] += cents(g.get("totalAmountOwed"));
        }
        List<SummaryRow> rows = new ArrayList<>();
        long[] grand = new long[4];
        ArrearsType[] types = {ArrearsType.ARREARS, ArrearsType.STOPPED};
        for (Map.Entry<String, long[][]> e : byBranch.entrySet()) {
            long[] total = new long[4];
            for (int t = 0; t < 2; t++) {
                long[] a = e.getValue()[t];
                rows.add(new SummaryRow(SummaryRow.Kind.TYPE, e.getKey(), types[t].label(), a[0], a[1], a[2], a[3]));
                for (int i = 0; i < 4; i++) total[i] += a[i];
            }
            rows.add(new SummaryRow(SummaryRow.Kind.BRANCH_TOTAL, e.getKey(), SummaryRow.TOTAL_LABEL, total[0], total[1],
                    total[2], total[3]));
            for (int i = 0; i < 4; i++) grand[i] += total[i];
        }
        rows.add(new SummaryRow(SummaryRow.Kind.GRAND_TOTAL, SummaryRow.GRAND_TOTAL_BRANCH, SummaryRow.TOTAL_LABEL,
                grand[0], grand[1], grand[2], grand[3]));
        return rows;
    }

    /** A summary row as a map for a screen list: branchName, typeLabel, unitCount, totalWorkers, totalOwedMonths, totalAmountOwed, rowKind. */
    public static Map<String, Object> toMap(SummaryRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branchName", r.branch());
        m.put("typeLabel", r.typeLabel());
        m.put("unitCount", r.units());
        m.put("totalWorkers", r.workers());
        m.put("totalOwedMonths", r.monthsOwed());
        m.put("totalAmountOwed", r.amountOwed());
        m.put("rowKind", r.kind().name());
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static long count(Object o) {
        if (o == null) return 0;
        if (o instanceof Number n) return n.longValue();
        return new BigDecimal(o.toString()).longValue();
    }

    private static long cents(Object o) {
        if (o == null) return 0;
        BigDecimal d = o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
        return Money.toCents(d.setScale(2, RoundingMode.HALF_UP));
    }

    private static int monthIndex(Object o) {
        if (o == null || o.toString().isBlank()) return UnitScreening.NONE;
        return Months.toIndex(Months.parse(o.toString()));
    }
}
