package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import java.time.YearMonth;

/**
 * Parameters of a screening run (campaign data): cut-off month C (arrears must have begun on or before it),
 * assessment month A (the last month whose contribution was due), stop threshold k (months with no payment at all).
 * Months are {@link Months#toIndex} indexes.
 */
public record ScreeningParams(int cutoffIndex, int assessIndex, int stopMonths) {
    public static final int DEFAULT_STOP_MONTHS = 3;

    public ScreeningParams {
        if (stopMonths < 1) throw new IllegalArgumentException("Stop threshold must be at least 1 month, not " + stopMonths);
    }

    public static ScreeningParams of(YearMonth cutoff, YearMonth assess, int stopMonths) {
        return new ScreeningParams(Months.toIndex(cutoff), Months.toIndex(assess), stopMonths);
    }

    /**
     * A run's parameters from what it was given, else its campaign's, else the rule's defaults (assessment month: last
     * month; stop threshold: {@value #DEFAULT_STOP_MONTHS}). An empty text or a zero threshold counts as not given.
     * Returns null when no cut-off month is known at all; a malformed month or threshold throws
     * {@link IllegalArgumentException} with the message to show.
     */
    public static ScreeningParams resolve(String cutoffGiven, String cutoffOfCampaign, String assessGiven,
                                          String assessOfCampaign, Number stopGiven, Number stopOfCampaign,
                                          YearMonth lastMonth) {
        String cutoff = first(cutoffGiven, cutoffOfCampaign);
        if (cutoff == null) return null;
        String assess = first(assessGiven, assessOfCampaign);
        int stop = stopGiven != null && stopGiven.intValue() != 0 ? stopGiven.intValue()
                : stopOfCampaign != null && stopOfCampaign.intValue() != 0 ? stopOfCampaign.intValue() : DEFAULT_STOP_MONTHS;
        return of(Months.parse(cutoff), assess == null ? lastMonth : Months.parse(assess), stop);
    }

    private static String first(String given, String fallback) {
        if (given != null && !given.isEmpty()) return given;
        return fallback != null && !fallback.isEmpty() ? fallback : null;
    }

    public YearMonth cutoff() { return Months.fromIndex(cutoffIndex); }

    public YearMonth assess() { return Months.fromIndex(assessIndex); }
}
