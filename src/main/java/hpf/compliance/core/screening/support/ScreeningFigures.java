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
