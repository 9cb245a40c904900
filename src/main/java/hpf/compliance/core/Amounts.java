package hpf.compliance.core;

import java.math.BigDecimal;

/**
 * Money entered by staff (committed amounts, payment evidence, a unit's profit or loss) is in yuan to the fen: at
 * most two decimals. More is refused rather than rounded or stored as typed (the database keeps four decimals, so
 * 119962.075 would silently become a sum nobody paid).
 */
public final class Amounts {
    private Amounts() {}

    public static final String MORE_THAN_FEN = "${label} ${amount} has more than two decimals; enter yuan to the fen, e.g. 119962.07";

    /** A violation on {@code field} when the amount has more than two decimals (trailing zeros do not count); else null. */
    public static Violation checkFen(String field, String label, BigDecimal amount) {
        if (amount == null || amount.stripTrailingZeros().scale() <= 2) return null;
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
        args.put("label", label == null ? field : label);
        args.put("amount", amount.toPlainString());
        return new Violation(MORE_THAN_FEN, field, args);
    }
}
