package hpf.compliance.core.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit account as exported by the core system. Amounts in fen. {@code sealedOrClosedDate} is the 封存/销户 date
 * (null when none); {@code paidThroughMonth} is the core system's own 缴至年月 (yyyy-MM), kept for comparison only —
 * screening computes its own. {@code sourceLine} is the line in the import file (0 when read from the database).
 */
public record UnitAccount(
        String accountNo,
        String name,
        String uscc,
        String branch,
        AccountStatus status,
        LocalDate openedDate,
        LocalDate sealedOrClosedDate,
        int workers,
        long monthlyDueCents,
        BigDecimal employerRate,
        BigDecimal employeeRate,
        String legalRepresentative,
        String agentName,
        String agentMobile,
        Integer payday,
        String paidThroughMonth,
        long sourceLine) {

    /** The fields screening needs; the rest empty. For the Moqui layer and tests. */
    public static UnitAccount of(String accountNo, String name, String branch, AccountStatus status,
                                 LocalDate openedDate, LocalDate sealedOrClosedDate, int workers, BigDecimal monthlyDue) {
        return new UnitAccount(accountNo, name, null, branch, status, openedDate, sealedOrClosedDate, workers,
                Money.toCents(monthlyDue), null, null, null, null, null, null, null, 0);
    }

    public BigDecimal monthlyDue() {
        return Money.toYuan(monthlyDueCents);
    }
}
