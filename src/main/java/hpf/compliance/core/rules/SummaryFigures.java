package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of the summary and acceptance phase (总结验收), one set per branch: what a branch summary (分支机构总结)
 * records, what the final report (最终报告) totals, and what the campaign figure service computes from the data. The
 * keys are the field names of hpf.compliance.BranchSummary and of the figure service's rows, in the order the tables
 * print them; counts are whole numbers, the two amounts are yuan to the fen.
 */
public final class SummaryFigures {
    private SummaryFigures() {}

    /** A figure: its key (field name), the Chinese column heading and whether it is money. */
    public record Figure(String key, String label, boolean money) {}

    public static final List<Figure> FIGURES = List.of(
            new Figure("targetCount", "摸底对象（户）", false),
            new Figure("arrearsCount", "其中欠缴（户）", false),
            new Figure("stoppedCount", "其中停缴（户）", false),
            new Figure("contactedCount", "已对接（户）", false),
            new Figure("letterIssuedCount", "下达意见书（份）", false),
            new Figure("letterServedCount", "已送达意见书（份）", false),
            new Figure("interviewCount", "催缴笔录（次）", false),
            new Figure("orderCount", "责令限期缴存（份）", false),
            new Figure("courtReferralCount", "申请法院强制执行（件）", false),
            new Figure("penaltyCount", "行政处罚（件）", false),
            new Figure("rectifiedCount", "已整改缴清（户）", false),
            new Figure("recoveredAmount", "追缴金额（元）", true),
            new Figure("reductionApprovedCount", "批准降低比例（户）", false),
            new Figure("deferralApprovedCount", "批准缓缴（户）", false),
            new Figure("applicationRefusedCount", "申请未获批准（件）", false),
            new Figure("outstandingCount", "仍未整改（户）", false),
            new Figure("outstandingAmount", "尚欠金额（元）", true));

    /** The keys of {@link #FIGURES}, in order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>(FIGURES.size());
        for (Figure f : FIGURES) keys.add(f.key());
        return Collections.unmodifiableList(keys);
    }

    public static boolean isMoney(String key) {
        for (Figure f : FIGURES) if (f.key().equals(key)) return f.money();
        throw new IllegalArgumentException("not a summary figure: " + key);
    }

    /**
     * The figures of one row as normalized values: counts as Long, amounts as BigDecimal with two decimals; a missing
     * or empty figure is zero. Keys other than the figures are dropped.
     */
    public static Map<String, Object> normalize(Map<String, ?> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Figure f : FIGURES) {
            Object v = row == null ? null : row.get(f.key());
            out.put(f.key(), f.money() ? money(v) : count(v));
        }
        return out;
    }

    /** The sum of every figure over the rows (normalized as above). */
    public static Map<String, Object> sum(List<? extends Map<String, ?>> rows) {
        Map<String, Object> total = normalize(null);
        if (rows == null) return total;
        for (Map<String, ?> row : rows) {
            Map<String, Object> n = normalize(row);
            for (Figure f : FIGURES) {
                if (f.money()) total.put(f.key(), ((BigDecimal) total.get(f.key())).add((BigDecimal) n.get(f.key())));
                else total.put(f.key(), (Long) total.get(f.key()) + (Long) n.get(f.key()));
            }
        }
        return total;
    }

    /** A figure on which two sets disagree: {@code recorded} is the summary's, {@code computed} the data's. */
    public record Difference(String scope, String key, String label, Object recorded, Object computed) {}

    /**
     * Every figure on which {@code recorded} and {@code computed} differ (after normalizing; amounts compared by
     * value, so 12.5 equals 12.50). {@code scope} names the branch (or the center) in the result.
     */
    public static List<Difference> compare(String scope, Map<String, ?> recorded, Map<String, ?> computed) {
        Map<String, Object> a = normalize(recorded);
        Map<String, Object> b = normalize(computed);
        List<Difference> out = new ArrayList<>();
        for (Figure f : FIGURES) {
            Object x = a.get(f.key());
            Object y = b.get(f.key());
            boolean same = f.money() ? ((BigDecimal) x).compareTo((BigDecimal) y) == 0 : Objects.equals(x, y);
            if (!same) out.add(new Difference(scope, f.key(), f.label(), x, y));
        }
        return out;
    }

    static Long count(Object v) {
        if (v == null) return 0L;
        if (v instanceof Number n) {
            if (n instanceof BigDecimal d) return d.longValueExact();
            return n.longValue();
        }
        String s = v.toString().trim();
        return s.isEmpty() ? 0L : new BigDecimal(s).longValueExact();
    }

    static BigDecimal money(Object v) {
        BigDecimal d;
        if (v == null) d = BigDecimal.ZERO;
        else if (v instanceof BigDecimal b) d = b;
        else if (v instanceof Number n) d = new BigDecimal(n.toString());
        else {
            String s = v.toString().trim();
            d = s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
        }
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
