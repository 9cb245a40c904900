package hpf.compliance.core.imports.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * process#ImportBatch's job with a host that keeps its records in memory (and remittances in an in-memory H2): the
 * writer per import type, the counts and status recorded, the localized failure texts, the paid-through chunks.
 */
class ImportJobTest {
    static final Timestamp NOW = Timestamp.valueOf("2026-03-01 10:00:00");
    static final String UNIT_HEADER = "单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n";

    /** A host recording every call; {@code txFailures} are thrown by the next row transactions. */
    static class Host implements ImportHost {
        Map<String, Object> batch = new HashMap<>(Map.of("importBatchId", "IB1", "statusId", "HpfImbRunning",
                "importTypeEnumId", "HpfImpUnits", "fileName", "U.csv", "fileFormat", "CSV", "fileLocation", "mem://U.csv"));
        byte[] file = new byte[0];
        BranchScope scope = BranchScope.CENTER;
        final List<Map<String, Object>> units = new ArrayList<>();
        final Map<String, List<Map<String, Object>>> created = new HashMap<>();
        final List<Map<String, Object>> records = new ArrayList<>();
        final List<List<String>> paidThrough = new ArrayList<>();
        final List<String> calls = new ArrayList<>(), errors = new ArrayList<>(), danger = new ArrayList<>(), log = new ArrayList<>();
        Map<String, Object> result;
        List<Exception> txFailures = new ArrayList<>();
        Exception paidThroughFailure;
        Connection db;
        int seq, suspends, resumes, authzOff, authzOn;
        boolean inTx;

        public Map<String, Object> batch(String id) { return batch; }
        public BranchScope branchScope() { return scope; }

        public Map<String, String> enumIdsByCode(String type) {
            return type.equals("HpfRemitType") ? Map.of("01", "HpfRmtRegular", "02", "HpfRmtBack") : Map.of("01", "HpfAcsNormal", "05", "HpfAcsSealed");
        }

        public List<Map<String, Object>> branches() {
            return List.of(Map.of("branchId", "B1", "branchCode", "CQ", "branchName", "城区管理部"),
                    Map.of("branchId", "B2", "branchCode", "KQ", "branchName", "矿区管理部"));
        }

        public InputStream open(String location) { return new ByteArrayInputStream(file); }
        Path local;
        public Path localFile(String location) { return local; }
        public boolean suspend() { suspends++; return true; }
        public void resume() { resumes++; }
        public boolean disableAuthz() { authzOff++; return false; }
        public void enableAuthz() { authzOn++; }

        public void inTransaction(int timeout, String errorText, ImportRun.Work work) throws Exception {
            calls.add("tx " + timeout + " " + errorText);
            if (errorText.equals("Could not save imported rows") && !txFailures.isEmpty()) throw txFailures.remove(0);
            inTx = true;
            try { work.run(); } finally { inTx = false; }
        }

        public List<Map<String, Object>> findIn(String entity, String field, List<?> values) {
            assertTrue(inTx);
            return units.stream().filter(u -> values.contains(u.get(field))).collect(Collectors.toList());
        }

        public Map<String, Object> create(String entity, Map<String, Object> fields, boolean sequencedId) {
            assertTrue(inTx);
            Map<String, Object> v = new LinkedHashMap<>(fields);
            if (entity.equals("hpf.compliance.EmployerUnit")) {
                assertTrue(sequencedId);
                v.put("unitId", "N" + (++seq));
                units.add(v);
            }
            created.computeIfAbsent(entity, k -> new ArrayList<>()).add(v);
            return v;
        }

        public void update(Map<String, Object> value, Map<String, Object> changes) { assertTrue(inTx); value.putAll(changes); }

        public void updateRecord(String entity, Map<String, Object> fields) {
            assertTrue(inTx);
            assertEquals("hpf.compliance.ImportBatch", entity);
            records.add(new LinkedHashMap<>(fields));
        }

        public Connection connection(String entity) { assertTrue(inTx); return db; }
        public String tableName(String entity) { return entity.endsWith("EmployerUnit") ? "EMPLOYER_UNIT" : "UNIT_REMITTANCE"; }
        public String columnName(String entity, String field) { return RemittanceStore.Layout.snake(field); }
        public Timestamp now() { return NOW; }
        public Calendar dbCalendar() { return null; }

