package hpf.compliance.core.screening.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inserts and updates of many rows of one table as JDBC batches (one statement, {@code addBatch} per row, one
 * {@code executeBatch}), rows given as maps of field name to value, columns named by a {@link TableMap}. Values are
 * bound with {@code setObject}: String, Long, BigDecimal, java.sql.Date and Timestamp work alike on H2 and PostgreSQL.
 */
public final class BatchSql {
    private BatchSql() {}

    /** Inserts every row; the columns are the union of the rows' fields (a field a row lacks is bound null). */
    public static int insert(Connection c, TableMap t, List<? extends Map<String, ?>> rows) throws SQLException {
        if (rows.isEmpty()) return 0;
        List<String> fields = fields(rows);
        String sql = "INSERT INTO " + t.table() + " (" + fields.stream().map(t::column).collect(Collectors.joining(", "))
                + ") VALUES (" + fields.stream().map(f -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, ?> row : rows) {
                for (int i = 0; i < fields.size(); i++) bind(ps, i + 1, row.get(fields.get(i)));
                ps.addBatch();
            }
            return count(ps.executeBatch());
        }
    }

    /**
     * Updates each row by its key field: every other field of the row is set (the union of the rows' fields, a field
     * a row lacks is set null, so give rows of one shape).
     */
    public static int update(Connection c, TableMap t, String keyField, List<? extends Map<String, ?>> rows) throws SQLException {
        if (rows.isEmpty()) return 0;
        List<String> fields = fields(rows);
        fields.remove(keyField);
        String sql = "UPDATE " + t.table() + " SET " + fields.stream().map(f -> t.column(f) + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE " + t.column(keyField) + " = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, ?> row : rows) {
                Object key = row.get(keyField);
                if (key == null) throw new IllegalArgumentException("an update of " + t.table() + " without " + keyField);
                int i = 0;
                for (; i < fields.size(); i++) bind(ps, i + 1, row.get(fields.get(i)));
                bind(ps, i + 1, key);
                ps.addBatch();
            }
            return count(ps.executeBatch());
        }
    }

    static List<String> fields(List<? extends Map<String, ?>> rows) {
        Set<String> all = new LinkedHashSet<>();
        for (Map<String, ?> row : rows) all.addAll(row.keySet());
        return new ArrayList<>(all);
    }

    /** The columns of the fields, comma separated, for a SELECT list. */
    static String columns(TableMap t, String... fields) {
        return String.join(", ", java.util.Arrays.stream(fields).map(t::column).toList());
    }

    static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, Types.NULL);
        else if (v instanceof Integer n) ps.setLong(i, n);
        else ps.setObject(i, v);
    }

    private static int count(int[] done) {
        int n = 0;
        for (int d : done) n += d >= 0 ? d : 1; // SUCCESS_NO_INFO counts one row
        return n;
    }
}
