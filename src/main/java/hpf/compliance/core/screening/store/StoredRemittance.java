package hpf.compliance.core.screening.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored remittance row (UnitRemittance): month as an index ({@link Months#parseIndex}), amounts in cents.
 * Built straight from a JDBC row (see {@link StoreCursor}) or from a map of field values.
 */
public record StoredRemittance(String unitId, int monthIndex, String remitTypeEnumId, long dueCents, long paidCents,
                               LocalDate paidDate, Integer workerCount, Integer sealedWorkerCount) {

    /** A row without the month's headcounts (the screening does not read them). */
    public StoredRemittance(String unitId, int monthIndex, String remitTypeEnumId, long dueCents, long paidCents, LocalDate paidDate) {
        this(unitId, monthIndex, remitTypeEnumId, dueCents, paidCents, paidDate, null, null);
    }

    public RemittanceLine line(Map<String, BusinessType> typeByEnumId) {
        BusinessType type = remitTypeEnumId == null ? null : typeByEnumId.get(remitTypeEnumId);
        return new RemittanceLine(unitId, monthIndex, type == null ? BusinessType.REGULAR : type, dueCents, paidCents,
                paidDate, 0L);
    }

    public static StoredRemittance of(Map<String, ?> row) {
        return new StoredRemittance((String) row.get("unitId"), Months.parseIndex((String) row.get("remitMonth")),
                (String) row.get("remitTypeEnumId"), StoreValues.cents(row.get("dueAmount")),
                StoreValues.cents(row.get("paidAmount")), StoreValues.date(row.get("paidDate")),
                StoreValues.integer(row.get("workerCount")), StoreValues.integer(row.get("sealedWorkerCount")));
    }

}
