package hpf.compliance.core.rules;

import java.math.BigDecimal;

/**
 * Bounds of enforcement. The fine range is Art. 37's; the longest order deadline is local practice.
 *
 * @param maxOrderDays longest deadline of an order, in calendar days after its issue (default 30)
 * @param minFine      lowest fine for non-registration, yuan (10,000)
 * @param maxFine      highest fine for non-registration, yuan (50,000)
 */
public record EnforcementConfig(int maxOrderDays, BigDecimal minFine, BigDecimal maxFine) {

    public EnforcementConfig {
        if (maxOrderDays < 1) throw new IllegalArgumentException("maxOrderDays must be at least 1");
        if (minFine == null || maxFine == null || minFine.signum() <= 0 || maxFine.compareTo(minFine) < 0) {
            throw new IllegalArgumentException("fine range must be positive with min <= max");
        }
    }

    public static EnforcementConfig defaults() {
        return new EnforcementConfig(30, new BigDecimal("10000"), new BigDecimal("50000"));
    }

    public EnforcementConfig withMaxOrderDays(int days) {
        return new EnforcementConfig(days, minFine, maxFine);
    }
}
