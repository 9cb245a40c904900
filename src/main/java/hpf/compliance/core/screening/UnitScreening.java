package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

/**
 * The result of screening one unit. Months are {@link Months#toIndex} indexes; {@code firstOwedIndex} is
 * {@link #NONE} when nothing is owed; {@code paidThroughIndex} is the month before opening when nothing is settled;
 * amounts in fen. The YearMonth/BigDecimal accessors are for callers that prefer them.
 */
public record UnitScreening(
        UnitAccount unit,
        Outcome outcome,
        ArrearsType type,
        int firstOwedIndex,
        int owedMonths,
        long amountOwedCents,
        int paidThroughIndex,
        int obligationMonths,
        Set<Reason> reasons) {

    public static final int NONE = Integer.MIN_VALUE;

    public boolean isTarget() { return outcome == Outcome.TARGET; }

    public YearMonth firstOwedMonth() { return firstOwedIndex == NONE ? null : Months.fromIndex(firstOwedIndex); }

    public YearMonth paidThroughMonth() { return paidThroughIndex == NONE ? null : Months.fromIndex(paidThroughIndex); }

    public BigDecimal amountOwed() { return Money.toYuan(amountOwedCents); }
}
