package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.CenterClock;
import hpf.compliance.core.screening.store.BatchSql;
import hpf.compliance.core.screening.store.ScreeningHost;
import hpf.compliance.core.screening.store.ScreeningJob;
import hpf.compliance.core.screening.store.ScreeningWriter;
import hpf.compliance.core.screening.store.StoredRows;
import hpf.compliance.core.screening.store.TableMap;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screening service's run without Moqui (core ScreeningJob) against an in-memory H2 shaped as Moqui creates the
 * tables, with a host that records what the Moqui layer would do: validation and refusals are the localized messages,
 * the run is claimed once per campaign, the passes write what they wrote, the run row carries the outcome, and the
 * reminders and the search feed get the rows written.
 */
class ScreeningJobTest {
    static final Timestamp NOW = StoreJdbcTest.NOW;
    static final CenterClock CLOCK = new CenterClock(Instant.parse("2026-03-10T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final TableMap CAMPAIGN = StoreJdbcTest.table("CAMPAIGN", "campaignId", "campaignName", "lastUpdatedStamp");
    static final TableMap RUN = StoreJdbcTest.table("SCREENING_RUN", "screeningRunId", "campaignId", "runTypeEnumId", "branchId",
            "cutoffMonth", "assessMonth", "stopThresholdMonths", "runByUserId", "startedDate", "completedDate", "durationMillis",
            "unitsScreened", "targetCount", "arrearsCount", "stoppedCount", "newArrearsCount", "deferredCount", "createdCount",
            "updatedCount", "progressDate", "unitsDone", "unitsPerSecond", "issuesFound", "failedDate", "failureText", "lastUpdatedStamp");
    static final ScreeningHost.Campaign C1 = new ScreeningHost.Campaign("C1", "2025年专项", "2025-02", "2026-02", 3L, null);

    final StoreJdbcTest store = new StoreJdbcTest();
    Connection db;
    FakeHost host;

    @BeforeEach
    void open() throws SQLException {
        store.open();
        db = store.db;
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE CAMPAIGN (CAMPAIGN_ID VARCHAR(40) PRIMARY KEY, CAMPAIGN_NAME VARCHAR(255), LAST_UPDATED_STAMP TIMESTAMP)");
            s.execute("CREATE TABLE SCREENING_RUN (SCREENING_RUN_ID VARCHAR(40) PRIMARY KEY, CAMPAIGN_ID VARCHAR(40), RUN_TYPE_ENUM_ID VARCHAR(40),"
                    + " BRANCH_ID VARCHAR(40), CUTOFF_MONTH VARCHAR(63), ASSESS_MONTH VARCHAR(63), STOP_THRESHOLD_MONTHS NUMERIC(20,0),"
                    + " RUN_BY_USER_ID VARCHAR(40), STARTED_DATE TIMESTAMP, COMPLETED_DATE TIMESTAMP, DURATION_MILLIS NUMERIC(20,0),"
                    + " UNITS_SCREENED NUMERIC(20,0), TARGET_COUNT NUMERIC(20,0), ARREARS_COUNT NUMERIC(20,0), STOPPED_COUNT NUMERIC(20,0),"
                    + " NEW_ARREARS_COUNT NUMERIC(20,0), DEFERRED_COUNT NUMERIC(20,0), CREATED_COUNT NUMERIC(20,0), UPDATED_COUNT NUMERIC(20,0),"
                    + " PROGRESS_DATE TIMESTAMP, UNITS_DONE NUMERIC(20,0), UNITS_PER_SECOND NUMERIC(20,0), ISSUES_FOUND NUMERIC(20,0),"
                    + " FAILED_DATE TIMESTAMP, FAILURE_TEXT VARCHAR(4000), LAST_UPDATED_STAMP TIMESTAMP)");
            s.execute("INSERT INTO CAMPAIGN (CAMPAIGN_ID, CAMPAIGN_NAME) VALUES ('C1', '2025年专项')");
        }
        db.commit();
        host = new FakeHost();
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    /** The Moqui layer as a recorder: messages marked as localized, a transaction per call on the test connection. */
    class FakeHost implements ScreeningHost {
        ScreeningHost.Campaign campaign = C1;
        ScreeningHost.BranchScope scope = new ScreeningHost.BranchScope(false, List.of());
        String archived;
        final Map<String, TableMap> tables = new HashMap<>(Map.of("hpf.compliance.Campaign", CAMPAIGN,
                "hpf.compliance.ScreeningRun", RUN, "hpf.compliance.CampaignTarget", StoreJdbcTest.TARGET,
                "hpf.compliance.ArrearsAlert", StoreJdbcTest.ALERT, "moqui.entity.EntityAuditLog", StoreJdbcTest.AUDIT,
                StoredRows.UNIT_ENTITY, StoreJdbcTest.UNIT, StoredRows.REMITTANCE_ENTITY, StoreJdbcTest.REMITTANCE));
        final AtomicInteger ids = new AtomicInteger(100);
        final List<String> expanded = new ArrayList<>(), logged = new ArrayList<>(), fed = new ArrayList<>();
        final List<ScreeningWriter.OpenedAlert> reminders = new ArrayList<>();
        final List<Map<String, Object>> background = new ArrayList<>();
        int transactions;

        @Override public String localize(String original) { return "zh:" + original; }

        @Override public String expand(String template, Map<String, Object> values) {
            expanded.add(template);
            String out = localize(template);
            for (Map.Entry<String, Object> e : values.entrySet()) out = out.replace("${" + e.getKey() + "}", String.valueOf(e.getValue()));
            return out;
        }

        @Override public ScreeningHost.Campaign campaign(String campaignId) {
            return campaign != null && campaign.campaignId().equals(campaignId) ? campaign : null;
        }

        @Override public ScreeningHost.Campaign latestActiveCampaign() { return campaign; }

        @Override public ScreeningHost.BranchScope branchScope() { return scope; }

        @Override public String archivedMessage(String campaignId) { return archived; }

        @Override public TableMap table(String entityName) { return tables.get(entityName); }

        @Override public Map<String, String> enumCodes(String enumTypeId) {
            Map<String, String> m = new HashMap<>();
            if (enumTypeId.equals("HpfAccountStatus")) StoredScreeningTest.STATUS.forEach((id, s) -> m.put(id, s.code()));
            else StoredScreeningTest.TYPES.forEach((id, t) -> m.put(id, t.code()));
            return m;
        }

        @Override public String nextId(String entityName, Integer bank) {
            return entityName.substring(entityName.lastIndexOf('.') + 1) + ids.incrementAndGet();
        }

        @Override public <T> T transaction(int timeoutSeconds, String errorMessage, String entityName, ScreeningHost.SqlWork<T> work) {
            transactions++;
            try {
                T out = work.run(db);
                db.commit();
                return out;
            } catch (Exception e) {
                try { db.rollback(); } catch (SQLException ignored) { }
                if (e instanceof RuntimeException r) throw r;
                throw new IllegalStateException(errorMessage, e);
            }
        }

        /** Pages of the paged read (H2): each on a connection of its own, as Moqui gives each reader thread its transaction. */
        final AtomicInteger readerPages = new AtomicInteger();

        @Override public <T> T inReader(String entityName, ScreeningHost.SqlWork<T> work) {
            readerPages.incrementAndGet();
            try (Connection c = java.sql.DriverManager.getConnection(store.url)) {
                c.setAutoCommit(false);
                T out = work.run(c);
                c.commit();
                return out;
            } catch (Exception e) {
                if (e instanceof RuntimeException r) throw r;
                throw new IllegalStateException("Could not read units and remittances", e);
            }
        }

        @Override public Timestamp now() { return NOW; }

        @Override public ScreeningWriter.Auditor auditor() { return new ScreeningWriter.Auditor("U1", "V1", "x".repeat(5000)); }

        @Override public java.sql.Date addWorkingDays(LocalDate start, int days) {
            assertEquals(LocalDate.of(2026, 3, 10), start);
            return java.sql.Date.valueOf(start.plusDays(days + 2));
        }

        @Override public void startInBackground(boolean survey, Map<String, Object> parameters) {
            Map<String, Object> p = new LinkedHashMap<>(parameters);
            p.put("survey", survey);
            background.add(p);
        }

        @Override public void sendReminder(ScreeningWriter.OpenedAlert alert) { reminders.add(alert); }

        @Override public void feedTargets(List<String> targetIds) { fed.addAll(targetIds); }

        @Override public void logError(String message, Throwable e) { logged.add(message); }
    }

    ScreeningJob.Outcome survey(String branchId, String cutoff, String assess, Integer stop, boolean background, String runId) {
        return new ScreeningJob(host, CLOCK).run(new ScreeningJob.Request("HpfRunSurvey", "C1", branchId, cutoff, assess, stop,
                background, runId));
    }

    Map<String, Object> run(String id) throws SQLException {
        return store.rows("SELECT * FROM SCREENING_RUN WHERE SCREENING_RUN_ID = '" + id + "'").get(0);
    }

    long count(String sql) throws SQLException {
        return ((Number) store.rows(sql).get(0).values().iterator().next()).longValue();
    }

    @Test
    void aSurveyClaimsItsRunScreensWritesAndRecordsTheOutcome() throws SQLException {
        store.fill();
        BatchSql.insert(db, StoreJdbcTest.TARGET, List.of(new LinkedHashMap<>(Map.of("targetId", "T1", "campaignId", "C1",
                "unitId", "PROBE_1", "statusId", "HpfTgtContacted"))));
        db.commit();
        ScreeningJob.Outcome out = survey("YQ01", null, null, null, false, null);
        assertEquals(List.of(), out.errors());
        Map<String, Object> r = out.results();
        String runId = (String) r.get("screeningRunId");
        assertEquals("ScreeningRun101", runId);
        assertEquals(1L, r.get("targetCount"));
        assertEquals(1L, r.get("createdCount"));
        assertEquals(1L, r.get("updatedCount"), "PROBE_1 paid up: its target is cleared");
        assertEquals(1L, r.get("alertCount"));
        assertEquals(0L, r.get("alertResolvedCount"));
        assertEquals(4L, r.get("unitsScreened"));
        assertEquals(1L, r.get("deferredCount"));
        assertEquals(List.of("zh:Units without an opening date were not screened: 1"), out.warnings());

        Map<String, Object> row = run(runId);
        assertEquals("C1", row.get("CAMPAIGN_ID"));
        assertEquals("HpfRunSurvey", row.get("RUN_TYPE_ENUM_ID"));
        assertEquals("YQ01", row.get("BRANCH_ID"));
        assertEquals("2025-02", row.get("CUTOFF_MONTH"), "the campaign's months");
        assertEquals("2026-02", row.get("ASSESS_MONTH"));
        assertEquals("U1", row.get("RUN_BY_USER_ID"));
        assertEquals(NOW, row.get("COMPLETED_DATE"));
        assertNull(row.get("FAILED_DATE"));
        assertEquals(6L, ((Number) row.get("UNITS_DONE")).longValue());
        assertEquals(2L, ((Number) row.get("ISSUES_FOUND")).longValue(), "1 target + 1 new arrears");
        assertEquals(1L, ((Number) row.get("CREATED_COUNT")).longValue());

        Map<String, Object> alert = store.rows("SELECT * FROM ARREARS_ALERT").get(0);
        assertEquals(runId, alert.get("SCREENING_RUN_ID"));
        assertEquals(java.sql.Date.valueOf("2026-03-17"), alert.get("DUE_DATE"), "5 working days by the host's calendar");
        assertEquals(1, host.reminders.size());
        assertEquals(alert.get("ALERT_ID"), host.reminders.get(0).alertId());
        assertEquals("a-1", host.reminders.get(0).unitId());
        String created = (String) store.rows("SELECT TARGET_ID FROM CAMPAIGN_TARGET WHERE UNIT_ID = 'PROBEA'").get(0).get("TARGET_ID");
        assertEquals(java.util.Set.of("T1", created), java.util.Set.copyOf(host.fed));
        assertEquals(4000, ((String) store.rows("SELECT * FROM ENTITY_AUDIT_LOG").get(0).get("ARTIFACT_STACK")).length(),
                "the artifact stack is cut to the column");
        assertEquals(List.of(), host.background);
        assertEquals(1, host.readerPages.get(), "H2: read by pages on reader threads (seven units: one page)");
    }

    @Test
    void refusalsAreTheLocalizedMessagesNamingTheField() throws SQLException {
        ScreeningJob.Outcome out = survey(null, "2025-13", "abc", -1, false, null);
        assertEquals(List.of("zh:zh:Cut-off Month 2025-13 is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02",
                "zh:zh:Assessment Month abc is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02",
                "zh:zh:Stop Threshold (months) must be at least 1"), out.errors());
        assertEquals(0, count("SELECT COUNT(*) FROM SCREENING_RUN"), "nothing is claimed");

        host.campaign = null;
        assertEquals(List.of("zh:Campaign not found"), survey(null, null, null, null, false, null).errors());
        host.campaign = new ScreeningHost.Campaign("C1", "2025年专项", null, null, null, null);
        assertEquals(List.of("zh:A cut-off month is required"), survey(null, null, null, null, false, null).errors());
        host.campaign = C1;
        host.archived = "该专项工作已于 2026-01-31 归档";
        assertEquals(List.of("该专项工作已于 2026-01-31 归档"), survey(null, null, null, null, false, null).errors());
        assertEquals(0, count("SELECT COUNT(*) FROM SCREENING_RUN"));
    }

    @Test
    void branchStaffScreenTheirOwnBranchOnly() throws SQLException {
        host.scope = new ScreeningHost.BranchScope(true, List.of("YQ01", "YQ02"));
        assertEquals(List.of("zh:Branch staff may screen only their own branch"), survey(null, null, null, null, false, null).errors());
        assertEquals(List.of("zh:Branch staff may screen only their own branch"), survey("YQ09", null, null, null, false, null).errors());
        host.scope = new ScreeningHost.BranchScope(true, List.of("YQ02"));
        ScreeningJob.Outcome out = survey(null, null, null, null, false, null);
        assertEquals(List.of(), out.errors());
        assertEquals("YQ02", run((String) out.results().get("screeningRunId")).get("BRANCH_ID"), "their one branch is taken");
    }

    @Test
    void aSecondStartIsRefusedWhileARunReportsAndASilentRunIsTakenForCrashed() throws SQLException {
        BatchSql.insert(db, RUN, List.of(
                new LinkedHashMap<>(Map.of("screeningRunId", "R8", "campaignId", "C1", "startedDate", Timestamp.valueOf("2026-03-10 08:00:00"),
                        "progressDate", Timestamp.valueOf("2026-03-10 08:10:00"))),
                new LinkedHashMap<>(Map.of("screeningRunId", "R9", "campaignId", "C1", "startedDate", Timestamp.valueOf("2026-03-10 09:29:00"),
                        "progressDate", Timestamp.valueOf("2026-03-10 09:29:50"), "unitsDone", 12000L))));
        db.commit();
        ScreeningJob.Outcome out = survey(null, null, null, null, false, null);
        assertEquals(List.of("zh:A screening of campaign 2025年专项 is already running (run R9, 12000 units done); start again when it has finished"),
                out.errors());
        assertEquals(NOW, run("R8").get("FAILED_DATE"), "the silent run no longer blocks");
        assertEquals("zh:The run stopped reporting progress and was taken for crashed", run("R8").get("FAILURE_TEXT"));
        assertEquals(2, count("SELECT COUNT(*) FROM SCREENING_RUN"), "no new run");

        try (Statement s = db.createStatement()) { s.execute("UPDATE SCREENING_RUN SET COMPLETED_DATE = PROGRESS_DATE WHERE SCREENING_RUN_ID = 'R9'"); }
        db.commit();
        assertEquals(List.of(), survey(null, null, null, null, false, null).errors(), "once it finished, a new run starts");
    }

    @Test
    void inTheBackgroundTheClaimedRunIsHandedToTheJobWhichRunsItOnce() throws SQLException {
        store.fill();
        ScreeningJob.Outcome started = survey("YQ01", "2025-02", null, null, true, null);
        String runId = (String) started.results().get("screeningRunId");
        assertEquals(Map.of("screeningRunId", runId), started.results(), "answers at once");
        assertEquals(1, host.background.size());
        Map<String, Object> p = host.background.get(0);
        assertEquals(runId, p.get("screeningRunId"));
        assertEquals("C1", p.get("campaignId"));
        assertEquals("YQ01", p.get("branchId"));
        assertEquals("2025-02", p.get("cutoffMonth"));
        assertEquals(true, p.get("survey"));
        assertEquals(0, count("SELECT COUNT(*) FROM CAMPAIGN_TARGET"));
        assertNull(run(runId).get("COMPLETED_DATE"));

        ScreeningJob.Outcome job = survey("YQ01", "2025-02", null, null, false, runId);
        assertEquals(List.of(), job.errors());
        assertEquals(runId, job.results().get("screeningRunId"));
        assertEquals(1, count("SELECT COUNT(*) FROM SCREENING_RUN"), "the job runs the claimed run");
        assertEquals(NOW, run(runId).get("COMPLETED_DATE"));
        assertEquals(1, count("SELECT COUNT(*) FROM CAMPAIGN_TARGET"));
        assertEquals(List.of("zh:Screening run not found or already finished"), survey("YQ01", null, null, null, false, runId).errors());
        assertEquals(List.of("zh:Screening run not found or already finished"), survey("YQ01", null, null, null, false, "NONE").errors());
    }

    @Test
    void aFailedReadMarksTheRunFailedWithTheLocalizedReason() throws SQLException {
        host.tables.put(StoredRows.REMITTANCE_ENTITY, new TableMap("NO_SUCH_TABLE", StoreJdbcTest.REMITTANCE.columns()));
        ScreeningJob.Outcome out = survey(null, null, null, null, false, null);
        String runId = (String) out.results().get("screeningRunId");
        assertEquals(1, out.errors().size());
        assertTrue(out.errors().get(0).startsWith("zh:The screening run failed: "), out.errors().get(0));
        assertEquals(out.errors().get(0), run(runId).get("FAILURE_TEXT"));
        assertEquals(NOW, run(runId).get("FAILED_DATE"));
        assertEquals(List.of("Screening run " + runId + " failed"), host.logged);
    }

    @Test
    void aMonitoringRunTakesTheActiveCampaignAndRaisesAlertsOnly() throws SQLException {
        store.fill();
        ScreeningJob.Outcome out = new ScreeningJob(host, CLOCK).run(new ScreeningJob.Request("HpfRunMonitoring", null, null,
                null, null, null, false, null));
        assertEquals(List.of(), out.errors());
        Map<String, Object> row = run((String) out.results().get("screeningRunId"));
        assertEquals("C1", row.get("CAMPAIGN_ID"));
        assertEquals("2026-02", row.get("ASSESS_MONTH"), "last month by the center's clock, not the campaign's");
        assertEquals(0, count("SELECT COUNT(*) FROM CAMPAIGN_TARGET"));
        assertTrue(count("SELECT COUNT(*) FROM ARREARS_ALERT") > 0);
        assertEquals(host.reminders.size(), count("SELECT COUNT(*) FROM ARREARS_ALERT"));
    }
}
