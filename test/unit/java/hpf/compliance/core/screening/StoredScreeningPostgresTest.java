package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The screening's read pass against a real PostgreSQL whose collation is not C (en_US.UTF-8 orders {@code PROBE_1}
 * before {@code PROBEA} and {@code a-1} before {@code A_2}; Java the other way round). Tables are shaped as Moqui
 * creates the component's EmployerUnit and UnitRemittance on PostgreSQL (names, column types, keys), and are read with
 * the statements the service's finds produce: the selected fields, {@code ORDER BY UNIT_ID}.
 *
 * <p>Connection: {@code -Dhpf.pg.url} / {@code HPF_PG_URL} (default {@value #DEFAULT_URL}), user and password
 * {@code hpf.pg.user} / {@code HPF_PG_USER} and {@code hpf.pg.password} / {@code HPF_PG_PASSWORD} (default
 * {@code hpf_test}); {@code tools/postgres/setup-test-db.sh} creates that database. Without a reachable server the
 * tests are skipped saying so, unless {@code HPF_PG_REQUIRED} is set (CI), where they fail. Each run works in a schema
 * of its own, dropped afterwards, so runs can share the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredScreeningPostgresTest {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/hpf_collation_test";
    static final ScreeningParams PLAN = Fixtures.PLAN; // C = 2025-02, A = 2026-02, k = 3
    /** The ids of the report, and more that a non-C collation orders unlike Java. */
    static final List<String> PROBES = List.of("PROBE_1", "PROBEA", "a-1", "A_2", "10", "9", "a1", "A-1", "a_1", "B", "b",
            "_z", "z", "单位甲", "单位-乙", "Ä1", "a 1");

    Connection db;
    /** Why the tests are skipped, when no server answered. */
    String unreachable;
    String schema;
    /** Inserted remittance months of every unit, the expected join. */
    final Map<String, List<String>> monthsByUnit = new LinkedHashMap<>();
    /** Units left unpaid from 2024-07: each must come out a target, and only these. */
    final Set<String> stoppedUnits = new LinkedHashSet<>();
    final Map<String, String> branchByUnit = new HashMap<>();

    static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }

    @BeforeAll
    void connect() throws SQLException {
        String url = setting("hpf.pg.url", "HPF_PG_URL", DEFAULT_URL);
        Properties p = new Properties();
        p.setProperty("user", setting("hpf.pg.user", "HPF_PG_USER", "hpf_test"));
        p.setProperty("password", setting("hpf.pg.password", "HPF_PG_PASSWORD", "hpf_test"));
        p.setProperty("connectTimeout", "5");
        try {
            db = DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            unreachable = "no PostgreSQL reachable at " + url + " (" + e.getMessage() + "); tools/postgres/setup-test-db.sh creates one";
            if (!setting("hpf.pg.required", "HPF_PG_REQUIRED", "").isEmpty()) fail(unreachable + ", and HPF_PG_REQUIRED is set");
            System.err.println("StoredScreeningPostgresTest skipped: " + unreachable);
            return;
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT datcollate FROM pg_database WHERE datname = current_database()")) {
            rs.next();
            String collation = rs.getString(1);
            assertFalse(collation.equals("C") || collation.equals("POSIX") || collation.startsWith("C."),
                    "the test database must not use the C collation, which orders like Java: " + collation);
        }
        schema = "hpf_screening_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        try (Statement st = db.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("SET search_path TO " + schema);
            // as Moqui creates them on PostgreSQL: id VARCHAR(40), text-short VARCHAR(63), text-medium TEXT, date DATE,
            // number-integer NUMERIC(20,0), currency-amount NUMERIC(24,4)
            st.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) NOT NULL, UNIT_ACCOUNT_NO VARCHAR(40) NOT NULL,"
                    + " UNIT_NAME TEXT, BRANCH_ID VARCHAR(40), ACCOUNT_STATUS_ENUM_ID VARCHAR(40), OPENED_DATE DATE,"
                    + " SEALED_CLOSED_DATE DATE, WORKER_COUNT NUMERIC(20,0), MONTHLY_DUE_AMOUNT NUMERIC(24,4),"
                    + " CONSTRAINT PK_EMPLOYER_UNIT PRIMARY KEY (UNIT_ID))");
            st.execute("CREATE UNIQUE INDEX HPF_UNIT_ACCOUNT ON EMPLOYER_UNIT (UNIT_ACCOUNT_NO)");
            st.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40) NOT NULL, REMIT_MONTH VARCHAR(63) NOT NULL,"
                    + " REMIT_TYPE_ENUM_ID VARCHAR(40) NOT NULL, DUE_AMOUNT NUMERIC(24,4), PAID_AMOUNT NUMERIC(24,4),"
                    + " PAID_DATE DATE, IMPORT_BATCH_ID VARCHAR(40),"
                    + " CONSTRAINT PK_UNIT_REMITTANCE PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID),"
                    + " CONSTRAINT UNIT_REMITTANCE_UNIT FOREIGN KEY (UNIT_ID) REFERENCES EMPLOYER_UNIT (UNIT_ID))");
        }
        fill();
        db.setAutoCommit(false); // cursors, not whole results in memory, as Moqui's iterators read
    }

    @BeforeEach
    void needsTheDatabase() {
        Assumptions.assumeTrue(db != null, () -> unreachable);
    }

    @AfterEach
    void endTransaction() throws SQLException {
        if (db != null) db.rollback();
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (db == null) return;
        try (Statement st = db.createStatement()) {
            db.setAutoCommit(true);
            if (schema != null) st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } finally {
            db.close();
        }
    }

    /**
     * The probe ids and 400 random ones (seeded) from an alphabet of cases, punctuation and digits, in two branches.
     * Every unit pays 2023-01..2026-02 in full, except a few that stop after 2024-06 and some with no remittances at
     * all: a unit matched with any other's rows, or with none of its own, would come out differently.
     */
    void fill() throws SQLException {
        LinkedHashSet<String> ids = new LinkedHashSet<>(PROBES);
        Gen g = new Gen(Cases.baseSeed());
        while (ids.size() < PROBES.size() + 400) ids.add(g.string(1, 8, "aAbBzZ019_-. /#"));
        int i = 0;
        try (PreparedStatement unit = db.prepareStatement("INSERT INTO EMPLOYER_UNIT (UNIT_ID, UNIT_ACCOUNT_NO, UNIT_NAME,"
                + " BRANCH_ID, ACCOUNT_STATUS_ENUM_ID, OPENED_DATE, WORKER_COUNT, MONTHLY_DUE_AMOUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rem = db.prepareStatement("INSERT INTO UNIT_REMITTANCE (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID,"
                     + " DUE_AMOUNT, PAID_AMOUNT, PAID_DATE) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String id : ids) {
                i++;
                unit.setString(1, id);
                unit.setString(2, "ACC" + i);
                unit.setString(3, "单位" + i);
                branchByUnit.put(id, i % 2 == 0 ? "YQ01" : "YQ02");
                unit.setString(4, branchByUnit.get(id));
                unit.setString(5, "HpfAcsNormal");
                unit.setObject(6, LocalDate.of(2023, 1, 5));
                unit.setBigDecimal(7, BigDecimal.valueOf(5));
                unit.setBigDecimal(8, new BigDecimal("1000.0000"));
                unit.addBatch();
                List<String> months = new ArrayList<>();
                boolean none = i % 7 == 0 && !id.startsWith("PROBE");
                boolean stops = i % 5 == 0 || id.equals("PROBE_1");
                if (stops && !none) stoppedUnits.add(id);
                YearMonth thru = stops ? YearMonth.of(2024, 6) : YearMonth.of(2026, 2);
                for (YearMonth m = YearMonth.of(2023, 1); !none && !m.isAfter(thru); m = m.plusMonths(1)) {
                    rem.setString(1, id);
                    rem.setString(2, m.toString());
                    rem.setString(3, "HpfRtRegular");
                    rem.setBigDecimal(4, new BigDecimal("1000.00"));
                    rem.setBigDecimal(5, new BigDecimal("1000.00"));
                    rem.setObject(6, m.atDay(15));
                    rem.addBatch();
                    months.add(m.toString());
                }
                if (none) stoppedUnits.add(id); // nothing ever paid: owes every month, stopped
                monthsByUnit.put(id, months);
            }
            unit.executeBatch();
            rem.executeBatch();
        }
    }

    /** A streaming read of {@code fields} of {@code table} ordered by UNIT_ID, as the service's find issues it. */
    final class Rows implements MergeJoinScreening.Source<Map<String, Object>>, AutoCloseable {
        private final Statement statement;
        private final ResultSet rs;
        private final String[] names;

        Rows(String table, List<String> fields) throws SQLException {
            statement = db.createStatement();
            statement.setFetchSize(500);
            rs = statement.executeQuery("SELECT " + String.join(", ", fields.stream().map(StoredScreeningPostgresTest::column).toList())
                    + " FROM " + table + " ORDER BY " + column(StoredScreening.ORDER_BY));
            ResultSetMetaData md = rs.getMetaData();
            names = new String[md.getColumnCount()];
            for (int c = 0; c < names.length; c++) names[c] = fields.get(c);
        }

        @Override
        public Map<String, Object> next() {
            try {
                if (!rs.next()) return null;
                Map<String, Object> row = new HashMap<>();
                for (int c = 0; c < names.length; c++) row.put(names[c], rs.getObject(c + 1));
                return row;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            rs.close();
            statement.close();
        }
    }

    /** Moqui's column name for a field: {@code unitId} → {@code UNIT_ID}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    List<String> values(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    static StoredScreening.Settings settings(String branchId) {
        return new StoredScreening.Settings(PLAN, true, branchId, StoredScreeningTest.STATUS, StoredScreeningTest.TYPES, Set.of());
    }

    @Test
    void theDatabaseOrdersUnitIdsUnlikeJava() throws SQLException {
        List<String> dbOrder = values("SELECT UNIT_ID FROM EMPLOYER_UNIT ORDER BY UNIT_ID");
        assertNotEquals(dbOrder.stream().sorted().toList(), dbOrder, "else this database could not show the problem");
        assertTrue(dbOrder.indexOf("PROBE_1") < dbOrder.indexOf("PROBEA"), "PROBE_1 before PROBEA, as en_US sorts");
    }

    @Test
    void theKeyComparingMergeJoinStopsOnThisDatabase() throws SQLException {
        // the service before: MergeJoinScreening compared ids the Java way and stopped with UnsortedInputException
        try (Rows units = new Rows("EMPLOYER_UNIT", StoredScreening.UNIT_FIELDS);
             Rows rems = new Rows("UNIT_REMITTANCE", StoredScreening.REMITTANCE_FIELDS)) {
            assertThrows(UnsortedInputException.class, () -> MergeJoinScreening.run(
                    () -> { Map<String, Object> r = units.next(); return r == null ? null : StoredScreening.unit(r, StoredScreeningTest.STATUS); },
                    () -> { Map<String, Object> r = rems.next(); return r == null ? null : StoredScreening.remittance(r, StoredScreeningTest.TYPES); },
                    PLAN, s -> { }));
        }
    }

    @Test
    void everyUnitIsMatchedWithExactlyItsRemittances() throws SQLException {
        Map<String, List<String>> got = new LinkedHashMap<>();
        try (Rows units = new Rows("EMPLOYER_UNIT", StoredScreening.UNIT_FIELDS);
             Rows rems = new Rows("UNIT_REMITTANCE", StoredScreening.REMITTANCE_FIELDS)) {
            SameOrderMerge.run(units, StoredScreening::unitId, rems, StoredScreening::unitId,
                    (u, rows) -> assertNull(got.put(StoredScreening.unitId(u),
                            rows.stream().map(r -> (String) r.get("remitMonth")).sorted().toList())));
        }
        assertEquals(monthsByUnit.keySet(), got.keySet(), "every unit once");
        for (String id : monthsByUnit.keySet()) assertEquals(monthsByUnit.get(id), got.get(id), "remittances of " + id);
    }

    @Test
    void theSurveyFindsExactlyTheUnitsThatStoppedPaying() throws SQLException {
        StoredScreening.Result all;
        try (Rows units = new Rows("EMPLOYER_UNIT", StoredScreening.UNIT_FIELDS);
             Rows rems = new Rows("UNIT_REMITTANCE", StoredScreening.REMITTANCE_FIELDS)) {
            all = StoredScreening.run(units, rems, settings(null));
        }
        assertEquals(monthsByUnit.size(), all.units());
        assertEquals(stoppedUnits, new LinkedHashSet<>(StoredScreeningTest.ids(all.targets())));
        assertTrue(all.targets().stream().allMatch(s -> s.type() == ArrearsType.STOPPED));
        assertTrue(stoppedUnits.contains("PROBE_1") && !stoppedUnits.contains("PROBEA"));

        // a branch's run reads every unit and keeps its own
        StoredScreening.Result branch;
        try (Rows units = new Rows("EMPLOYER_UNIT", StoredScreening.UNIT_FIELDS);
             Rows rems = new Rows("UNIT_REMITTANCE", StoredScreening.REMITTANCE_FIELDS)) {
            branch = StoredScreening.run(units, rems, settings("YQ01"));
        }
        assertEquals(branchByUnit.values().stream().filter("YQ01"::equals).count(), branch.units());
        assertEquals(stoppedUnits.stream().filter(id -> branchByUnit.get(id).equals("YQ01")).sorted().toList(),
                StoredScreeningTest.ids(branch.targets()));
    }

    @Test
    void remittancesSortedUnderAnotherCollationAreDetectedNotMisjoined() throws SQLException {
        // the assumption broken on purpose: the remittances' unit ids under the C collation, the units' under en_US
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE UNIT_REMITTANCE_C AS SELECT * FROM UNIT_REMITTANCE");
            st.execute("ALTER TABLE UNIT_REMITTANCE_C ALTER COLUMN UNIT_ID TYPE VARCHAR(40) COLLATE \"C\"");
        }
        try (Rows units = new Rows("EMPLOYER_UNIT", StoredScreening.UNIT_FIELDS);
             Rows rems = new Rows("UNIT_REMITTANCE_C", StoredScreening.REMITTANCE_FIELDS)) {
            assertThrows(UnmatchedRowsException.class, () -> StoredScreening.run(units, rems, settings(null)));
        }
    }
}
