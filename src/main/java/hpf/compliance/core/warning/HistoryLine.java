package hpf.compliance.core.warning;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.time.LocalDate;

/**
 * One remittance record as the score reads it: the screening's fields plus, when the export carries them, the
 * month's 缴存人数 and 封存人数 (null when not known). Amounts in fen; {@code monthIndex} is a
 * {@link hpf.compliance.core.Months#toIndex} index.
 */
public record HistoryLine(int monthIndex, BusinessType type, long dueCents, long paidCents, LocalDate paidDate,
                          Integer workers, Integer sealedWorkers) {

    public static HistoryLine of(RemittanceLine l) {
        return new HistoryLine(l.monthIndex(), l.type(), l.dueCents(), l.paidCents(), l.paidDate(), null, null);
    }

    public RemittanceLine toRemittance(String accountNo) {
        return new RemittanceLine(accountNo, monthIndex, type, dueCents, paidCents, paidDate, 0);
    }
}
