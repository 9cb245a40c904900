package hpf.compliance.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Contribution rates (缴存比例) as fractions. Art. 18 of the regulation and 建金管〔2005〕5号 bound the employer and the
 * employee rate each to 5%–12%; a rate reduction (降低缴存比例) must lower the rate and still respect the floor.
 */
public final class Rates {
    private Rates() {}

    public static final BigDecimal MIN = new BigDecimal("0.05");
    public static final BigDecimal MAX = new BigDecimal("0.12");

    public static final String FIELD_RATE = "rate";
    public static final String FIELD_EMPLOYER = "employerRate";
    public static final String FIELD_EMPLOYEE = "employeeRate";
    public static final String FIELD_REQUESTED = "requestedRate";

    public static final String RATE_REQUIRED = "Rate is required";
    public static final String RATE_BELOW_MIN = "Rate ${rate} is below the minimum of 5%";
    public static final String RATE_ABOVE_MAX = "Rate ${rate} is above the maximum of 12%";
    public static final String EMPLOYER_RATE_BELOW_MIN = "Employer rate ${rate} is below the minimum of 5%";
    public static final String EMPLOYER_RATE_ABOVE_MAX = "Employer rate ${rate} is above the maximum of 12%";
    public static final String EMPLOYEE_RATE_BELOW_MIN = "Employee rate ${rate} is below the minimum of 5%";
    public static final String EMPLOYEE_RATE_ABOVE_MAX = "Employee rate ${rate} is above the maximum of 12%";
    public static final String REDUCTION_NOT_LOWER = "Reduced rate ${requested} must be lower than the current rate ${current}";
    public static final String REDUCTION_BELOW_MIN = "Reduced rate ${requested} is below the minimum of 5%";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * {@code 12%}, {@code 12} and {@code 0.12} all mean 0.12. A bare number of 1 or more is read as a percentage
     * because no legal rate is 100% or above, while the core system exports both styles.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Rate is empty; expected e.g. 12%, 12 or 0.12");
        String t = text.strip();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        if (percent) t = t.substring(0, t.length() - 1).strip();
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Rate '" + text.strip() + "' is not a number; expected e.g. 12%, 12 or 0.12");
        }
        if (value.signum() < 0) throw new IllegalArgumentException("Rate '" + text.strip() + "' is negative");
        if (percent || value.compareTo(BigDecimal.ONE) >= 0) value = value.divide(HUNDRED);
        return normalize(value);
    }

    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2, RoundingMode.UNNECESSARY) : s;
    }

    /** 0.125 → {@code 12.5%}; used for message arguments so users read the rate as they typed it. */
    public static String formatPercent(BigDecimal rate) {
        if (rate == null) return "";
        BigDecimal p = rate.multiply(HUNDRED).stripTrailingZeros();
        if (p.scale() < 0) p = p.setScale(0, RoundingMode.UNNECESSARY);
        return p.toPlainString() + "%";
    }

    /** Checks one rate against 5%–12%, reported on field {@value #FIELD_RATE}. */
    public static List<Violation> checkRate(BigDecimal rate) {
        return checkRate(FIELD_RATE, rate);
    }

    /** Same bounds; the field ({@link #FIELD_EMPLOYER}, {@link #FIELD_EMPLOYEE} or any other) picks the message. */
    public static List<Violation> checkRate(String field, BigDecimal rate) {
        List<Violation> out = new ArrayList<>(1);
        if (rate == null) {
            out.add(Violation.of(RATE_REQUIRED, field));
            return out;
        }
        if (rate.compareTo(MIN) < 0) {
            out.add(Violation.of(belowMin(field), field, "rate", formatPercent(rate)));
        } else if (rate.compareTo(MAX) > 0) {
            out.add(Violation.of(aboveMax(field), field, "rate", formatPercent(rate)));
        }
        return out;
    }

    private static String belowMin(String field) {
        if (FIELD_EMPLOYER.equals(field)) return EMPLOYER_RATE_BELOW_MIN;
        if (FIELD_EMPLOYEE.equals(field)) return EMPLOYEE_RATE_BELOW_MIN;
        return RATE_BELOW_MIN;
    }

    private static String aboveMax(String field) {
        if (FIELD_EMPLOYER.equals(field)) return EMPLOYER_RATE_ABOVE_MAX;
        if (FIELD_EMPLOYEE.equals(field)) return EMPLOYEE_RATE_ABOVE_MAX;
        return RATE_ABOVE_MAX;
    }

    /** A requested reduced rate must be strictly lower than the current one and still at least 5%. */
    public static List<Violation> checkReduction(BigDecimal current, BigDecimal requested) {
        List<Violation> out = new ArrayList<>(2);
        if (requested == null) {
            out.add(Violation.of(RATE_REQUIRED, FIELD_REQUESTED));
            return out;
        }
        if (current != null && requested.compareTo(current) >= 0) {
            java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
            args.put("requested", formatPercent(requested));
            args.put("current", formatPercent(current));
            out.add(new Violation(REDUCTION_NOT_LOWER, FIELD_REQUESTED, args));
        }
        if (requested.compareTo(MIN) < 0) {
            out.add(Violation.of(REDUCTION_BELOW_MIN, FIELD_REQUESTED, "requested", formatPercent(requested)));
        }
        return out;
    }
}
