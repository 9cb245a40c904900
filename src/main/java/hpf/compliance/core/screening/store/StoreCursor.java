package hpf.compliance.core.screening.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.screening.MergeJoinScreening;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read pass over the stored units and remittances with a streaming JDBC cursor: one statement per table,
 * {@code ORDER BY} the unit id column alone (both cursors from the same database, so both come back in the database's
 * order, whatever its collation: {@link hpf.compliance.core.screening.SameOrderMerge} needs no more), a fetch size
 * so the driver streams (on PostgreSQL a cursor also needs autocommit off: the caller reads inside a transaction),
 * and one small record per row, no map. On H2, which would copy a whole result before answering, the same order is
 * read in pages of the primary key index ({@link #H2_PAGE_ROWS}).
 *
 * <p>A cursor is a {@link MergeJoinScreening.Source}: {@code next()} answers null at the end. Close it (the statement
 * and the result set; the connection belongs to the caller).
 */
public final class StoreCursor<T> implements MergeJoinScreening.Source<T>, AutoCloseable {
    /** Rows fetched per round trip. */
    public static final int FETCH_SIZE = 2000;
    /** Units whose account is a placeholder of a non-registration case: never screened. */
    public static final String UNREGISTERED = "HpfAcsUnregistered";

    /** The unit fields read, in the entity's field names. */
    public static final List<String> UNIT_FIELDS = List.of("unitId", "unitName", "branchId", "accountStatusEnumId",
            "openedDate", "sealedClosedDate", "workerCount", "monthlyDueAmount", "paydayOfMonth");
    /** The remittance fields read. */
    public static final List<String> REMITTANCE_FIELDS = List.of("unitId", "remitMonth", "remitTypeEnumId", "dueAmount",
            "paidAmount", "paidDate");

    /**
     * Rows per page on H2. Embedded H2 runs a query to its end before it answers the first row: one statement over the
     * millions of remittance rows was copied into a temporary result (on disk past H2's MAX_MEMORY_ROWS, about 40,000
     * per GB of heap) and read back before the merge could start. A page ({@code WHERE key >= ? ORDER BY key FETCH
     * FIRST n ROWS ONLY}) is read from the primary key index in its order and stops after n rows ("index sorted", no
     * sort), so every row is read once and held in memory a page at a time. (H2's LAZY_QUERY_EXECUTION would stream
     * too, but its lazy cursors fail now and then with "Chunk … not found", h2database issues 4142, 4383.)
     */
    public static final int H2_PAGE_ROWS = 20_000;

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final String select, where, key;
    private final List<Object> args;
    private final boolean uniqueKey;
    private final RowReader<T> reader;
    private int pageRows;
    // one statement (pageRows 0)
    private PreparedStatement statement;
    private ResultSet rs;
    // pages (pageRows > 0): the rows of the page, the key each starts the next page from, whether it was the last page
    private final List<T> page = new ArrayList<>();
    private int pageAt;
    private String nextFrom;
    private boolean lastPage;
    private long rows;

    /**
     * {@code select}: SELECT … FROM table, the key column first; {@code where}: a condition or null; {@code key}: the
     * column ordered by; {@code uniqueKey}: one row per key (a page continues after its last key; otherwise the rows
     * of its last key are read again with the next page, which starts at that key); {@code pageRows} 0: one statement.
     */
    private StoreCursor(Connection c, String select, String where, String key, List<Object> args, boolean uniqueKey,
                        int pageRows, RowReader<T> reader) throws SQLException {
        this.connection = c;
        this.select = select;
        this.where = where;
        this.key = key;
        this.args = args;
        this.uniqueKey = uniqueKey;
        this.pageRows = pageRows;
        this.reader = reader;
        if (pageRows > 0) return;
        this.statement = c.prepareStatement(select + (where == null ? "" : " WHERE " + where) + " ORDER BY " + key,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) statement.setObject(i + 1, args.get(i));
            this.rs = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Rows per page for the database of {@code c}: {@link #H2_PAGE_ROWS} on H2, else 0 (one streaming statement). */
    public static int pageRowsFor(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName()) ? H2_PAGE_ROWS : 0;
    }

    /**
     * Every unit, ordered by the unit id column; {@code skipUnregistered} leaves out the placeholders of
     * non-registration cases (account status {@value #UNREGISTERED}), as the screening does.
     */
    public static StoreCursor<StoredUnit> units(Connection c, TableMap unit, boolean skipUnregistered) throws SQLException {
        return units(c, unit, skipUnregistered, pageRowsFor(c));
    }

    /** The same, read in pages of {@code pageRows} rows (0: one statement). */
    public static StoreCursor<StoredUnit> units(Connection c, TableMap unit, boolean skipUnregistered, int pageRows)
            throws SQLException {
        String status = unit.column("accountStatusEnumId");
        return new StoreCursor<>(c, select(unit, UNIT_FIELDS), skipUnregistered ? "(" + status + " <> ? OR " + status + " IS NULL)" : null,
                unit.column("unitId"), skipUnregistered ? List.of(UNREGISTERED) : List.of(), true, pageRows, rs -> new StoredUnit(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), localDate(rs.getDate(5)),
                localDate(rs.getDate(6)), integer(rs, 7), rs.getBigDecimal(8), integer(rs, 9)));
    }

    /** Every remittance row, ordered by the unit id column (without the month's headcounts). */
    public static StoreCursor<StoredRemittance> remittances(Connection c, TableMap remittance) throws SQLException {
        return remittances(c, remittance, false);
    }

    /**
     * Every remittance row, ordered by the unit id column; {@code withWorkerCounts} also reads the month's
     * {@code workerCount} and {@code sealedWorkerCount} (the risk scoring's; fields of UnitRemittance when present).
     */
    public static StoreCursor<StoredRemittance> remittances(Connection c, TableMap remittance, boolean withWorkerCounts)
            throws SQLException {
        return remittances(c, remittance, withWorkerCounts, pageRowsFor(c));
    }

    /** The same, read in pages of {@code pageRows} rows (0: one statement). */
    public static StoreCursor<StoredRemittance> remittances(Connection c, TableMap remittance, boolean withWorkerCounts,
                                                            int pageRows) throws SQLException {
        boolean counts = withWorkerCounts && remittance.has("workerCount") && remittance.has("sealedWorkerCount");
        List<String> fields = counts ? java.util.stream.Stream.concat(REMITTANCE_FIELDS.stream(),
                java.util.stream.Stream.of("workerCount", "sealedWorkerCount")).toList() : REMITTANCE_FIELDS;
        return new StoreCursor<>(c, select(remittance, fields), null, remittance.column("unitId"), List.of(), false, pageRows,
                rs -> new StoredRemittance(rs.getString(1),
                Months.parseIndex(rs.getString(2)), rs.getString(3), cents(rs.getBigDecimal(4)),
                cents(rs.getBigDecimal(5)), localDate(rs.getDate(6)), counts ? integer(rs, 7) : null,
                counts ? integer(rs, 8) : null));
    }

    /** Reads the next page: from the start, or from {@link #nextFrom}. */
    private void readPage() throws SQLException {
        page.clear();
        pageAt = 0;
        while (true) {
            StringBuilder sql = new StringBuilder(select);
            List<Object> bound = new ArrayList<>(args);
            if (where != null || nextFrom != null) sql.append(" WHERE ");
            if (where != null) sql.append(where);
            if (nextFrom != null) {
                sql.append(where != null ? " AND " : "").append(key).append(uniqueKey ? " > ?" : " >= ?");
                bound.add(nextFrom);
            }
            sql.append(" ORDER BY ").append(key).append(" FETCH FIRST ").append(pageRows).append(" ROWS ONLY");
            List<String> keys = new ArrayList<>(pageRows);
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < bound.size(); i++) ps.setObject(i + 1, bound.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                        page.add(reader.read(r));
                    }
                }
            }
            if (page.size() < pageRows) {
                lastPage = true;
                return;
            }
            String last = keys.get(keys.size() - 1);
            if (uniqueKey) {
                nextFrom = last;
                return;
            }
            // the last key's rows may go on in the next page: they are read again from there
            int cut = keys.size();
            while (cut > 0 && keys.get(cut - 1).equals(last)) cut--;
            if (cut > 0) {
                page.subList(cut, page.size()).clear();
                nextFrom = last;
                return;
            }
            // one key fills the page: a bigger page
            page.clear();
            pageRows *= 2;
        }
    }

    static String select(TableMap t, List<String> fields) {
        return "SELECT " + fields.stream().map(t::column).collect(Collectors.joining(", ")) + " FROM " + t.table();
    }

    @Override
    public T next() {
        try {
            T row;
            if (rs != null) {
                if (!rs.next()) return null;
                row = reader.read(rs);
            } else {
                if (pageAt == page.size()) {
                    if (lastPage) return null;
                    readPage();
                    if (page.isEmpty()) return null;
                }
                row = page.get(pageAt);
                page.set(pageAt++, null);
            }
            rows++;
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored rows failed after " + rows + " rows: " + e.getMessage(), e);
        }
    }

    /** Rows read so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        page.clear();
        if (statement == null) return;
        try {
            rs.close();
        } finally {
            statement.close();
        }
    }

    private static java.time.LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static long cents(BigDecimal v) {
        return v == null ? 0 : Money.toCents(v.setScale(2, RoundingMode.HALF_UP));
    }
}
