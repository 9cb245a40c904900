package hpf.compliance.core;

import java.time.YearMonth;

/**
 * Contribution months (缴存年月). Stored and shown as {@code yyyy-MM}; the core system exports {@code yyyyMM}, so both
 * are read. Engines work on int indexes (months since year 0) because YearMonth arithmetic in inner loops allocates.
 */
public final class Months {
    private Months() {}

    /** Parses {@code yyyyMM} or {@code yyyy-MM}; surrounding blanks are ignored. */
    public static YearMonth parse(String text) {
        return fromIndex(parseIndex(text));
    }

    /** Same formats as {@link #parse}, straight to an index without allocating a YearMonth. */
    public static int parseIndex(CharSequence text) {
        if (text == null) throw new IllegalArgumentException("Month is empty; expected yyyy-MM or yyyyMM");
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        int len = end - start;
        if (len == 0) throw new IllegalArgumentException("Month is empty; expected yyyy-MM or yyyyMM");
        int monthStart;
        if (len == 6) {
            monthStart = start + 4;
        } else if (len == 7 && text.charAt(start + 4) == '-') {
            monthStart = start + 5;
        } else {
            throw new IllegalArgumentException("Month '" + text + "' is not in the form yyyy-MM or yyyyMM");
        }
        int year = digits(text, start, start + 4);
        int month = digits(text, monthStart, monthStart + 2);
        if (year < 0 || month < 0) {
            throw new IllegalArgumentException("Month '" + text + "' is not in the form yyyy-MM or yyyyMM");
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month '" + text + "' does not exist: month " + month + " is not between 01 and 12");
        }
        if (year < 1) throw new IllegalArgumentException("Month '" + text + "' does not exist: year 0000");
        return year * 12 + month - 1;
    }

    private static int digits(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static String format(YearMonth month) {
        return formatIndex(toIndex(month));
    }

    public static String formatIndex(int index) {
        int year = Math.floorDiv(index, 12);
        int month = Math.floorMod(index, 12) + 1;
        char[] out = new char[7];
        out[0] = (char) ('0' + year / 1000 % 10);
        out[1] = (char) ('0' + year / 100 % 10);
        out[2] = (char) ('0' + year / 10 % 10);
        out[3] = (char) ('0' + year % 10);
        out[4] = '-';
        out[5] = (char) ('0' + month / 10);
        out[6] = (char) ('0' + month % 10);
        return new String(out);
    }

    /** Number of months from a to b: 0 when equal, negative when b is before a. */
    public static int between(YearMonth a, YearMonth b) {
        return toIndex(b) - toIndex(a);
    }

    public static int toIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth fromIndex(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
