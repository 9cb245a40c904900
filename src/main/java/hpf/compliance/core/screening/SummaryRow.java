package hpf.compliance.core.screening;

import hpf.compliance.core.account.Money;
import java.math.BigDecimal;

/**
 * One row of the summary table (汇总表): a branch × type, a branch total (类型 = 合计) or the grand total
 * (所属机构 = 总计). {@code typeLabel} is 欠缴, 停缴 or 合计.
 */
public record SummaryRow(Kind kind, String branch, String typeLabel, long units, long workers, long monthsOwed,
                         long amountOwedCents) {
    public enum Kind { TYPE, BRANCH_TOTAL, GRAND_TOTAL }

    public static final String TOTAL_LABEL = "合计";
    public static final String GRAND_TOTAL_BRANCH = "总计";

    public BigDecimal amountOwed() { return Money.toYuan(amountOwedCents); }
}
