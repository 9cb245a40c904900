package hpf.compliance.core.screening.support;

import hpf.compliance.core.Months;
import hpf.compliance.core.screening.ArrearsType;
import hpf.compliance.core.screening.MergeJoinScreening;
import hpf.compliance.core.screening.Reason;
import hpf.compliance.core.screening.UnitScreening;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The figures a screening result writes onto a campaign target or an arrears alert, as stored field values: months
 * {@code yyyy-MM}, amount in yuan, counts as {@code Long}, reasons as comma-separated {@link Reason} names. Only
 * figures: never a status, an assignee or anything staff record.
 */
public final class ScreeningFigures {
    private ScreeningFigures() {}

    /** Longest text the {@code reasonCodes} field holds. */
    public static final int REASON_CODES_MAX = 255;

    public static Map<String, Object> figures(UnitScreening s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstOwedMonth", month(s.firstOwedIndex()));
        m.put("owedMonths", (long) s.owedMonths());
        m.put("amountOwed", s.amountOwed());
        m.put("paidThroughMonth", month(s.paidThroughIndex()));
        m.put("workerCount", (long) s.unit().workers());
        m.put("reasonCodes", reasonCodes(s.reasons()));
        return m;
    }

    /**
     * Figures for a target whose unit no longer owes anything that makes it a target (paid up, or its remaining
     * arrears began after the cut-off): nothing owed, so the payment-resolution step can act on it.
     */
    public static Map<String, Object> cleared(UnitScreening s) {
        Map<String, Object> m = figures(s);
        m.put("firstOwedMonth", null);
        m.put("owedMonths", 0L);
        m.put("amountOwed", BigDecimal.ZERO.setScale(2));
        return m;
    }

    /**
     * The fields a run refreshes on a target it finds again: figures, type, branch and last run. Status, assignee,
     * notes, deadlines and everything staff recorded stay as they are.
     */
    public static Map<String, Object> targetRefresh(UnitScreening s, String targetId, String runId) {
        Map<String, Object> m = figures(s);
        m.put("targetTypeEnumId", targetTypeEnumId(s.type()));
        m.put("branchId", s.unit().branch());
        m.put("lastRunId", runId);
        m.put("targetId", targetId);
        return m;
    }

    /** A target the run identifies for the first time (its id is sequenced by the caller). */
    public static Map<String, Object> newTarget(UnitScreening s, String campaignId, String runId, java.sql.Timestamp now) {
        Map<String, Object> m = targetRefresh(s, null, runId);
        m.remove("targetId");
        m.put("campaignId", campaignId);
        m.put("unitId", s.unit().accountNo());
        m.put("statusId", "HpfTgtIdentified");
        m.put("identifiedDate", now);
        m.put("identifiedRunId", runId);
        m.put("initialAmountOwed", m.get("amountOwed"));
        return m;
    }

    /** A target whose unit no longer owes anything that makes it one: {@link #cleared} figures and the last run. */
    public static Map<String, Object> clearedTarget(UnitScreening s, String targetId, String runId) {
        Map<String, Object> m = cleared(s);
        m.put("targetId", targetId);
        m.put("lastRunId", runId);
        return m;
    }

    /** Fresh figures for the unit's unresolved alert. */
    public static Map<String, Object> alertRefresh(UnitScreening s, String alertId) {
        Map<String, Object> m = figures(s);
        m.put("alertId", alertId);
        return m;
    }

    /** A new arrears alert raised by the run (its id is sequenced by the caller). */
    public static Map<String, Object> newAlert(UnitScreening s, String campaignId, String runId, java.sql.Timestamp now) {
        Map<String, Object> m = figures(s);
        m.put("unitId", s.unit().accountNo());
        m.put("branchId", s.unit().branch());
        m.put("campaignId", campaignId);
        m.put("screeningRunId", runId);
        m.put("alertTypeEnumId", alertTypeEnumId(s.type()));
        m.put("statusId", "HpfAlrOpen");
        m.put("detectedDate", now);
        return m;
    }

    /** A merge-join listener that hands every result to {@code onResult} (orphan remittances are ignored). */
    public static MergeJoinScreening.Listener listener(Consumer<UnitScreening> onResult) {
        return onResult::accept;
    }

    public static String targetTypeEnumId(ArrearsType type) {
        return type == ArrearsType.STOPPED ? "HpfTtStopped" : "HpfTtArrears";
    }

    public static String alertTypeEnumId(ArrearsType type) {
        return type == ArrearsType.STOPPED ? "HpfAltNewStop" : "HpfAltNewArrears";
    }

    public static String reasonCodes(Set<Reason> reasons) {
        if (reasons == null || reasons.isEmpty()) return null;
        String s = reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (s.length() <= REASON_CODES_MAX) return s;
        int cut = s.lastIndexOf(',', REASON_CODES_MAX);
        return s.substring(0, cut > 0 ? cut : REASON_CODES_MAX);
    }

    private static String month(int index) {
        return index == UnitScreening.NONE ? null : Months.formatIndex(index);
    }
}