        public void updatePaidThrough(List<String> unitIds) throws Exception {
            calls.add("paidThrough " + unitIds.size());
            if (paidThroughFailure != null) throw paidThroughFailure;
            paidThrough.add(unitIds);
        }

        public void recordResult(Map<String, Object> fields) { assertTrue(inTx); result = fields; }
        public String localize(String original) { return "L(" + original + ")"; }

        public String expand(String template, Map<String, Object> values) {
            String s = "L(" + template + ")";
            for (Map.Entry<String, Object> e : values.entrySet()) s = s.replace("${" + e.getKey() + "}", String.valueOf(e.getValue()));
            return s;
        }

        public void addError(String message) { errors.add(message); }
        public String errors() { return errors.isEmpty() ? null : String.join("\n", errors); }
        public void clearErrors() { errors.clear(); }
        public void addDangerMessage(String message) { danger.add(message); }
        public void logInfo(String message) { log.add("INFO " + message); }
        public void logError(String message, Throwable t) { log.add("ERROR " + message); }
    }

    static ImportJob.Outcome run(Host h, int batchSize) throws Exception {
        return new ImportJob(h, "IB1", batchSize, 100).run();
    }

    @Test
    void aMissingOrFinishedBatchIsRefusedWithItsMessage() throws Exception {
        Host h = new Host();
        h.batch = null;
        assertNull(run(h, 10));
        assertEquals(List.of("L(Import batch not found)"), h.errors);
        h = new Host();
        h.batch.put("statusId", "HpfImbCompleted");
        assertNull(run(h, 10));
        assertEquals(List.of("L(This import batch has already been processed)"), h.errors);
        assertEquals(List.of(), h.calls);
        assertEquals(0, h.suspends);
    }

