package hpf.compliance.core.imports;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parsers over byte ranges (ASCII digits are the same bytes in UTF-8 and GBK). A failure carries a stable code and a
 * Chinese reason written to follow the column name ("应缴金额" + "不能为负数").
 */
final class FieldParsers {
    private FieldParsers() {}

    static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    static final String AMOUNT_NEGATIVE = "AMOUNT_NEGATIVE";
    static final String MONTH_INVALID = "MONTH_INVALID";
    static final String MONTH_IMPOSSIBLE = "MONTH_IMPOSSIBLE";
    static final String DATE_INVALID = "DATE_INVALID";
    static final String DATE_IMPOSSIBLE = "DATE_IMPOSSIBLE";
    static final String INTEGER_INVALID = "INTEGER_INVALID";

    /** Yuan with at most two decimals (further zeros allowed), optional thousands commas → fen. */
    static long cents(byte[] b, int s, int e) {
        if (s >= e) throw new FieldException(AMOUNT_INVALID, "为空");
        int p = s;
        if (b[p] == '+') p++;
        else if (b[p] == '-') {
            if (isNumber(b, p + 1, e)) throw new FieldException(AMOUNT_NEGATIVE, "不能为负数");
            throw new FieldException(AMOUNT_INVALID, "不是数字");
        }
        long yuan = 0;
        int digits = 0;
        while (p < e && (b[p] >= '0' && b[p] <= '9' || b[p] == ',')) {
            if (b[p] != ',') {
                yuan = yuan * 10 + (b[p] - '0');
                if (++digits > 15) throw new FieldException(AMOUNT_INVALID, "数值过大");
            }
            p++;
        }
        long fen = 0;
        int decimals = 0;
        if (p < e && b[p] == '.') {
            p++;
            while (p < e && b[p] >= '0' && b[p] <= '9') {
                int d = b[p] - '0';
                if (decimals < 2) fen = fen * 10 + d;
                else if (d != 0) throw new FieldException(AMOUNT_INVALID, "小数超过两位");
                decimals++;
                p++;
            }
            if (decimals == 0 && digits == 0) throw new FieldException(AMOUNT_INVALID, "不是数字");
        } else if (digits == 0) {
            throw new FieldException(AMOUNT_INVALID, "不是数字");
        }
        if (p != e) throw new FieldException(AMOUNT_INVALID, "不是数字");
        if (decimals == 1) fen *= 10;
        return yuan * 100 + fen;
    }

    private static boolean isNumber(byte[] b, int s, int e) {
        if (s >= e) return false;
        boolean digit = false;
        for (int p = s; p < e; p++) {
            if (b[p] >= '0' && b[p] <= '9') digit = true;
            else if (b[p] != '.' && b[p] != ',') return false;
        }
        return digit;
    }

    /** yyyyMM or yyyy-MM → month index (Months.toIndex). */
    static int monthIndex(byte[] b, int s, int e) {
        int len = e - s;
        int ms;
        if (len == 6) ms = s + 4;
        else if (len == 7 && (b[s + 4] == '-' || b[s + 4] == '/')) ms = s + 5;
        else throw new FieldException(MONTH_INVALID, "格式不正确，应为yyyyMM或yyyy-MM");
        int y = digits(b, s, s + 4);
        int m = digits(b, ms, ms + 2);
        if (y < 0 || m < 0) throw new FieldException(MONTH_INVALID, "格式不正确，应为yyyyMM或yyyy-MM");
        if (m < 1 || m > 12 || y < 1) throw new FieldException(MONTH_IMPOSSIBLE, "不存在（月份应为01至12）");
        return y * 12 + m - 1;
    }

    /** yyyy-MM-dd, yyyy/MM/dd (month and day may have one digit) or yyyyMMdd; a trailing time is ignored. */
    static LocalDate date(byte[] b, int s, int e) {
        return toDate(dateKey(b, s, e));
    }

    /**
     * The date's fields as the number yyyy·10000 + MM·100 + dd, its format checked (as {@link #date}) but not yet
     * whether the day exists ({@link #toDate}); a reader can keep the dates it has made by this key.
     */
    static int dateKey(byte[] b, int s, int e) {
        if (e - s == 10 && b[s + 4] == '-' && b[s + 7] == '-') {
            // yyyy-MM-dd, the form of nearly every export: the general path below gives the same for it
            int y = digits(b, s, s + 4);
            int m = digits(b, s + 5, s + 7);
            int d = digits(b, s + 8, s + 10);
            if (y >= 0 && m >= 0 && d >= 0) return y * 10000 + m * 100 + d;
        }
        for (int p = s; p < e; p++) {
            if (b[p] == ' ' || b[p] == 'T') {
                e = p;
                break;
            }
        }
        int y;
        int m;
        int d;
        int len = e - s;
        if (len == 8 && digits(b, s, e) >= 0) {
            y = digits(b, s, s + 4);
            m = digits(b, s + 4, s + 6);
            d = digits(b, s + 6, s + 8);
        } else {
            if (len < 8 || len > 10) throw dateFormat();
            byte sep = b[s + 4];
            if (sep != '-' && sep != '/' && sep != '.') throw dateFormat();
            y = digits(b, s, s + 4);
            int p = s + 5;
            int q = p;
            while (q < e && b[q] != sep) q++;
            if (q >= e || q - p < 1 || q - p > 2) throw dateFormat();
            m = digits(b, p, q);
            if (e - (q + 1) < 1 || e - (q + 1) > 2) throw dateFormat();
            d = digits(b, q + 1, e);
        }
        if (y < 0 || m < 0 || d < 0) throw dateFormat();
        return y * 10000 + m * 100 + d;
    }

    /** The date of a {@link #dateKey}; DATE_IMPOSSIBLE when that day does not exist. */
    static LocalDate toDate(int key) {
        try {
            return LocalDate.of(key / 10000, key / 100 % 100, key % 100);
        } catch (DateTimeException ex) {
            throw new FieldException(DATE_IMPOSSIBLE, "不存在");
        }
    }

    private static FieldException dateFormat() {
        return new FieldException(DATE_INVALID, "格式不正确，应为yyyy-MM-dd、yyyy/MM/dd或yyyyMMdd");
    }

    /** Non-negative whole number; a ".0" tail (Excel) is accepted. */
    static int nonNegativeInt(byte[] b, int s, int e) {
        int end = e;
        for (int p = s; p < e; p++) {
            if (b[p] == '.') {
                for (int q = p + 1; q < e; q++) if (b[q] != '0') throw new FieldException(INTEGER_INVALID, "应为非负整数");
                end = p;
                break;
            }
        }
        if (end - s < 1 || end - s > 9) throw new FieldException(INTEGER_INVALID, "应为非负整数");
        int v = digits(b, s, end);
        if (v < 0) throw new FieldException(INTEGER_INVALID, "应为非负整数");
        return v;
    }

    /** The digits' value, −1 when a byte is not a digit (also the remittance row parser's). */
    static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) return -1;
            v = v * 10 + c;
        }
        return v;
    }
}
