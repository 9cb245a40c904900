package hpf.compliance.bench;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.Rows;
import hpf.compliance.core.imports.store.BranchScope;
import hpf.compliance.core.imports.store.ImportCounts;
import hpf.compliance.core.imports.store.ImportRun;
import hpf.compliance.core.imports.store.RemittanceStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The database side of a remittance import without Moqui: {@link RemittanceStore} writing a generated city's rows
 * through an {@link ImportRun} (a transaction per batch, as process#ImportBatch does) into tables shaped as Moqui
 * creates EmployerUnit and UnitRemittance, foreign keys and their indexes included, on the database a JDBC URL names
 * (the driver on the class path). Prints the rows per second of the write (wall and CPU of this process; on a
 * database server the server's work is not in the CPU figure), with {@code --writers N} of N writers at once on
 * connections of their own (each a range of units); beside it an {@code INSERT … SELECT} of as many rows made inside
 * the database (the database's insert work without a client; {@code --floor false} leaves it out) and an ordered read
 * of every row through a streaming cursor, as the survey screening reads them.
 *
 * <pre>
 * java -cp target/hpf-compliance.jar:postgresql.jar hpf.compliance.bench.ImportStoreBenchmark \
 *      --url jdbc:postgresql://127.0.0.1/db --user u --password p [--units 30000] [--months 36] [--batch 2000]
 *      [--rows-per-insert 100] [--writers 1] [--floor false] [--type-fk true]
 * </pre>
 */
public final class ImportStoreBenchmark {
    private static final String SCHEMA = "hpf_store_bench";

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String url = a.getOrDefault("url", "jdbc:h2:mem:store;DB_CLOSE_DELAY=-1");
        int units = Integer.parseInt(a.getOrDefault("units", "30000"));
        int months = Integer.parseInt(a.getOrDefault("months", "36"));
        int batch = Integer.parseInt(a.getOrDefault("batch", "2000"));
        int perInsert = Integer.parseInt(a.getOrDefault("rows-per-insert", "100"));
        try (Connection c = DriverManager.getConnection(url, a.get("user"), a.get("password"))) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            System.out.printf("%s %s, %,d units x %d months, batch %d, %d rows per INSERT%n",
                    c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(), units, months,
                    batch, perInsert);
            createTables(c, pg, units, "true".equals(a.get("type-fk")));
            long rows = (long) units * months;

            // the month texts made once, so that the statement's own work is the insert
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO BENCH_MONTH VALUES (?)")) {
                int first = hpf.compliance.core.Months.parseIndex("2020-01");
                for (int m = 0; m < months; m++) {
                    ps.setString(1, hpf.compliance.core.Months.formatIndex(first + m));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            boolean floorToo = !"false".equals(a.get("floor"));
            Measure floor = Measure.start();
            if (floorToo) try (Statement s = c.createStatement()) {
                // a statement (and a commit) per 2,000 units, as the import commits a batch at a time
                for (int from = 1; from <= units; from += 2000) {
                    int to = Math.min(units, from + 1999);
                    s.execute(pg
                            ? "INSERT INTO UNIT_REMITTANCE SELECT 'U' || u, m.MONTH_TEXT, 'HpfRmtRegular', 1234.5, 1234.5,"
                              + " DATE '2020-01-15', 'B0', 10, 0, now() FROM generate_series(" + from + ", " + to + ") u, BENCH_MONTH m"
                            : "INSERT INTO UNIT_REMITTANCE SELECT 'U' || u.X, m.MONTH_TEXT, 'HpfRmtRegular', 1234.5, 1234.5,"
                              + " DATE '2020-01-15', 'B0', 10, 0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(" + from + ", " + to + ") u, BENCH_MONTH m");
                    c.commit();
                }
            }
            if (floorToo) System.out.println(floor.report("INSERT ... SELECT", rows, "rows"));
            try (Statement s = c.createStatement()) {
                s.execute(pg ? "TRUNCATE UNIT_REMITTANCE" : "DELETE FROM UNIT_REMITTANCE");
            }
            c.commit();

            // with several writers, each writes the rows of a range of units on a connection of its own, at once
            int writers = Integer.parseInt(a.getOrDefault("writers", "1"));
            List<Connection> conns = new java.util.ArrayList<>(List.of(c));
            for (int i = 1; i < writers; i++) {
                Connection w = DriverManager.getConnection(url, a.get("user"), a.get("password"));
                w.setAutoCommit(false);
                if (pg) try (Statement s = w.createStatement()) { s.execute("SET search_path = " + SCHEMA); }
                conns.add(w);
            }
            Measure m = Measure.start();
            List<java.util.concurrent.Future<ImportRun.Result>> parts = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            for (int i = 0; i < writers; i++) {
                Connection w = conns.get(i);
                int from = units / writers * i + 1, to = i == writers - 1 ? units : units / writers * (i + 1);
                parts.add(pool.submit(() -> write(w, generated(from, to, months), batch, perInsert)));
            }
            long written = 0;
            StringBuilder counts = new StringBuilder();
            for (var f : parts) {
                ImportRun.Result r = f.get();
                written += r.rowsRead();
                counts.append(r.counts()).append(r.failure() == null ? "" : ", failure " + r.failure()).append("; ");
            }
            pool.shutdown();
            System.out.println(m.report("RemittanceStore x" + writers, written, "rows"));
            System.out.println("counts " + counts);
            for (int i = 1; i < writers; i++) conns.get(i).close();

            // the survey screening's read: every row in unit order through a streaming cursor, each column read
            Measure read = Measure.start();
            long n = 0, cents = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID, DUE_AMOUNT,"
                    + " PAID_AMOUNT, PAID_DATE FROM UNIT_REMITTANCE ORDER BY UNIT_ID", ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        rs.getString(1);
                        rs.getString(2);
                        rs.getString(3);
                        cents += rs.getBigDecimal(4).unscaledValue().longValue() + rs.getBigDecimal(5).signum();
                        rs.getDate(6);
                    }
                }
            }
            c.commit();
            System.out.println(read.report("ordered read (screening)", n, "rows") + " [" + cents % 10 + "]");
            if (pg) try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                c.commit();
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) throw new IllegalArgumentException("expected --name value: " + args[i]);
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    /** The import's writer over {@code rows}: batches through an ImportRun, a transaction (commit) per batch. */
    static ImportRun.Result write(Connection c, Rows<RemittanceLine> rows, int batch, int perInsert) {
        RemittanceStore store = new RemittanceStore(RemittanceStore.Layout.defaults(), "B1", BranchScope.CENTER,
                Map.of(BusinessType.REGULAR, "HpfRmtRegular", BusinessType.BACK_PAYMENT, "HpfRmtBack"), perInsert);
        Timestamp stamp = new Timestamp(System.currentTimeMillis());
        return new ImportRun<>("R.csv", batch, 10_000, new ImportRun.Host<RemittanceLine>() {
            public void inTransaction(ImportRun.Work work) throws Exception {
                try {
                    work.run();
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            }

            public void write(List<RemittanceLine> r, ImportRun.Batch b) throws Exception { store.write(c, r, b, stamp, null); }

            public void storeIssues(List<ImportIssue> issues, long firstSeq) {}

            public void progress(long rowsRead, ImportCounts soFar) {}
        }).run(rows);
    }

    /** The rows of units {@code from}..{@code to} in the order of an export: unit by unit, month by month. */
    static Rows<RemittanceLine> generated(int from, int to, int months) {
        int start = hpf.compliance.core.Months.parseIndex("2020-01");
        long total = (long) (to - from + 1) * months;
        return new Rows<>() {
            long n;

            public RemittanceLine next() {
                if (n == total) return null;
                int u = (int) (n / months) + from, m = (int) (n % months);
                n++;
                return new RemittanceLine("A" + u, start + m, BusinessType.REGULAR, 123_450, 123_450,
                        LocalDate.of(2020, 1, 15).plusMonths(m), n + 1, 10, 0);
            }

            public long rowsRead() { return n; }

            public long rowsRejected() { return 0; }
        };
    }

    /**
     * The tables as Moqui creates them: keys, the foreign key of UnitRemittance to its unit and its index; with
     * {@code typeForeignKey} also the one to the type's Enumeration that the entity had before (to compare).
     */
    static void createTables(Connection c, boolean pg, int units, boolean typeForeignKey) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (pg) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
                s.execute("SET search_path = " + SCHEMA);
            }
            String dec = pg ? "NUMERIC" : "DECIMAL";
            s.execute("CREATE TABLE BENCH_MONTH (MONTH_TEXT VARCHAR(7) PRIMARY KEY)");
            s.execute("CREATE TABLE ENUMERATION (ENUM_ID VARCHAR(40) PRIMARY KEY)");
            s.execute("INSERT INTO ENUMERATION VALUES ('HpfRmtRegular'), ('HpfRmtBack')");
            s.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) PRIMARY KEY, UNIT_ACCOUNT_NO VARCHAR(40) NOT NULL, BRANCH_ID VARCHAR(40))");
            s.execute("CREATE UNIQUE INDEX HPF_UNIT_ACCOUNT ON EMPLOYER_UNIT (UNIT_ACCOUNT_NO)");
            s.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40) NOT NULL, REMIT_MONTH VARCHAR(63) NOT NULL, "
                    + "REMIT_TYPE_ENUM_ID VARCHAR(40) NOT NULL, DUE_AMOUNT " + dec + "(24,4), PAID_AMOUNT " + dec + "(24,4), PAID_DATE DATE, "
                    + "IMPORT_BATCH_ID VARCHAR(40), WORKER_COUNT " + dec + "(20,0), SEALED_WORKER_COUNT " + dec + "(20,0), "
                    + "LAST_UPDATED_STAMP TIMESTAMP, PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID))");
            s.execute("ALTER TABLE UNIT_REMITTANCE ADD CONSTRAINT UNIT_RMT_UNIT FOREIGN KEY (UNIT_ID) REFERENCES EMPLOYER_UNIT (UNIT_ID)");
            s.execute("CREATE INDEX UNIT_RMT_UNIT_IDX ON UNIT_REMITTANCE (UNIT_ID)");
            if (typeForeignKey) {
                s.execute("ALTER TABLE UNIT_REMITTANCE ADD CONSTRAINT UNIT_RMT_TYPE FOREIGN KEY (REMIT_TYPE_ENUM_ID) REFERENCES ENUMERATION (ENUM_ID)");
                s.execute("CREATE INDEX UNIT_RMT_TYPE_IDX ON UNIT_REMITTANCE (REMIT_TYPE_ENUM_ID)");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO EMPLOYER_UNIT VALUES (?, ?, ?)")) {
            for (int u = 1; u <= units; u++) {
                ps.setString(1, "U" + u);
                ps.setString(2, "A" + u);
                ps.setString(3, "B" + u % 7);
                ps.addBatch();
                if (u % 1000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }
}
