package hpf.compliance.core.account;

import hpf.compliance.core.Months;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One remittance record: what was due and what was paid for one contribution month. {@code monthIndex} is
 * {@link Months#toIndex}; amounts in fen; {@code paidDate} may be null (not paid yet). {@code workers} and
 * {@code sealedWorkers} are the month's 缴存人数 and 封存人数 when the export carries them, else null.
 */
public record RemittanceLine(
        String accountNo,
        int monthIndex,
        BusinessType type,
        long dueCents,
        long paidCents,
        LocalDate paidDate,
        long sourceLine,
        Integer workers,
        Integer sealedWorkers) {

    /** A record without headcounts. */
    public RemittanceLine(String accountNo, int monthIndex, BusinessType type, long dueCents, long paidCents,
                          LocalDate paidDate, long sourceLine) {
        this(accountNo, monthIndex, type, dueCents, paidCents, paidDate, sourceLine, null, null);
    }

    public static RemittanceLine of(String accountNo, YearMonth month, BusinessType type, BigDecimal due,
                                    BigDecimal paid, LocalDate paidDate) {
        return new RemittanceLine(accountNo, Months.toIndex(month), type, Money.toCents(due), Money.toCents(paid), paidDate, 0);
    }

    public YearMonth month() { return Months.fromIndex(monthIndex); }

    public BigDecimal due() { return Money.toYuan(dueCents); }

    public BigDecimal paid() { return Money.toYuan(paidCents); }
}
