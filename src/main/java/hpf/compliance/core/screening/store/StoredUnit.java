package hpf.compliance.core.screening.store;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored unit (EmployerUnit) as the read passes need it: the fields of the screening and of the risk scoring,
 * nothing else. Built straight from a JDBC row (see {@link StoreCursor}) or from a map of field values.
 */
public record StoredUnit(String unitId, String unitName, String branchId, String accountStatusEnumId,
                         LocalDate openedDate, LocalDate sealedClosedDate, Integer workerCount,
                         BigDecimal monthlyDueAmount, Integer paydayOfMonth) {

    /** The unit as the screening rule sees it; it must have an opening date. */
    public UnitAccount account(Map<String, AccountStatus> statusByEnumId) {
        AccountStatus status = accountStatusEnumId == null ? null : statusByEnumId.get(accountStatusEnumId);
        return UnitAccount.of(unitId, unitName, branchId, status == null ? AccountStatus.OTHER : status, openedDate,
                sealedClosedDate, workerCount == null ? 0 : workerCount, monthlyDueAmount == null ? BigDecimal.ZERO : monthlyDueAmount);
    }

    /** From a map of field values (an entity value, a JDBC row read into a map). */
    public static StoredUnit of(Map<String, ?> row) {
        return new StoredUnit((String) row.get("unitId"), (String) row.get("unitName"), (String) row.get("branchId"),
                (String) row.get("accountStatusEnumId"), StoreValues.date(row.get("openedDate")),
                StoreValues.date(row.get("sealedClosedDate")), StoreValues.integer(row.get("workerCount")),
                StoreValues.decimalOrNull(row.get("monthlyDueAmount")), StoreValues.integer(row.get("paydayOfMonth")));
    }
}
