package hpf.compliance.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

/**
 * How numbers and dates are written on screens and in printed documents. Each kind of number has its own format:
 * <ul>
 *   <li>money: two decimals and grouping, {@value #MONEY} (1,500,000.00), in documents followed by 元;
 *       a profit or loss in words ({@code 亏损 1,500,000.00 元}), never a minus sign;</li>
 *   <li>counts (workers, units, rows, months owed): grouping, {@value #COUNT} (2,600);</li>
 *   <li>years, line numbers and other identifiers: digits only, {@value #PLAIN} (2025, 13349), because Moqui's
 *       default number format groups every number ("2,025").</li>
 * </ul>
 * The patterns are Moqui/DecimalFormat patterns, used as {@code format} of screen fields; the methods write the same
 * for printed documents, independent of the locale.
 */
public final class Formats {
    private Formats() {}

    public static final String MONEY = "#,##0.00";
    public static final String COUNT = "#,##0";
    public static final String PLAIN = "#";

    /** 1500000 → {@code 1,500,000.00}; null → empty. More than two decimals (not a stored amount) round half up. */
    public static String money(BigDecimal amount) {
        if (amount == null) return "";
        return format(MONEY, amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 1500000 → {@code 1,500,000.00 元}; null → empty. */
    public static String yuan(BigDecimal amount) {
        return amount == null ? "" : money(amount) + " 元";
    }

    /** A year's result in words: {@code 盈利 300,000.00 元}, {@code 亏损 1,500,000.00 元}, {@code 盈亏持平}; null → empty. */
    public static String profitOrLoss(BigDecimal amount) {
        if (amount == null) return "";
        int sign = amount.setScale(2, RoundingMode.HALF_UP).signum();
        if (sign == 0) return "盈亏持平";
        return (sign > 0 ? "盈利 " : "亏损 ") + yuan(amount.abs());
    }

    /** 2600 → {@code 2,600}; null → empty. */
    public static String count(Number n) {
        return n == null ? "" : format(COUNT, n);
    }

    /** Years, line numbers: 2025 → {@code 2025}, 13349 → {@code 13349}; null → empty. */
    public static String plain(Number n) {
        return n == null ? "" : format(PLAIN, n);
    }

    /** Dates in documents (GB/T 9704): {@code 2026年4月8日}; null → empty. */
    public static String chineseDate(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Date and time in records: {@code 2026年4月8日4时05分}; null → empty. */
    public static String chineseDateTime(LocalDateTime t) {
        if (t == null) return "";
        return chineseDate(t.toLocalDate()) + t.getHour() + "时" + (t.getMinute() < 10 ? "0" : "") + t.getMinute() + "分";
    }

    /** Months in documents: {@code 2025年2月}; null → empty. */
    public static String chineseMonth(YearMonth m) {
        return m == null ? "" : m.getYear() + "年" + m.getMonthValue() + "月";
    }

    private static String format(String pattern, Number n) {
        // a new DecimalFormat per call: it is not thread-safe, and these are called a few times per document
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(n);
    }
}
