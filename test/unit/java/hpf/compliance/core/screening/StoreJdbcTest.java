package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.StoredScreeningTest.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.screening.store.BatchSql;
import hpf.compliance.core.screening.store.ScreeningRunClaim;
import hpf.compliance.core.screening.store.ScreeningWriter;
import hpf.compliance.core.screening.store.StoreCursor;
import hpf.compliance.core.screening.store.StoredRemittance;
import hpf.compliance.core.screening.store.StoredUnit;
import hpf.compliance.core.screening.store.TableMap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screening's JDBC passes (core screening.store) against an in-memory H2 with tables shaped as Moqui creates
 * them (upper-case names, the fields the passes use): the cursor read gives what the read over maps gives, progress
 * is told, and the batch writes leave the rows, stamps and audit log rows the entity facade would have.
 */
class StoreJdbcTest {
    static final Timestamp NOW = Timestamp.valueOf("2026-03-10 09:30:00");
    static final TableMap UNIT = table("EMPLOYER_UNIT", "unitId", "unitName", "branchId", "accountStatusEnumId",
            "openedDate", "sealedClosedDate", "workerCount", "monthlyDueAmount", "paydayOfMonth");
    static final TableMap REMITTANCE = table("UNIT_REMITTANCE", "unitId", "remitMonth", "remitTypeEnumId", "dueAmount",
            "paidAmount", "paidDate");
    static final TableMap TARGET = table("CAMPAIGN_TARGET", "targetId", "campaignId", "unitId", "branchId", "targetTypeEnumId",
            "statusId", "firstOwedMonth", "owedMonths", "amountOwed", "paidThroughMonth", "workerCount", "reasonCodes",
            "initialAmountOwed", "identifiedDate", "identifiedRunId", "lastRunId", "notes", "lastUpdatedStamp");
    static final TableMap ALERT = table("ARREARS_ALERT", "alertId", "unitId", "branchId", "campaignId", "screeningRunId",
            "alertTypeEnumId", "statusId", "firstOwedMonth", "owedMonths", "amountOwed", "paidThroughMonth", "workerCount",
            "reasonCodes", "detectedDate", "detectedMonth", "dueDate", "closedDate", "closedMonth", "closeReasonEnumId",
            "lastUpdatedStamp");
    static final TableMap AUDIT = table("ENTITY_AUDIT_LOG", "auditHistorySeqId", "changedEntityName", "changedFieldName",
            "pkPrimaryValue", "oldValueText", "newValueText", "changedDate", "changedByUserId", "changedInVisitId", "artifactStack");

    Connection db;
    /** The in-memory database's URL, for connections of other threads. */
    String url;

