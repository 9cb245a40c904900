package hpf.compliance.core.imports.support;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRecordsTest {
    private static UnitAccount unit(String legalRep) {
        return new UnitAccount("140301000013", "鸿运房地产", "911403029F06HGHP5T", "城区管理部", AccountStatus.NORMAL,
                LocalDate.of(2023, 1, 18), null, 274, 53320400, new BigDecimal("0.12"), new BigDecimal("0.12"),
                legalRep, null, null, 15, "2024-12", 2);
    }

    /** What a database hands back for the same unit: other scales, Long counts, java.sql.Date, "" for nothing. */
    private static Map<String, Object> stored() {
        Map<String, Object> m = new HashMap<>(ImportRecords.unitFields(unit("张三"), "HpfAcsNormal", "YQ01"));
        m.put("monthlyDueAmount", new BigDecimal("533204.0000"));
        m.put("employerRate", new BigDecimal("0.120000"));
        m.put("workerCount", 274);
        m.put("agentName", "");
        return m;
    }

    @Test
    void theSameUnitReadAgainChangesNothing() {
        assertEquals(List.of(), ImportRecords.changedFields(stored(),
                ImportRecords.unitFields(unit("张三"), "HpfAcsNormal", "YQ01"), ImportRecords.UNIT_KEEP_IF_EMPTY));
    }

    @Test
    void anEmptyOptionalColumnKeepsTheStoredValueButARealChangeCounts() {
        Map<String, Object> incoming = ImportRecords.unitFields(unit(null), "HpfAcsSealed", "YQ01");
        assertEquals(List.of("accountStatusEnumId"), ImportRecords.changedFields(stored(), incoming, ImportRecords.UNIT_KEEP_IF_EMPTY));
    }

    @Test
    void theCoreSystemsPaidThroughMonthIsKeptApartFromTheComputedOne() {
        Map<String, Object> f = ImportRecords.unitFields(unit("张三"), "HpfAcsNormal", "YQ01");
        assertEquals("2024-12", f.get("reportedPaidThroughMonth"));
        assertFalse(f.containsKey("paidThroughMonth"), "paidThroughMonth is computed from the remittances, never imported");
    }

    @Test
    void anEmptySealDateIsAChangeWhenOneWasStored() {
        Map<String, Object> s = stored();
        s.put("sealedClosedDate", java.sql.Date.valueOf("2025-06-30"));
        assertEquals(List.of("sealedClosedDate"), ImportRecords.changedFields(s,
                ImportRecords.unitFields(unit("张三"), "HpfAcsNormal", "YQ01"), ImportRecords.UNIT_KEEP_IF_EMPTY));
    }

    @Test
    void remittanceFieldsAndKey() {
        RemittanceLine r = RemittanceLine.of("140301000013", YearMonth.of(2025, 2), BusinessType.BACK_PAYMENT,
                new BigDecimal("100.50"), new BigDecimal("100.5"), LocalDate.of(2025, 3, 2));
        assertEquals("2025-02", ImportRecords.month(r));
        Map<String, Object> f = ImportRecords.remittanceFields(r);
        assertEquals(java.sql.Date.valueOf("2025-03-02"), f.get("paidDate"));
        assertTrue(ImportRecords.same(new BigDecimal("100.5000"), f.get("paidAmount")));
        assertEquals("U1|2025-02|HpfRtBackPay", ImportRecords.remittanceKey("U1", "2025-02", "HpfRtBackPay"));
    }

    @Test
    void aDuplicateKeyOrADeadlockAnywhereInTheCausesIsAWriteConflict() {
        Exception duplicate = new RuntimeException("Error creating UnitRemittance",
                new java.sql.SQLIntegrityConstraintViolationException("Unique index violation", "23505"));
        Exception deadlock = new RuntimeException("wrapped", new RuntimeException(new java.sql.SQLException("deadlock detected", "40P01")));
        java.sql.SQLException batch = new java.sql.SQLException("batch failed", "HY000");
        batch.setNextException(new java.sql.SQLException("duplicate", "23000"));
        assertTrue(ImportRecords.isWriteConflict(duplicate));
        assertTrue(ImportRecords.isWriteConflict(deadlock));
        assertTrue(ImportRecords.isWriteConflict(batch));
        assertFalse(ImportRecords.isWriteConflict(new RuntimeException(new java.sql.SQLException("value too long", "22001"))));
        assertFalse(ImportRecords.isWriteConflict(new IllegalStateException("no SQL at all")));
        assertFalse(ImportRecords.isWriteConflict(null));
    }

    @Test
    void valueEquality() {
        assertTrue(ImportRecords.same(null, ""));
        assertTrue(ImportRecords.same(3L, 3));
        assertTrue(ImportRecords.same(java.sql.Timestamp.valueOf("2025-01-02 00:00:00"), java.sql.Date.valueOf("2025-01-02")));
        assertTrue(ImportRecords.same(LocalDate.of(2025, 1, 2), java.sql.Date.valueOf("2025-01-02")));
        assertFalse(ImportRecords.same(new BigDecimal("1.01"), new BigDecimal("1.00")));
        assertFalse(ImportRecords.same("a", null));
    }
}
