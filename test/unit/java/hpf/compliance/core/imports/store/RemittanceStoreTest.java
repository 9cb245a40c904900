package hpf.compliance.core.imports.store;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.imports.ImportIssue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remittance writer against an in-memory H2 with the tables shaped as Moqui creates EmployerUnit and UnitRemittance
 * (column names, key, types: amounts DECIMAL(24,4), headcounts DECIMAL(20,0), dates DATE).
 */
class RemittanceStoreTest {
    static final Map<BusinessType, String> TYPES = Map.of(BusinessType.REGULAR, "HpfRmtRegular", BusinessType.BACK_PAYMENT, "HpfRmtBack");
    static final Timestamp STAMP = Timestamp.valueOf("2026-03-01 10:00:00");
    Connection db;

    /** The two tables the remittance store writes, as Moqui creates them (column names of the entity definitions). */
    static void createTables(Statement s) throws SQLException {
        s.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) PRIMARY KEY, UNIT_ACCOUNT_NO VARCHAR(40) NOT NULL, BRANCH_ID VARCHAR(40))");
        s.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40) NOT NULL, REMIT_MONTH VARCHAR(63) NOT NULL, "
                + "REMIT_TYPE_ENUM_ID VARCHAR(40) NOT NULL, DUE_AMOUNT DECIMAL(24,4), PAID_AMOUNT DECIMAL(24,4), PAID_DATE DATE, "
                + "IMPORT_BATCH_ID VARCHAR(40), WORKER_COUNT DECIMAL(20,0), SEALED_WORKER_COUNT DECIMAL(20,0), "
                + "LAST_UPDATED_STAMP TIMESTAMP, PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID))");
    }

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:remit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Statement s = db.createStatement()) {
            createTables(s);
            s.execute("INSERT INTO EMPLOYER_UNIT VALUES ('U1', 'A1', 'B1'), ('U2', 'A2', 'B2'), ('U3', 'A3', NULL)");
        }
    }

    @AfterEach
    void close() throws SQLException { db.close(); }

    static RemittanceLine line(String acc, String month, String due, String paid, LocalDate paidDate, long ln, Integer w, Integer s) {
        return new RemittanceLine(acc, Months.parseIndex(month), BusinessType.REGULAR, new BigDecimal(due).movePointRight(2).longValueExact(),
                new BigDecimal(paid).movePointRight(2).longValueExact(), paidDate, ln, w, s);
    }

    /** Writes rows in one batch through a run whose issues are collected. */
    ImportRun.Batch write(RemittanceStore store, List<RemittanceLine> rows, List<ImportIssue> issues) throws Exception {
        List<ImportRun.Batch> out = new ArrayList<>();
        ImportRun<RemittanceLine> run = new ImportRun<>("R.csv", 10_000, 100, new ImportRun.Host<>() {
            public void inTransaction(ImportRun.Work work) throws Exception { work.run(); }
            public void write(List<RemittanceLine> r, ImportRun.Batch b) throws Exception {
                store.write(db, r, b, STAMP, null);
                out.add(b);
            }
            public void storeIssues(List<ImportIssue> i, long firstSeq) { issues.addAll(i); }
            public void progress(long rowsRead, ImportCounts soFar) {}
        });
        java.util.Iterator<RemittanceLine> it = rows.iterator();
        run.run(new hpf.compliance.core.imports.Rows<>() {
            long n;
            public RemittanceLine next() { if (!it.hasNext()) return null; n++; return it.next(); }
            public long rowsRead() { return n; }
            public long rowsRejected() { return 0; }
        });
        return out.get(0);
    }

    static RemittanceStore store(String batchId, BranchScope scope, int perInsert) {
        return new RemittanceStore(RemittanceStore.Layout.defaults(), batchId, scope, TYPES, perInsert);
    }

    long count() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM UNIT_REMITTANCE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Object> row(String unitId, String month) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT DUE_AMOUNT, PAID_AMOUNT, PAID_DATE, WORKER_COUNT, "
                + "SEALED_WORKER_COUNT, IMPORT_BATCH_ID, LAST_UPDATED_STAMP FROM UNIT_REMITTANCE WHERE UNIT_ID = '" + unitId
                + "' AND REMIT_MONTH = '" + month + "' AND REMIT_TYPE_ENUM_ID = 'HpfRmtRegular'")) {
            if (!rs.next()) return null;
            List<Object> v = new ArrayList<>();
            for (int i = 1; i <= 7; i++) v.add(rs.getObject(i));
            return v;
        }
    }

    @Test
    void createsThenFindsEverythingUnchangedOnReimport() throws Exception {
        List<RemittanceLine> rows = new ArrayList<>();
        int ln = 2;
        for (String acc : List.of("A1", "A2")) {
            for (int m = 1; m <= 12; m++) rows.add(line(acc, String.format("2025-%02d", m), "1000.5", "1000.50",
                    LocalDate.of(2025, m, 15), ln++, m == 12 ? 9 : 10, m == 12 ? 1 : 0));
        }
        // 24 rows, 5 per INSERT: 4 full statements and 4 rows one by one
        ImportRun.Batch first = write(store("B1", BranchScope.CENTER, 5), rows, new ArrayList<>());
        assertEquals(24, first.counts.created);
        assertEquals(Set.of("U1", "U2"), first.touchedUnitIds);
        assertEquals(24, count());
        List<Object> dec = row("U1", "2025-12");
        assertEquals(0, new BigDecimal("1000.50").compareTo((BigDecimal) dec.get(0)));
        assertEquals(java.sql.Date.valueOf("2025-12-15"), dec.get(2));
        assertEquals(9, ((Number) dec.get(3)).intValue());
        assertEquals(1, ((Number) dec.get(4)).intValue());
        assertEquals("B1", dec.get(5));
        assertEquals(STAMP, dec.get(6));

        ImportRun.Batch again = write(store("B2", BranchScope.CENTER, 100), rows, new ArrayList<>());
        assertEquals(24, again.counts.unchanged);
        assertEquals(0, again.counts.created + again.counts.updated);
        assertTrue(again.touchedUnitIds.isEmpty());
        assertEquals("B1", row("U1", "2025-12").get(5), "an unchanged row is not written");
    }

    @Test
    void updatesOnlyChangedRowsAndKeepsHeadcountsTheFileLeavesEmpty() throws Exception {
        write(store("B1", BranchScope.CENTER, 100), List.of(line("A1", "2025-01", "100", "0", null, 2, 10, 2),
                line("A1", "2025-02", "100", "100", LocalDate.of(2025, 2, 3), 3, 10, 2)), new ArrayList<>());
        ImportRun.Batch b = write(store("B2", BranchScope.CENTER, 100), List.of(
                line("A1", "2025-01", "100", "100", LocalDate.of(2025, 3, 1), 2, null, null), // paid later: updated
                line("A1", "2025-02", "100.00", "100.0000", LocalDate.of(2025, 2, 3), 3, null, null)), // same values
                new ArrayList<>());
        assertEquals(1, b.counts.updated);
        assertEquals(1, b.counts.unchanged);
        List<Object> jan = row("U1", "2025-01");
        assertEquals(0, new BigDecimal(100).compareTo((BigDecimal) jan.get(1)));
        assertEquals(java.sql.Date.valueOf("2025-03-01"), jan.get(2));
        assertEquals(10, ((Number) jan.get(3)).intValue(), "an empty 缴存人数 keeps the stored figure");
        assertEquals(2, ((Number) jan.get(4)).intValue());
        assertEquals("B2", jan.get(5));

        ImportRun.Batch w = write(store("B3", BranchScope.CENTER, 100), List.of(
                line("A1", "2025-02", "100", "100", LocalDate.of(2025, 2, 3), 3, 8, 4)), new ArrayList<>());
        assertEquals(1, w.counts.updated, "a new headcount is a change");
        assertEquals(8, ((Number) row("U1", "2025-02").get(3)).intValue());
    }

    @Test
    void rejectsUnknownAccountsAndOtherBranchesRowsByLineAndKeepsTheGoodOnes() throws Exception {
        List<ImportIssue> issues = new ArrayList<>();
        ImportRun.Batch b = write(store("B1", new BranchScope(true, Set.of("B1")), 100), List.of(
                line("A1", "2025-01", "100", "100", null, 2, null, null),
                line("ZZ", "2025-01", "100", "100", null, 3, null, null),
                line("A2", "2025-01", "100", "100", null, 4, null, null),
                line("A3", "2025-01", "100", "100", null, 5, null, null),
                line("A1", "2025-02", "100", "100", null, 6, null, null)), issues);
        assertEquals(2, b.counts.created);
        assertEquals(3, b.counts.rejected);
        assertEquals(List.of(3L, 4L, 5L), issues.stream().map(ImportIssue::line).toList());
        assertEquals(List.of("UNIT_UNKNOWN", "BRANCH_NOT_OWN", "BRANCH_NOT_OWN"), issues.stream().map(ImportIssue::code).toList());
        assertTrue(issues.stream().allMatch(ImportIssue::rejected));
        assertEquals(2, count());
    }

    @Test
    void aSecondRowOfTheSameKeyInOneBatchIsComparedWithTheFirst() throws Exception {
        ImportRun.Batch b = write(store("B1", BranchScope.CENTER, 100), List.of(
                line("A1", "2025-01", "100", "0", null, 2, null, null),
                line("A1", "2025-01", "100", "0", null, 3, null, null),
                line("A1", "2025-01", "100", "100", LocalDate.of(2025, 1, 20), 4, null, null)), new ArrayList<>());
        assertEquals(1, b.counts.created);
        assertEquals(1, b.counts.unchanged);
        assertEquals(1, b.counts.updated);
        assertEquals(1, count());
        assertEquals(java.sql.Date.valueOf("2025-01-20"), row("U1", "2025-01").get(2));
    }

    @Test
    void layoutNamesFollowMoquisDefaultNaming() {
        RemittanceStore.Layout l = RemittanceStore.Layout.defaults();
        assertEquals("SEALED_WORKER_COUNT", l.remittanceColumns().get("sealedWorkerCount"));
        assertEquals("UNIT_ACCOUNT_NO", l.unitColumns().get("unitAccountNo"));
    }
}