    @Test
    void unitsAreCreatedUpdatedKeptAndRejectedThroughTheFacade() throws Exception {
        Host h = new Host();
        h.units.add(new HashMap<>(Map.of("unitId", "S1", "unitAccountNo", "A1", "branchId", "B1")));
        h.file = (UNIT_HEADER
                + "A1,甲公司," + uscc(1) + ",城区管理部,正常,2020-01-01,,10,1000,12%,12%\n"
                + "A2,乙公司," + uscc(2) + ",CQ,正常,2020-01-01,,5,500,12%,12%\n"
                + "A3,丙公司," + uscc(3) + ",不存在管理部,正常,2020-01-01,,5,500,12%,12%\n"
                + "A2,乙公司," + uscc(2) + ",CQ,正常,2020-01-01,,5,500,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        ImportJob.Outcome o = run(h, 10);
        assertEquals("HpfImbCompleted", o.statusId());
        assertEquals(4, o.totalRows());
        assertEquals("created=1 updated=1 unchanged=1 rejected=1 warnings=0", o.counts().toString());
        assertEquals(Map.of("statusId", "HpfImbCompleted", "totalRows", 4L, "createdRows", 1L, "updatedRows", 1L,
                "unchangedRows", 1L, "rejectedRows", 1L, "warningRows", 0L), o.outParameters());
        assertEquals("IB1", h.units.get(0).get("lastImportBatchId"), "an updated unit records the batch");
        assertEquals("乙公司", h.units.get(1).get("unitName"));
        assertEquals("B1", h.units.get(1).get("branchId"));
        assertEquals("IB1", h.units.get(1).get("lastImportBatchId"));
        assertEquals(2, h.units.size(), "the second A2 row finds the unit created by the first");
        Map<String, Object> err = h.created.get("hpf.compliance.ImportRowError").get(0);
        assertEquals(Map.of("importBatchId", "IB1", "errorSeqId", "000001", "lineNumber", 4L, "columnName", "所属机构",
                "rawValue", "不存在管理部", "severity", "E", "errorCode", "BRANCH_UNKNOWN"), withoutMessage(err));
        assertEquals(List.of(List.of("S1")), h.paidThrough, "the paid-through month of the updated unit");
        Map<String, Object> r = h.result;
        assertEquals("HpfImbCompleted", r.get("statusId"));
        assertEquals("UTF-8", r.get("detectedEncoding"));
        assertEquals(3L, r.get("acceptedRows"));
        assertEquals(NOW, r.get("completedDate"));
        assertNull(r.get("errorText"));
        assertEquals(List.of(), h.danger);
        assertEquals(1, h.suspends);
        assertEquals(1, h.resumes);
        assertEquals(1, h.authzOn, "authorization turned back on");
        assertEquals(List.of("tx 600 Could not save imported rows", "paidThrough 1", "tx 60 Could not record the import progress",
                "tx 600 Could not record the import result"), h.calls);
        Map<String, Object> progress = h.records.get(0);
        assertEquals(4L, progress.get("totalRows"));
        assertEquals(3L, progress.get("acceptedRows"));
        assertEquals(Map.of("importBatchId", "IB1", "totalRows", 4L), h.records.get(1), "the sign of life after the chunk");
    }

    static Map<String, Object> withoutMessage(Map<String, Object> m) {
        Map<String, Object> c = new HashMap<>(m);
        assertNotNull(c.remove("message"));
        return c;
    }

    @Test
    void aBranchUserCannotImportAnotherBranchesUnit() throws Exception {
        Host h = new Host();
        h.scope = new BranchScope(true, Set.of("B1"));
        h.file = (UNIT_HEADER + "A9,丁公司," + uscc(9) + ",矿区管理部,正常,2020-01-01,,5,500,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        ImportJob.Outcome o = run(h, 10);
        assertEquals(1, o.counts().rejected);
        assertEquals("BRANCH_NOT_OWN", h.created.get("hpf.compliance.ImportRowError").get(0).get("errorCode"));
        assertTrue(h.units.isEmpty());
    }

    @Test
    void registryRowsAreKeptAsRead() throws Exception {
        Host h = new Host();
        h.batch.putAll(Map.of("importTypeEnumId", "HpfImpRegistry", "fileName", "G.csv"));
        String uscc = "91140300MA0K00001X";
        h.file = ("统一社会信用代码,企业名称,法定代表人,成立日期,登记状态,住所,行业,从业人数\n"
                + uscc(1) + ",阳泉市甲有限公司,张一,2015-01-01,存续,阳泉市城区," + "制".repeat(300) + ",20\n").getBytes(StandardCharsets.UTF_8);
        ImportJob.Outcome o = run(h, 10);
        assertEquals("HpfImbCompleted", o.statusId(), String.valueOf(h.result));
        assertEquals(1, o.counts().created);
        Map<String, Object> g = h.created.get("hpf.compliance.RegistryEnterprise").get(0);
        assertEquals("IB1", g.get("importBatchId"));
        assertEquals(2L, g.get("lineNumber"));
        assertEquals("阳泉市甲有限公司", g.get("enterpriseName"));
        assertEquals(java.sql.Date.valueOf("2015-01-01"), g.get("establishedDate"));
        assertEquals(255, g.get("industry").toString().length());
        assertEquals(20, g.get("employeeCount"));
        assertTrue(h.paidThrough.isEmpty());
        assertFalse(uscc.isEmpty());
    }

    static String uscc(int n) {
        String body = String.format("%08d", n);
        String org = body + hpf.compliance.core.Uscc.orgCodeCheck(body);
        String first17 = "91140300" + org;
        return first17 + hpf.compliance.core.Uscc.checkDigit(first17);
    }

    @Test
    void aCollisionThatKeepsComingBackFailsWithTheLocalizedLines() throws Exception {
        Host h = new Host();
        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n"
                + "A2,乙公司," + uscc(2) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n"
                + "A3,丙公司," + uscc(3) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) h.txFailures.add(new SQLException("unique", "23505"));
        ImportJob.Outcome o = run(h, 2);
        String text = "L(Lines 2 to 3 could not be saved because another import was writing the same rows at the same time; "
                + "the lines before them are saved. Import the file again when the other import has finished.)";
        assertEquals(text, o.failure());
        assertEquals("HpfImbFailed", h.result.get("statusId"));
        assertEquals(text, h.result.get("errorText"));
        assertEquals(List.of("L(The import failed): " + text), h.danger);
        assertEquals(2, h.log.stream().filter(l -> l.startsWith("INFO Import batch IB1: lines 2-3 collided")).count());
        assertTrue(h.log.contains("ERROR Import batch IB1: lines 2-3 could not be saved"));
    }

    @Test
    void aDatabaseErrorFailsWithItsLocalizedText() throws Exception {
        Host h = new Host();
        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        h.txFailures.add(new SQLException("no such table", "42S02"));
        ImportJob.Outcome o = run(h, 10);
        assertEquals("L(Lines 2 to 2 could not be saved because of a database error (see the server log); the lines before "
                + "them are saved. Import the file again once the cause is removed.)", o.failure());
        assertEquals("HpfImbFailed", o.statusId());
    }

    @Test
    void anUnexpectedErrorAndAFileTheReaderRefusesFail() throws Exception {
        Host h = new Host();
        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        Host broken = new Host() {
            @Override
            public Map<String, String> enumIdsByCode(String type) { throw new IllegalStateException("boom"); }
        };
        broken.file = h.file;
        ImportJob.Outcome o = run(broken, 10);
        assertEquals("L(An unexpected error stopped the import (see the server log)): java.lang.IllegalStateException: boom", o.failure());
        assertTrue(broken.log.contains("ERROR Import batch IB1 failed"));
        assertEquals(1, broken.authzOn);

        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        byte[] good = h.file;
        Host failingStream = new Host() {
            @Override
            public InputStream open(String location) {
                return new java.io.SequenceInputStream(new ByteArrayInputStream(good), new InputStream() {
                    public int read() { throw new IllegalStateException("disk gone"); }
                });
            }
        };
        o = run(failingStream, 10);
        assertTrue(o.failure().startsWith("L(An unexpected error stopped the import (see the server log)): "), o.failure());
        assertTrue(failingStream.log.contains("ERROR Import batch IB1 failed"));

        h = new Host();
        h.file = "完全不对的表头\nx\n".getBytes(StandardCharsets.UTF_8);
        o = run(h, 10);
        assertEquals("HpfImbFailed", o.statusId());
        assertFalse(o.failure().startsWith("L("), "the reader's own Chinese text: " + o.failure());
        assertEquals(1, h.authzOn);
        assertEquals(1, h.resumes);
    }

    @Test
    void anErrorLeftInTheMessagesFailsTheBatch() throws Exception {
        Host h = new Host() {
            @Override
            public void updatePaidThrough(List<String> unitIds) { addError("未能更新"); }
        };
        h.units.add(new HashMap<>(Map.of("unitId", "S1", "unitAccountNo", "A1", "branchId", "B1")));
        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        ImportJob.Outcome o = run(h, 10);
        assertEquals("HpfImbCompleted", o.statusId(), "errors of the paid-through update are cleared, as before");
        h = new Host();
        h.file = (UNIT_HEADER + "A1,甲公司," + uscc(1) + ",CQ,正常,2020-01-01,,10,1000,12%,12%\n").getBytes(StandardCharsets.UTF_8);
        Host h2 = h;
        h.txFailures.clear();
        h.errors.add("外部错误");
        o = run(h2, 10);
        assertEquals("外部错误", o.failure());
        assertEquals("HpfImbFailed", o.statusId());
        assertTrue(h2.errors.isEmpty());
    }

    @Test
    void thePaidThroughUpdateRunsInChunksWithASignOfLifeAndAFailureIsLogged() {
        Host h = new Host();
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 12_001; i++) ids.add("U" + i);
        new PaidThroughUpdate(h, "IB1").run(ids, 77);
        assertEquals(List.of(5000, 5000, 2001), h.paidThrough.stream().map(List::size).toList());
        assertEquals(ids, h.paidThrough.stream().flatMap(List::stream).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        assertEquals(3, h.records.size());
        assertEquals(Map.of("importBatchId", "IB1", "totalRows", 77L), h.records.get(2));
        assertEquals(List.of("paidThrough 5000", "tx 60 Could not record the import progress", "paidThrough 5000",
                "tx 60 Could not record the import progress", "paidThrough 2001", "tx 60 Could not record the import progress"), h.calls);

        h = new Host();
        h.paidThroughFailure = new RuntimeException("down");
        new PaidThroughUpdate(h, "IB1").run(ids, 77);
        assertEquals(List.of("paidThrough 5000"), h.calls);
        assertEquals(List.of("ERROR Import batch IB1: paid-through months not updated"), h.log);
    }

    @Test
    void aCitysWorthOfUnitsIsUpdatedInOnePassWithASignOfLifeBeforeAndAfter() {
        Host h = new Host();
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < hpf.compliance.core.screening.store.PaidThroughStore.FULL_SCAN_MIN; i++) ids.add("U" + i);
        new PaidThroughUpdate(h, "IB1").run(ids, 77);
        assertEquals(List.of(ids.size()), h.paidThrough.stream().map(List::size).toList());
        assertEquals(List.of("tx 60 Could not record the import progress", "paidThrough " + ids.size(),
                "tx 60 Could not record the import progress"), h.calls);
        assertEquals(2, h.records.size());
    }

