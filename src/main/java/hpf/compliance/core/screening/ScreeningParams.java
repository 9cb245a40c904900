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

    public YearMonth cutoff() { return Months.fromIndex(cutoffIndex); }

    public YearMonth assess() { return Months.fromIndex(assessIndex); }
}
