package hpf.compliance.core.screening.store;

import hpf.compliance.core.account.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Conversions of stored values (JDBC or entity values) to what the core works with. */
public final class StoreValues {
    private StoreValues() {}

    /** A stored date: {@link LocalDate}, {@link java.sql.Date} (JDBC, Moqui) or a timestamp; null stays null. */
    public static LocalDate date(Object v) {
        if (v == null) return null;
        if (v instanceof LocalDate d) return d;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().toLocalDate();
        throw new IllegalArgumentException("not a date: " + v.getClass().getName());
    }

    /** A stored amount; null stays null. */
    public static BigDecimal decimalOrNull(Object v) {
        if (v == null) return null;
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long || v instanceof Integer) return BigDecimal.valueOf(((Number) v).longValue());
        return new BigDecimal(v.toString());
    }

    /** A stored amount in cents (rounded half up to the cent); null is zero, as a missing due or payment always was. */
    public static long cents(Object v) {
        BigDecimal d = decimalOrNull(v);
        return d == null ? 0 : Money.toCents(d.setScale(2, RoundingMode.HALF_UP));
    }

    public static Integer integer(Object v) {
        return v == null ? null : ((Number) v).intValue();
    }
}