    @Test
    void remittancesGoThroughJdbcOnTheTransactionsConnection() throws Exception {
        Host h = new Host();
        h.db = DriverManager.getConnection("jdbc:h2:mem:job" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection db = h.db; Statement s = db.createStatement()) {
            RemittanceStoreTest.createTables(s);
            s.execute("INSERT INTO EMPLOYER_UNIT VALUES ('U1', 'A1', 'B1')");
            h.batch.putAll(Map.of("importTypeEnumId", "HpfImpRemittances", "fileName", "R.csv"));
            h.file = ("单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n"
                    + "A1,202401,汇缴,100,100,2024-01-15\nA1,202402,补缴,100,50,2024-02-15\nA9,202401,汇缴,1,1,2024-01-15\n")
                    .getBytes(StandardCharsets.UTF_8);
            ImportJob.Outcome o = run(h, 2);
            assertEquals("created=2 updated=0 unchanged=0 rejected=1 warnings=0", o.counts().toString());
            assertEquals("UNIT_UNKNOWN", h.created.get("hpf.compliance.ImportRowError").get(0).get("errorCode"));
            try (ResultSet rs = s.executeQuery("SELECT REMIT_TYPE_ENUM_ID, IMPORT_BATCH_ID, LAST_UPDATED_STAMP FROM UNIT_REMITTANCE ORDER BY REMIT_MONTH")) {
                assertTrue(rs.next());
                assertEquals("HpfRmtRegular", rs.getString(1));
                assertEquals("IB1", rs.getString(2));
                assertEquals(NOW, rs.getTimestamp(3));
                assertTrue(rs.next());
                assertEquals("HpfRmtBack", rs.getString(1));
            }
            assertEquals(List.of(List.of("U1")), h.paidThrough);

            Host again = new Host();
            again.db = db;
            again.batch.putAll(h.batch);
            again.file = h.file;
            assertEquals("created=0 updated=0 unchanged=2 rejected=1 warnings=0", run(again, 2).counts().toString(),
                    "a re-import changes nothing");
            assertTrue(again.paidThrough.isEmpty());
        }
    }

