package hpf.compliance.core.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are held as long fen (分) in the engines: exact, and no BigDecimal allocation per unit-month. */
public final class Money {
    private Money() {}

    public static BigDecimal toYuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Exact conversion; more than two decimals is an error rather than a silent rounding of someone's money. */
    public static long toCents(BigDecimal yuan) {
        if (yuan == null) return 0;
        return yuan.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** {@code 1234.5} → {@code 1234.50}, {@code -3} → {@code -0.03} from cents. */
    public static String format(long cents) {
        boolean neg = cents < 0;
        long a = Math.abs(cents);
        StringBuilder sb = new StringBuilder(16);
        if (neg) sb.append('-');
        sb.append(a / 100).append('.');
        long f = a % 100;
        if (f < 10) sb.append('0');
        sb.append(f);
        return sb.toString();
    }
}