    /** Moqui's column names: the field name in upper case, words split by underscores. */
    static TableMap table(String name, String... fields) {
        Map<String, String> cols = new LinkedHashMap<>();
        for (String f : fields) cols.put(f, f.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        return new TableMap(name, cols);
    }

    @BeforeEach
    void open() throws SQLException {
        url = "jdbc:h2:mem:store" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        db = DriverManager.getConnection(url);
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) PRIMARY KEY, UNIT_NAME VARCHAR(255), BRANCH_ID VARCHAR(40),"
                    + " ACCOUNT_STATUS_ENUM_ID VARCHAR(40), OPENED_DATE DATE, SEALED_CLOSED_DATE DATE, WORKER_COUNT NUMERIC(20,0),"
                    + " MONTHLY_DUE_AMOUNT NUMERIC(24,4), PAYDAY_OF_MONTH NUMERIC(20,0))");
            s.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40), REMIT_MONTH VARCHAR(63), REMIT_TYPE_ENUM_ID VARCHAR(40),"
                    + " DUE_AMOUNT NUMERIC(24,4), PAID_AMOUNT NUMERIC(24,4), PAID_DATE DATE,"
                    + " PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID))");
            s.execute("CREATE TABLE CAMPAIGN_TARGET (TARGET_ID VARCHAR(40) PRIMARY KEY, CAMPAIGN_ID VARCHAR(40) NOT NULL,"
                    + " UNIT_ID VARCHAR(40) NOT NULL, BRANCH_ID VARCHAR(40), TARGET_TYPE_ENUM_ID VARCHAR(40), STATUS_ID VARCHAR(40),"
                    + " FIRST_OWED_MONTH VARCHAR(63), OWED_MONTHS NUMERIC(20,0), AMOUNT_OWED NUMERIC(24,4), PAID_THROUGH_MONTH VARCHAR(63),"
                    + " WORKER_COUNT NUMERIC(20,0), REASON_CODES VARCHAR(255), INITIAL_AMOUNT_OWED NUMERIC(24,4),"
                    + " IDENTIFIED_DATE TIMESTAMP, IDENTIFIED_RUN_ID VARCHAR(40), LAST_RUN_ID VARCHAR(40), NOTES VARCHAR(4000),"
                    + " LAST_UPDATED_STAMP TIMESTAMP)");
            s.execute("CREATE TABLE ARREARS_ALERT (ALERT_ID VARCHAR(40) PRIMARY KEY, UNIT_ID VARCHAR(40), BRANCH_ID VARCHAR(40),"
                    + " CAMPAIGN_ID VARCHAR(40), SCREENING_RUN_ID VARCHAR(40), ALERT_TYPE_ENUM_ID VARCHAR(40), STATUS_ID VARCHAR(40),"
                    + " FIRST_OWED_MONTH VARCHAR(63), OWED_MONTHS NUMERIC(20,0), AMOUNT_OWED NUMERIC(24,4), PAID_THROUGH_MONTH VARCHAR(63),"
                    + " WORKER_COUNT NUMERIC(20,0), REASON_CODES VARCHAR(255), DETECTED_DATE TIMESTAMP, DETECTED_MONTH VARCHAR(63),"
                    + " DUE_DATE DATE, CLOSED_DATE TIMESTAMP, CLOSED_MONTH VARCHAR(63), CLOSE_REASON_ENUM_ID VARCHAR(40),"
                    + " LAST_UPDATED_STAMP TIMESTAMP)");
            s.execute("CREATE TABLE ENTITY_AUDIT_LOG (AUDIT_HISTORY_SEQ_ID VARCHAR(40) PRIMARY KEY, CHANGED_ENTITY_NAME VARCHAR(255),"
                    + " CHANGED_FIELD_NAME VARCHAR(63), PK_PRIMARY_VALUE VARCHAR(255), OLD_VALUE_TEXT VARCHAR(4000), NEW_VALUE_TEXT VARCHAR(4000),"
                    + " CHANGED_DATE TIMESTAMP, CHANGED_BY_USER_ID VARCHAR(255), CHANGED_IN_VISIT_ID VARCHAR(255), ARTIFACT_STACK VARCHAR(4000))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = db.createStatement()) { s.execute("SHUTDOWN"); } catch (SQLException ignored) { }
        db.close();
    }

    /** The scene of StoredScreeningTest: a paid-up target, a stopped unit, new arrears, a deferred unit, no date, another branch. */
    void fill() throws SQLException {
        List<Map<String, Object>> units = new ArrayList<>(List.of(
                unitRow("PROBE_1", "YQ01", "HpfAcsNormal", "2023-01-05"),
                unitRow("PROBEA", "YQ01", "HpfAcsNormal", "2023-01-05"),
                unitRow("a-1", "YQ01", "HpfAcsNormal", "2023-01-05"),
                unitRow("A_2", "YQ01", "HpfAcsDeferred", "2023-01-05"),
                unitRow("10", "YQ01", null, null),
                unitRow("9", "YQ02", "HpfAcsNormal", "2023-01-05"),
                unitRow("U0", "YQ01", "HpfAcsUnregistered", "2023-01-05")));
        for (Map<String, Object> u : units) u.put("paydayOfMonth", 15L);
        List<Map<String, Object>> rems = new ArrayList<>();
        rems.addAll(paid("PROBE_1", "2023-01", "2026-02"));
        rems.addAll(paid("PROBEA", "2023-01", "2024-12"));
        rems.addAll(paid("a-1", "2023-01", "2025-05"));
        rems.addAll(paid("10", "2023-01", "2026-02"));
        rems.addAll(paid("9", "2023-01", "2023-06"));
        BatchSql.insert(db, UNIT, units);
        BatchSql.insert(db, REMITTANCE, rems);
    }

    StoredScreening.Result readStored(StoredScreening.Settings settings, StoredScreening.Progress progress, boolean skipUnregistered)
            throws SQLException {
        try (StoreCursor<StoredUnit> u = StoreCursor.units(db, UNIT, skipUnregistered);
             StoreCursor<StoredRemittance> r = StoreCursor.remittances(db, REMITTANCE)) {
            return StoredScreening.runStored(u, r, settings, progress);
        }
    }

    @Test
    void theCursorReadFindsWhatTheReadOverMapsFinds() throws SQLException {
        fill();
        StoredScreening.Settings settings = new StoredScreening.Settings(PLAN, true, "YQ01", STATUS, TYPES, Set.of("PROBE_1", "a-1", "9"));
        List<long[]> told = new ArrayList<>();
        StoredScreening.Result r = readStored(settings, (read, screened, issues) -> told.add(new long[]{read, screened, issues}), true);
        assertEquals(4, r.units());
        assertEquals(1, r.noOpenDate());
        assertEquals(List.of("PROBEA"), ids(r.targets()));
        assertEquals(14, r.targets().get(0).owedMonths());
        assertEquals(List.of("a-1"), ids(r.alerts()));
        assertEquals(List.of("PROBE_1", "a-1"), ids(r.cleared()));
        assertEquals(1, r.deferred());
        assertEquals(1, told.size(), "fewer units than PROGRESS_EVERY: told once, at the end");
        assertArrayEquals(new long[]{6, 4, 2}, told.get(0), "6 units read (the unregistered placeholder left out), 4 screened, 1 target + 1 new arrears");
    }

    @Test
    void theUnregisteredPlaceholderIsReadOnlyWhenAsked() throws SQLException {
        fill();
        List<String> ids = new ArrayList<>();
        try (StoreCursor<StoredUnit> u = StoreCursor.units(db, UNIT, false)) {
            for (StoredUnit x = u.next(); x != null; x = u.next()) ids.add(x.unitId());
            assertEquals(7, u.rows());
        }
        assertTrue(ids.contains("U0"));
    }

    @Test
    void theRiskScoringReadsTheMonthsHeadcountsWhenTheTableHasThem() throws SQLException {
        fill();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE UNIT_REMITTANCE ADD COLUMN WORKER_COUNT NUMERIC(20,0)");
            s.execute("ALTER TABLE UNIT_REMITTANCE ADD COLUMN SEALED_WORKER_COUNT NUMERIC(20,0)");
            s.execute("UPDATE UNIT_REMITTANCE SET WORKER_COUNT = 50, SEALED_WORKER_COUNT = 3 WHERE UNIT_ID = 'PROBEA'");
        }
        Map<String, String> cols = new LinkedHashMap<>(REMITTANCE.columns());
        cols.put("workerCount", "WORKER_COUNT");
        cols.put("sealedWorkerCount", "SEALED_WORKER_COUNT");
        TableMap withCounts = new TableMap("UNIT_REMITTANCE", cols);
        List<StoredRemittance> rows = new ArrayList<>();
        try (StoreCursor<StoredRemittance> r = StoreCursor.remittances(db, withCounts, true)) {
            for (StoredRemittance x = r.next(); x != null; x = r.next()) rows.add(x);
        }
        assertTrue(rows.stream().filter(x -> x.unitId().equals("PROBEA")).allMatch(x -> x.workerCount() == 50 && x.sealedWorkerCount() == 3));
        assertTrue(rows.stream().filter(x -> x.unitId().equals("PROBE_1")).allMatch(x -> x.workerCount() == null));
        try (StoreCursor<StoredRemittance> r = StoreCursor.remittances(db, withCounts)) {
            assertNull(r.next().workerCount(), "the screening does not read them");
        }
    }

    @Test
    void progressIsToldEveryFewThousandUnits() throws SQLException {
        List<Map<String, Object>> units = new ArrayList<>();
        for (int i = 0; i < StoredScreening.PROGRESS_EVERY * 2 + 7; i++) units.add(unitRow(String.format("U%06d", i), "YQ01", "HpfAcsNormal", "2023-01-05"));
        BatchSql.insert(db, UNIT, units);
        List<Long> told = new ArrayList<>();
        StoredScreening.Result r = readStored(new StoredScreening.Settings(PLAN, false, null, STATUS, TYPES, Set.of()),
                (read, screened, issues) -> told.add(read), true);
        assertEquals(List.of((long) StoredScreening.PROGRESS_EVERY, 2L * StoredScreening.PROGRESS_EVERY, 2L * StoredScreening.PROGRESS_EVERY + 7), told);
        assertEquals(units.size(), r.units());
    }

    ScreeningWriter.Context context(Map<String, String> targets, Map<String, ScreeningWriter.OpenAlert> alerts, int batch) {
        AtomicInteger seq = new AtomicInteger(100);
        return new ScreeningWriter.Context("C1", "R1", NOW, "2026-03", java.sql.Date.valueOf("2026-03-17"), targets, alerts,
                () -> "T" + seq.incrementAndGet(), () -> "AL" + seq.incrementAndGet(), () -> "AU" + seq.incrementAndGet(),
                new ScreeningWriter.Auditor("U1", "V1", "execute#Screening"), TARGET, ALERT, AUDIT, batch);
    }

    /** Runs the work on the test connection and commits, as a transaction per batch. */
    ScreeningWriter.Tx tx(AtomicInteger count) {
        return work -> {
            try {
                work.run(db);
                db.commit();
                count.incrementAndGet();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> m = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) m.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void theWritePassCreatesRefreshesAndAuditsInBatches() throws SQLException {
        fill();
        // a target of PROBE_1 exists (staff wrote notes and a status on it); PROBEA is new
        BatchSql.insert(db, TARGET, List.of(new LinkedHashMap<>(Map.of("targetId", "T1", "campaignId", "C1", "unitId", "PROBE_1",
                "statusId", "HpfTgtContacted", "notes", "called twice", "amountOwed", new BigDecimal("500.00")))));
        StoredScreening.Result r = readStored(new StoredScreening.Settings(PLAN, true, "YQ01", STATUS, TYPES, Set.of("PROBE_1"),
                Set.of()), null, true);
        AtomicInteger transactions = new AtomicInteger();
        ScreeningWriter.Outcome out = ScreeningWriter.write(r, context(Map.of("PROBE_1", "T1"), Map.of(), 1), tx(transactions));
        assertEquals(1, out.created());
        assertEquals(1, out.updated());
        assertEquals(1, out.alertsCreated());
        assertEquals(3, transactions.get(), "batch size 1: one transaction each for the new target, the cleared one, the alert");

        Map<String, Object> created = rows("SELECT * FROM CAMPAIGN_TARGET WHERE UNIT_ID = 'PROBEA'").get(0);
        assertEquals("HpfTgtIdentified", created.get("STATUS_ID"));
        assertEquals("HpfTtStopped", created.get("TARGET_TYPE_ENUM_ID"));
        assertEquals(14L, ((Number) created.get("OWED_MONTHS")).longValue());
        assertEquals("R1", created.get("IDENTIFIED_RUN_ID"));
        assertEquals(NOW, created.get("LAST_UPDATED_STAMP"));
        Map<String, Object> cleared = rows("SELECT * FROM CAMPAIGN_TARGET WHERE TARGET_ID = 'T1'").get(0);
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) cleared.get("AMOUNT_OWED")));
        assertEquals("HpfTgtContacted", cleared.get("STATUS_ID"), "a run never touches the status staff set");
        assertEquals("called twice", cleared.get("NOTES"));
        assertEquals("R1", cleared.get("LAST_RUN_ID"));
        assertEquals(NOW, cleared.get("LAST_UPDATED_STAMP"));

        Map<String, Object> alert = rows("SELECT * FROM ARREARS_ALERT").get(0);
        assertEquals("a-1", alert.get("UNIT_ID"));
        assertEquals("HpfAlrOpen", alert.get("STATUS_ID"));
        assertEquals(java.sql.Date.valueOf("2026-03-17"), alert.get("DUE_DATE"));
        assertEquals("2026-03", alert.get("DETECTED_MONTH"));
        assertEquals(List.of(new ScreeningWriter.OpenedAlert((String) alert.get("ALERT_ID"), "a-1",
                r.alerts().get(0).amountOwed())), out.opened(), "the opened alert is handed back for its reminder");
        assertEquals(Set.of("T1", (String) created.get("TARGET_ID")), Set.copyOf(out.changedTargets()));

        List<Map<String, Object>> audit = rows("SELECT * FROM ENTITY_AUDIT_LOG ORDER BY CHANGED_ENTITY_NAME");
        assertEquals(2, audit.size(), "status of the new alert and of the new target; the refresh changes no status");
        assertEquals("hpf.compliance.ArrearsAlert", audit.get(0).get("CHANGED_ENTITY_NAME"));
        assertEquals("hpf.compliance.CampaignTarget", audit.get(1).get("CHANGED_ENTITY_NAME"));
        assertEquals(created.get("TARGET_ID"), audit.get(1).get("PK_PRIMARY_VALUE"));
        assertEquals("statusId", audit.get(1).get("CHANGED_FIELD_NAME"));
        assertEquals("U1", audit.get(1).get("CHANGED_BY_USER_ID"));
    }

    @Test
    void anOpenAlertIsRefreshedOrResolvedWhenPaid() throws SQLException {
        fill();
        BatchSql.insert(db, ALERT, List.of(
                new LinkedHashMap<>(Map.of("alertId", "A1", "unitId", "a-1", "campaignId", "C1", "statusId", "HpfAlrAcknowledged",
                        "amountOwed", new BigDecimal("3000.00"))),
                new LinkedHashMap<>(Map.of("alertId", "A2", "unitId", "PROBE_1", "campaignId", "C1", "statusId", "HpfAlrOpen",
                        "amountOwed", new BigDecimal("2000.00")))));
        StoredScreening.Result r = readStored(new StoredScreening.Settings(PLAN, false, null, STATUS, TYPES, Set.of(),
                Set.of("a-1", "PROBE_1")), null, true);
        Map<String, ScreeningWriter.OpenAlert> open = Map.of(
                "a-1", new ScreeningWriter.OpenAlert("A1", "HpfAlrAcknowledged", new BigDecimal("3000.00")),
                "PROBE_1", new ScreeningWriter.OpenAlert("A2", "HpfAlrOpen", new BigDecimal("2000.00")));
        ScreeningWriter.Outcome out = ScreeningWriter.write(r, context(Map.of(), open, 1000), tx(new AtomicInteger()));
        assertEquals(0, out.alertsCreated(), "a-1 has its alert: refreshed, not raised again");
        assertEquals(List.of(), out.opened());
        assertEquals(1, out.alertsResolved(), "PROBE_1 paid up: its alert is resolved");
        Map<String, Object> a1 = rows("SELECT * FROM ARREARS_ALERT WHERE ALERT_ID = 'A1'").get(0);
        assertEquals("HpfAlrAcknowledged", a1.get("STATUS_ID"));
        assertEquals(r.alerts().get(0).owedMonths(), ((Number) a1.get("OWED_MONTHS")).intValue());
        Map<String, Object> a2 = rows("SELECT * FROM ARREARS_ALERT WHERE ALERT_ID = 'A2'").get(0);
        assertEquals("HpfAlrResolved", a2.get("STATUS_ID"));
        assertEquals("HpfAlcPaid", a2.get("CLOSE_REASON_ENUM_ID"));
        assertEquals("2026-03", a2.get("CLOSED_MONTH"));
        List<Map<String, Object>> audit = rows("SELECT * FROM ENTITY_AUDIT_LOG");
        assertEquals(1, audit.size());
        assertEquals("A2", audit.get(0).get("PK_PRIMARY_VALUE"));
        assertEquals("HpfAlrOpen", audit.get(0).get("OLD_VALUE_TEXT"));
        assertEquals("HpfAlrResolved", audit.get(0).get("NEW_VALUE_TEXT"));
    }

    @Test
    void aRunThatStillReportsBlocksAndASilentOneIsTakenForCrashed() {
        Timestamp now = Timestamp.valueOf("2026-03-10 10:00:00");
        ScreeningRunClaim.OpenRun fresh = new ScreeningRunClaim.OpenRun("R2", Timestamp.valueOf("2026-03-10 09:20:00"),
                Timestamp.valueOf("2026-03-10 09:59:30"));
        ScreeningRunClaim.OpenRun silent = new ScreeningRunClaim.OpenRun("R1", Timestamp.valueOf("2026-03-10 08:00:00"),
                Timestamp.valueOf("2026-03-10 08:30:00"));
        ScreeningRunClaim.OpenRun neverReported = new ScreeningRunClaim.OpenRun("R0", Timestamp.valueOf("2026-03-09 08:00:00"), null);
        ScreeningRunClaim.Decision d = ScreeningRunClaim.decide(List.of(silent, fresh, neverReported), now, ScreeningRunClaim.STALE_MILLIS);
        assertTrue(d.refused());
        assertEquals("R2", d.running().screeningRunId());
        assertEquals(List.of(silent, neverReported), d.stale());
        ScreeningRunClaim.Decision alone = ScreeningRunClaim.decide(List.of(silent), now, ScreeningRunClaim.STALE_MILLIS);
        assertFalse(alone.refused(), "a crashed run does not block forever");
        assertEquals(List.of(silent), alone.stale());
        assertFalse(ScreeningRunClaim.decide(List.of(), now, ScreeningRunClaim.STALE_MILLIS).refused());
        ScreeningRunClaim.OpenRun justStarted = new ScreeningRunClaim.OpenRun("R3", Timestamp.valueOf("2026-03-10 09:59:59"), null);
        assertTrue(ScreeningRunClaim.decide(List.of(justStarted), now, ScreeningRunClaim.STALE_MILLIS).refused());
    }
}