    @Test
    void theWritersAreChosenByTheDatabaseUnlessSet() throws Exception {
        assertEquals(1, ImportWriters.defaultWriters("H2"), "the embedded H2 writes alone");
        assertEquals(ImportWriters.SERVER_WRITERS, ImportWriters.defaultWriters("PostgreSQL"));
        assertEquals(3, ImportWriters.SERVER_WRITERS);
        Host h = new Host();
        String before = System.getProperty("hpf_import_writers");
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:writers" + System.nanoTime())) {
            h.db = db;
            ImportWriters w = new ImportWriters(h, "IB1", 100);
            System.setProperty("hpf_import_writers", "");
            assertEquals(1, w.remittanceWriters(), "empty (MoquiConf's default): the database's product, here H2");
            assertTrue(h.calls.contains("tx 60 Could not read the database type"), h.calls.toString());
            System.setProperty("hpf_import_writers", "2");
            assertEquals(2, w.remittanceWriters(), "a set value wins");
            System.setProperty("hpf_import_writers", "40");
            assertEquals(16, w.remittanceWriters(), "at most 16");
        } finally {
            if (before == null) System.clearProperty("hpf_import_writers"); else System.setProperty("hpf_import_writers", before);
        }
    }

    static Connection remittanceDb() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:job" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) PRIMARY KEY, UNIT_ACCOUNT_NO VARCHAR(40) NOT NULL, BRANCH_ID VARCHAR(40))");
            s.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40) NOT NULL, REMIT_MONTH VARCHAR(63) NOT NULL, "
                    + "REMIT_TYPE_ENUM_ID VARCHAR(40) NOT NULL, DUE_AMOUNT DECIMAL(24,4), PAID_AMOUNT DECIMAL(24,4), PAID_DATE DATE, "
                    + "IMPORT_BATCH_ID VARCHAR(40), WORKER_COUNT DECIMAL(20,0), SEALED_WORKER_COUNT DECIMAL(20,0), "
                    + "LAST_UPDATED_STAMP TIMESTAMP, PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID))");
            for (int u = 0; u < 590; u++) s.execute("INSERT INTO EMPLOYER_UNIT VALUES ('U" + u + "', 'A" + u + "', 'B" + (u % 50 == 0 ? 3 : u % 2 + 1) + "')");
        }
        return db;
    }

    static String dump(Connection db) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM UNIT_REMITTANCE ORDER BY 1, 2, 3")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append('|');
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void aRemittanceCsvOnDiskIsParsedInParallelWithTheSameOutcome(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期,缴存人数\n");
        for (int u = 0; u < 600; u++) {
            for (int m = 1; m <= 36; m++) {
                int y = 2023 + (m - 1) / 12, mm = (m - 1) % 12 + 1;
                String month = y + (mm < 10 ? "0" : "") + mm;
                if (u == 7 && m == 3) sb.append("A7,2023xx,汇缴,1,1,2023-03-15,3\n"); // rejected by the reader
                else if (u == 9 && m == 5) sb.append("A9,").append(month).append(",汇缴,1,1,,\n");
                else sb.append('A').append(u).append(',').append(month).append(m % 5 == 0 ? ",补缴," : ",汇缴,")
                        .append(1000 + u).append(".50,").append(m % 7 == 0 ? "0" : (1000 + u) + ".5").append(',')
                        .append(month, 0, 4).append('-').append(month, 4, 6).append("-15,").append(u % 4 == 0 ? "" : String.valueOf(u % 50)).append('\n');
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 3 * 262_144, "several blocks");
        Path file = dir.resolve("R.csv");
        Files.write(file, bytes);
        List<String> outcomes = new ArrayList<>();
        for (Path local : new Path[] {null, file}) {
            Host h = new Host();
            h.scope = new BranchScope(true, Set.of("B1", "B2"));
            h.db = remittanceDb();
            try (Connection db = h.db) {
                h.batch.putAll(Map.of("importTypeEnumId", "HpfImpRemittances", "fileName", "R.csv"));
                h.file = bytes;
                h.local = local;
                ImportJob.Outcome o = run(h, 1000);
                assertEquals("HpfImbCompleted", o.statusId());
                // progress while running may count the rows of a block later; the last record is the same
                List<Long> done = h.records.stream().map(r -> (Long) r.get("totalRows")).toList();
                assertTrue(done.get(0) > 0, "rows done in the first progress record: " + done);
                for (int i = 1; i < done.size(); i++) assertTrue(done.get(i) >= done.get(i - 1), "progress never goes back: " + done);
                outcomes.add(o.outParameters() + "\n" + h.created.get("hpf.compliance.ImportRowError") + "\n" + h.records.get(h.records.size() - 1)
                        + "\n" + h.paidThrough.stream().flatMap(List::stream).sorted().toList() + "\n" + dump(db));
            }
        }
        for (String code : List.of("UNIT_UNKNOWN", "BRANCH_NOT_OWN", "errorCode=MONTH")) {
            assertTrue(outcomes.get(0).contains(code), code + " in " + outcomes.get(0).substring(0, 2000));
        }
        assertEquals(outcomes.get(0), outcomes.get(1));
    }

    @Test
    void everyMessageOfTheJobHasItsZhTranslationInData() throws Exception {
        Set<String> originals = new java.util.HashSet<>();
        try (var files = Files.list(Path.of(System.getProperty("component.dir", ".")).resolve("data"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("HpfL10n")).toList()) {
                NodeList nl = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile())
                        .getElementsByTagName("moqui.basic.LocalizedMessage");
                for (int i = 0; i < nl.getLength(); i++) {
                    Element e = (Element) nl.item(i);
                    if ("zh".equals(e.getAttribute("locale"))) originals.add(e.getAttribute("original"));
                }
            }
        }
        for (String m : List.of(ImportMessages.NOT_FOUND, ImportMessages.ALREADY_PROCESSED, ImportMessages.UNEXPECTED, ImportMessages.IMPORT_FAILED,
                ImportMessages.COLLISION, ImportMessages.DATABASE, "Could not save imported rows", "Could not record the import result")) {
            assertTrue(originals.contains(m), "no zh LocalizedMessage for: " + m);
        }
    }
}
