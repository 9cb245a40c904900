package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a campaign target has paid back since it was identified, from two screenings: the amount owed when it was
 * identified and the amount owed by a later screening (after a new remittance import). Only totals are compared,
 * so new arrears that accrued meanwhile offset payments; the result is the net recovery, never negative.
 */
public final class RecoveryCalculator {
    private RecoveryCalculator() {}

    public enum Status {
        /** nothing owed any more (整改到位) */
        RECTIFIED,
        /** owes less than when identified (部分补缴) */
        PARTIALLY_PAID,
        /** owes as much or more (未整改) */
        NOT_PAID
    }

    /**
     * @param recovered  owed at identification − owed now, or 0 when it owes more now
     * @param stillOwed  owed now
     * @param status     rectified, partially paid or not paid
     */
    public record Recovery(BigDecimal recovered, BigDecimal stillOwed, Status status) {
        public boolean rectified() {
            return status == Status.RECTIFIED;
        }

        public boolean partiallyPaid() {
            return status == Status.PARTIALLY_PAID;
        }
    }

    public static Recovery compute(BigDecimal owedAtIdentification, BigDecimal owedNow) {
        if (owedAtIdentification == null || owedNow == null) throw new IllegalArgumentException("both amounts owed are required");
        if (owedAtIdentification.signum() < 0 || owedNow.signum() < 0) throw new IllegalArgumentException("amounts owed cannot be negative");
        BigDecimal before = money(owedAtIdentification), now = money(owedNow);
        BigDecimal recovered = before.subtract(now).max(BigDecimal.ZERO.setScale(2));
        Status status = now.signum() == 0 ? Status.RECTIFIED : now.compareTo(before) < 0 ? Status.PARTIALLY_PAID : Status.NOT_PAID;
        return new Recovery(recovered, now, status);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
