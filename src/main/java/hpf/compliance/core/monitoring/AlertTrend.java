package hpf.compliance.core.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The monthly monitoring trend per branch (巩固月度趋势): alerts raised (new arrears and new stops) and their amount
 * owed, alerts cleared (paid or closed by hand), and alerts still open at the end of each month. The database
 * aggregates the alerts by branch and detection month and by branch and closure month; this class lays the two
 * aggregates side by side and carries the open count forward (open = raised so far − cleared so far), so no alert row
 * is ever read one by one.
 */
public final class AlertTrend {
    private AlertTrend() {}

    public static final List<String> HEADER = List.of("所属机构", "月份", "新增预警", "新增欠缴金额", "已解除", "月末未解除");

    /** Alerts raised in a month of a branch (monthly yyyy-MM). */
    public record Raised(String branch, String month, long count, BigDecimal amount) {}

    /** Alerts closed in a month of a branch. */
    public record Cleared(String branch, String month, long count) {}

    /** One row of the trend. */
    public record Row(String branch, String month, long raised, BigDecimal raisedAmount, long cleared, long open) {}

    /**
     * One row per branch and month that has anything, months in order within each branch, branches in the order
     * {@code branchOrder} gives (branches it lacks come after, by name). Months are yyyy-MM strings, so their
     * natural order is the calendar's; rows without a month are ignored.
     */
    public static List<Row> build(Collection<Raised> raised, Collection<Cleared> cleared, List<String> branchOrder) {
        Map<String, TreeMap<String, long[]>> counts = new TreeMap<>((a, b) -> {
            int ia = branchOrder == null ? -1 : branchOrder.indexOf(a), ib = branchOrder == null ? -1 : branchOrder.indexOf(b);
            if (ia >= 0 && ib >= 0) return Integer.compare(ia, ib);
            if (ia >= 0) return -1;
            if (ib >= 0) return 1;
            return a.compareTo(b);
        });
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (Raised r : raised) {
            if (r.month() == null || r.branch() == null) continue;
            counts.computeIfAbsent(r.branch(), k -> new TreeMap<>()).computeIfAbsent(r.month(), k -> new long[2])[0] += r.count();
            amounts.merge(r.branch() + '|' + r.month(), r.amount() == null ? BigDecimal.ZERO : r.amount(), BigDecimal::add);
        }
        for (Cleared c : cleared) {
            if (c.month() == null || c.branch() == null) continue;
            counts.computeIfAbsent(c.branch(), k -> new TreeMap<>()).computeIfAbsent(c.month(), k -> new long[2])[1] += c.count();
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, long[]>> b : counts.entrySet()) {
            long open = 0;
            for (Map.Entry<String, long[]> m : b.getValue().entrySet()) {
                long[] v = m.getValue();
                open += v[0] - v[1];
                rows.add(new Row(b.getKey(), m.getKey(), v[0],
                        amounts.getOrDefault(b.getKey() + '|' + m.getKey(), BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP),
                        v[1], Math.max(0, open)));
            }
        }
        return rows;
    }

    /** Branch labels for the sheet: the row's branch id mapped to its name (the id itself when unknown). */
    public static void writeXlsx(OutputStream out, String title, List<Row> rows, Map<String, String> branchNames) throws IOException {
        Workbook wb = new Workbook(out, "hpf-compliance", "1.0");
        Worksheet ws = wb.newWorksheet("月度趋势");
        int cols = HEADER.size();
        ws.value(0, 0, title);
        ws.range(0, 0, 0, cols - 1).merge();
        ws.range(0, 0, 0, cols - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
        for (int i = 0; i < cols; i++) ws.value(1, i, HEADER.get(i));
        ws.range(1, 0, 1, cols - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 2);
        int r = 2;
        for (Row row : rows) {
            ws.value(r, 0, branchNames == null ? row.branch() : branchNames.getOrDefault(row.branch(), row.branch()));
            ws.value(r, 1, row.month());
            ws.value(r, 2, row.raised());
            ws.value(r, 3, row.raisedAmount());
            ws.style(r, 3).format("0.00").set();
            ws.value(r, 4, row.cleared());
            ws.value(r, 5, row.open());
            r++;
        }
        wb.finish();
    }

    /** The distinct months of the rows, in order (for a chart axis or a filter). */
    public static List<String> months(List<Row> rows) {
        TreeSet<String> s = new TreeSet<>();
        for (Row r : rows) s.add(r.month());
        return new ArrayList<>(s);
    }
}
