package hpf.compliance.core.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's figures per branch as of a date (专项工作数据, the figures of the branch summaries, the final report and
 * the dashboard). The database aggregates the records by branch (and type or status); this class adds the aggregate
 * rows up, so no record is ever read one by one.
 *
 * <p>The targets are counted as they stood on the as-of date: a target counts once identified by then; it is
 * outstanding unless it was resolved (rectified, or handled by approved terms) by then. Targets resolved only after the
 * date are given back as {@link #resolvedLater}: they were outstanding on the date, for the amount they owed when
 * identified, and neither their rectification nor their recovered amount counts yet.
 */
public final class CampaignFigures {
    /** Every figure, in the order of the tables. */
    public static final List<String> KEYS = List.of("targetCount", "arrearsCount", "stoppedCount", "contactedCount",
            "letterIssuedCount", "letterServedCount", "interviewCount", "orderCount", "courtReferralCount", "penaltyCount",
            "rectifiedCount", "recoveredAmount", "reductionApprovedCount", "deferralApprovedCount", "applicationRefusedCount",
            "outstandingCount", "outstandingAmount");
    /** The money figures (yuan, two decimals); every other figure is a count. */
    public static final List<String> AMOUNT_KEYS = List.of("recoveredAmount", "outstandingAmount");

    /** The kind of a target (欠缴 or 停缴; anything else counts only in the total). */
    public enum Kind { ARREARS, STOPPED, OTHER }

    /** Where a target stands now: still open, rectified by payment, or resolved otherwise (approved terms). */
    public enum State { OPEN, RECTIFIED, OTHER_RESOLVED }

    private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

    /** Adds a branch (a row of the table); rows come out in the order the branches were added. */
    public CampaignFigures branch(String branchId, String branchName) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("branchId", branchId);
        row.put("branchName", branchName);
        for (String key : KEYS) row.put(key, AMOUNT_KEYS.contains(key) ? money(BigDecimal.ZERO) : (Object) 0L);
        rows.put(branchId, row);
        return this;
    }

    /**
     * A group of targets identified by the date (same branch, kind and present state): {@code amountOwed} is what
     * they owe now, {@code recovered} what has been recovered from them.
     */
    public CampaignFigures targets(String branchId, Kind kind, State state, long count, BigDecimal amountOwed, BigDecimal recovered) {
        Map<String, Object> row = rows.get(branchId);
        if (row == null || count == 0) return this;
        addCount(row, "targetCount", count);
        if (kind == Kind.ARREARS) addCount(row, "arrearsCount", count);
        if (kind == Kind.STOPPED) addCount(row, "stoppedCount", count);
        if (state == State.OPEN) {
            addCount(row, "outstandingCount", count);
            addAmount(row, "outstandingAmount", amountOwed);
        }
        if (state == State.RECTIFIED) addCount(row, "rectifiedCount", count);
        addAmount(row, "recoveredAmount", recovered);
        return this;
    }

    /**
     * Targets among those given to {@link #targets} that are resolved now but were resolved only after the date:
     * on the date they were outstanding, for {@code initialAmountOwed}, and their recovery had not happened yet.
     */
    public CampaignFigures resolvedLater(String branchId, State state, long count, BigDecimal initialAmountOwed, BigDecimal recovered) {
        Map<String, Object> row = rows.get(branchId);
        if (row == null || count == 0 || state == State.OPEN) return this;
        if (state == State.RECTIFIED) addCount(row, "rectifiedCount", -count);
        addAmount(row, "recoveredAmount", recovered == null ? null : recovered.negate());
        addCount(row, "outstandingCount", count);
        addAmount(row, "outstandingAmount", initialAmountOwed);
        return this;
    }

    /** Adds to one of the counts of a branch (letters, interviews, orders, applications...). */
    public CampaignFigures count(String branchId, String key, long count) {
        if (!KEYS.contains(key) || AMOUNT_KEYS.contains(key)) throw new IllegalArgumentException("Not a count figure: " + key);
        Map<String, Object> row = rows.get(branchId);
        if (row != null) addCount(row, key, count);
        return this;
    }

    /** One map per branch (branchId, branchName and every figure), in the order the branches were added. */
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows.values()) out.add(new LinkedHashMap<>(row));
        return out;
    }

    /** Every figure summed over the branches. */
    public Map<String, Object> totals() {
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (AMOUNT_KEYS.contains(key)) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Map<String, Object> row : rows.values()) sum = sum.add((BigDecimal) row.get(key));
                totals.put(key, money(sum));
            } else {
                long sum = 0;
                for (Map<String, Object> row : rows.values()) sum += (Long) row.get(key);
                totals.put(key, sum);
            }
        }
        return totals;
    }

    private static void addCount(Map<String, Object> row, String key, long n) {
        row.put(key, (Long) row.get(key) + n);
    }

    private static void addAmount(Map<String, Object> row, String key, BigDecimal amount) {
        if (amount != null) row.put(key, money(((BigDecimal) row.get(key)).add(amount)));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
