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
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read pass over the stored units and remittances with a streaming JDBC cursor: one statement per table,
 * {@code ORDER BY} the unit id column alone (both cursors from the same database, so both come back in the database's
 * order, whatever its collation: {@link hpf.compliance.core.screening.SameOrderMerge} needs no more), a fetch size
 * so the driver streams (on PostgreSQL a cursor also needs autocommit off: the caller reads inside a transaction),
 * and one small record per row, no map.
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

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final PreparedStatement statement;
    private final ResultSet rs;
    private final RowReader<T> reader;
    private long rows;

    private StoreCursor(Connection c, String sql, List<Object> args, RowReader<T> reader) throws SQLException {
        this.reader = reader;
        this.statement = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) statement.setObject(i + 1, args.get(i));
            this.rs = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Every unit, ordered by the unit id column; {@code skipUnregistered} leaves out the placeholders of
     * non-registration cases (account status {@value #UNREGISTERED}), as the screening does.
     */
    public static StoreCursor<StoredUnit> units(Connection c, TableMap unit, boolean skipUnregistered) throws SQLException {
        return units(c, unit, skipUnregistered, null, null);
    }

    /**
     * The units whose id is from {@code from} (inclusive) up to {@code to} (exclusive) in the database's comparison,
     * ordered by it; a null bound leaves that side open.
     */
    static StoreCursor<StoredUnit> units(Connection c, TableMap unit, boolean skipUnregistered, String from, String to)
            throws SQLException {
        List<Object> args = new java.util.ArrayList<>();
        String sql = select(unit, UNIT_FIELDS) + range(unit, registered(unit, skipUnregistered, args), args, from, to);
        return new StoreCursor<>(c, sql, args, rs -> new StoredUnit(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), localDate(rs.getDate(5)),
                localDate(rs.getDate(6)), integer(rs, 7), rs.getBigDecimal(8), integer(rs, 9)));
    }

    /** The ids alone of the units {@link #units(Connection, TableMap, boolean)} reads, in the same order. */
    static StoreCursor<String> unitIds(Connection c, TableMap unit, boolean skipUnregistered) throws SQLException {
        List<Object> args = new java.util.ArrayList<>();
        String sql = select(unit, List.of("unitId")) + range(unit, registered(unit, skipUnregistered, args), args, null, null);
        return new StoreCursor<>(c, sql, args, rs -> rs.getString(1));
    }

    /** The condition leaving out the placeholders of non-registration cases, when asked (its value added to {@code args}). */
    private static List<String> registered(TableMap unit, boolean skipUnregistered, List<Object> args) {
        List<String> where = new java.util.ArrayList<>();
        if (skipUnregistered) {
            String status = unit.column("accountStatusEnumId");
            where.add("(" + status + " <> ? OR " + status + " IS NULL)");
            args.add(UNREGISTERED);
        }
        return where;
    }

    /** The WHERE clause of {@code conditions} and the unit id bounds (their values added to {@code args}), and the ORDER BY. */
    private static String range(TableMap t, List<String> conditions, List<Object> args, String from, String to) {
        String id = t.column("unitId");
        if (from != null) {
            conditions.add(id + " >= ?");
            args.add(from);
        }
        if (to != null) {
            conditions.add(id + " < ?");
            args.add(to);
        }
        return (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY " + id;
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
        return remittances(c, remittance, withWorkerCounts, null, null);
    }

    /** The remittance rows of the units from {@code from} up to {@code to} (as {@link #units(Connection, TableMap, boolean, String, String)}). */
    static StoreCursor<StoredRemittance> remittances(Connection c, TableMap remittance, boolean withWorkerCounts, String from,
                                                     String to) throws SQLException {
        boolean counts = withWorkerCounts && remittance.has("workerCount") && remittance.has("sealedWorkerCount");
        List<String> fields = counts ? java.util.stream.Stream.concat(REMITTANCE_FIELDS.stream(),
                java.util.stream.Stream.of("workerCount", "sealedWorkerCount")).toList() : REMITTANCE_FIELDS;
        List<Object> args = new java.util.ArrayList<>();
        String sql = select(remittance, fields) + range(remittance, new java.util.ArrayList<>(), args, from, to);
        return new StoreCursor<>(c, sql, args, rs -> new StoredRemittance(rs.getString(1),
                Months.parseIndex(rs.getString(2)), rs.getString(3), cents(rs.getBigDecimal(4)),
                cents(rs.getBigDecimal(5)), localDate(rs.getDate(6)), counts ? integer(rs, 7) : null,
                counts ? integer(rs, 8) : null));
    }

    /** A cursor over any query of the package (streaming as the others); {@code args} are bound in order. */
    static <T> StoreCursor<T> query(Connection c, String sql, List<Object> args, RowReader<T> reader) throws SQLException {
        return new StoreCursor<>(c, sql, args, reader);
    }

    static String select(TableMap t, List<String> fields) {
        return "SELECT " + fields.stream().map(t::column).collect(Collectors.joining(", ")) + " FROM " + t.table();
    }

    @Override
    public T next() {
        try {
            if (!rs.next()) return null;
            rows++;
            return reader.read(rs);
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
