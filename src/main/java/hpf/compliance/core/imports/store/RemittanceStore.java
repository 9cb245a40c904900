package hpf.compliance.core.imports.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Upserts imported remittances (UnitRemittance, the millions of rows of a city) with plain JDBC on the connection of
 * the caller's transaction, a batch of rows at a time: one query for the units of the batch's accounts, one for the
 * stored rows of those units, then the new rows in multi-row INSERTs and the changed ones in batched UPDATEs. The same
 * outcome as writing value by value through the entity facade:
 * <ul>
 * <li>the key is unit, month (text {@code yyyy-MM}) and remittance type; a row whose values equal the stored ones is
 *     counted unchanged and not written, so a re-import changes nothing (amounts compare by value, 1234.5000 =
 *     1234.50);</li>
 * <li>an account with no unit is rejected (UNIT_UNKNOWN), and so is a row of a unit outside the importing user's
 *     branches (BRANCH_NOT_OWN);</li>
 * <li>缴存人数 and 封存人数 left empty by the file keep the stored figures; a row written records the import batch and
 *     the transaction's timestamp in {@code lastUpdatedStamp}, as the facade does;</li>
 * <li>a second row of the same key in one batch is compared with the first, as a later batch would be.</li>
 * </ul>
 * The entity has no EECA, no audited field, no cache and no search document, so nothing else the facade would do is
 * skipped. Plain SQL that H2 and PostgreSQL (and the other databases Moqui supports) accept; no JDBC URL option is
 * relied on (a multi-row VALUES list is sent instead of relying on the driver's batch rewriting).
 */
public final class RemittanceStore {
    /** Fields of UnitRemittance written, in the order of the INSERT. */
    public static final List<String> FIELDS = List.of("unitId", "remitMonth", "remitTypeEnumId", "dueAmount", "paidAmount",
            "paidDate", "workerCount", "sealedWorkerCount", "importBatchId", "lastUpdatedStamp");
    /** Fields of EmployerUnit read. */
    public static final List<String> UNIT_FIELDS = List.of("unitId", "unitAccountNo", "branchId");
    static final int IN_CHUNK = 500;

    /** Table and column names, as the entity definitions give them. */
    public record Layout(String unitTable, Map<String, String> unitColumns, String remittanceTable,
                         Map<String, String> remittanceColumns) {
        public Layout {
            for (String f : UNIT_FIELDS) Objects.requireNonNull(unitColumns.get(f), "no column for EmployerUnit." + f);
            for (String f : FIELDS) Objects.requireNonNull(remittanceColumns.get(f), "no column for UnitRemittance." + f);
        }

        /** Moqui's default naming: the entity name and fields in upper snake case. */
        public static Layout defaults() {
            Map<String, String> u = new LinkedHashMap<>(), r = new LinkedHashMap<>();
            for (String f : UNIT_FIELDS) u.put(f, snake(f));
            for (String f : FIELDS) r.put(f, snake(f));
            return new Layout("EMPLOYER_UNIT", u, "UNIT_REMITTANCE", r);
        }

        static String snake(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** A unit as the batch needs it. */
    record Unit(String unitId, String branchId) {}

    record Key(String unitId, String month, String typeId) {}

    /** The values of one stored or incoming row. */
    record Values(BigDecimal due, BigDecimal paid, LocalDate paidDate, Integer workers, Integer sealed) {
        /** The incoming values over the stored ones: an empty headcount keeps the stored figure. */
        Values over(Values stored) {
            return new Values(due, paid, paidDate, workers != null ? workers : stored.workers,
                    sealed != null ? sealed : stored.sealed);
        }

        boolean sameAs(Values o) {
            return same(due, o.due) && same(paid, o.paid) && Objects.equals(paidDate, o.paidDate)
                    && Objects.equals(workers, o.workers) && Objects.equals(sealed, o.sealed);
        }

        static boolean same(BigDecimal a, BigDecimal b) {
            return a == null || b == null ? a == b : a.compareTo(b) == 0;
        }
    }

    private final Layout layout;
    private final String importBatchId;
    private final BranchScope scope;
    private final Map<BusinessType, String> typeEnumIds;
    private final int rowsPerInsert;
    private final String insertOne, insertMany, update, selectUnits, selectRows;
    private final String unitIdCol;

    /**
     * @param typeEnumIds the remittance type's enumeration id by business type (HpfRemitType)
     * @param rowsPerInsert rows in one INSERT statement (1 sends one row a statement, in a JDBC batch)
     */
    public RemittanceStore(Layout layout, String importBatchId, BranchScope scope, Map<BusinessType, String> typeEnumIds,
                           int rowsPerInsert) {
        this.layout = layout;
        this.importBatchId = importBatchId;
        this.scope = scope == null ? BranchScope.CENTER : scope;
        this.typeEnumIds = Map.copyOf(typeEnumIds);
        this.rowsPerInsert = Math.max(1, Math.min(rowsPerInsert, 1000));
        Map<String, String> rc = layout.remittanceColumns();
        Map<String, String> uc = layout.unitColumns();
        StringBuilder cols = new StringBuilder();
        for (String f : FIELDS) cols.append(cols.length() == 0 ? "" : ", ").append(rc.get(f));
        String one = "(" + "?, ".repeat(FIELDS.size() - 1) + "?)";
        String head = "INSERT INTO " + layout.remittanceTable() + " (" + cols + ") VALUES ";
        this.insertOne = head + one;
        this.insertMany = head + String.join(", ", java.util.Collections.nCopies(this.rowsPerInsert, one));
        this.update = "UPDATE " + layout.remittanceTable() + " SET " + rc.get("dueAmount") + " = ?, " + rc.get("paidAmount")
                + " = ?, " + rc.get("paidDate") + " = ?, " + rc.get("workerCount") + " = ?, " + rc.get("sealedWorkerCount")
                + " = ?, " + rc.get("importBatchId") + " = ?, " + rc.get("lastUpdatedStamp") + " = ? WHERE "
                + rc.get("unitId") + " = ? AND " + rc.get("remitMonth") + " = ? AND " + rc.get("remitTypeEnumId") + " = ?";
        this.selectUnits = "SELECT " + uc.get("unitId") + ", " + uc.get("unitAccountNo") + ", " + uc.get("branchId")
                + " FROM " + layout.unitTable() + " WHERE " + uc.get("unitAccountNo") + " IN ";
        this.unitIdCol = rc.get("unitId");
        this.selectRows = "SELECT " + rc.get("unitId") + ", " + rc.get("remitMonth") + ", " + rc.get("remitTypeEnumId") + ", "
                + rc.get("dueAmount") + ", " + rc.get("paidAmount") + ", " + rc.get("paidDate") + ", " + rc.get("workerCount")
                + ", " + rc.get("sealedWorkerCount") + " FROM " + layout.remittanceTable() + " WHERE " + unitIdCol + " IN ";
    }

    /**
     * Writes one batch inside the caller's transaction. {@code stamp} is the transaction's timestamp for
     * {@code lastUpdatedStamp}, {@code dbCalendar} the database time zone's calendar for it (null: the JVM's).
     */
    public void write(Connection c, List<RemittanceLine> rows, ImportRun.Batch batch, Timestamp stamp,
                      Calendar dbCalendar) throws SQLException {
        Set<String> accounts = new LinkedHashSet<>();
        for (RemittanceLine r : rows) accounts.add(r.accountNo());
        Map<String, Unit> units = findUnits(c, accounts);
        Set<String> unitIds = new LinkedHashSet<>();
        for (Unit u : units.values()) unitIds.add(u.unitId());
        Map<Key, Values> stored = findRows(c, unitIds);

        Map<Key, Values> inserts = new LinkedHashMap<>(), updates = new LinkedHashMap<>();
        for (RemittanceLine r : rows) {
            Unit unit = units.get(r.accountNo());
            if (unit == null) {
                batch.reject(r.sourceLine(), "单位账号", r.accountNo(), "UNIT_UNKNOWN", "单位账号不存在，请先导入单位账户");
                continue;
            }
            if (!scope.allows(unit.branchId())) {
                batch.reject(r.sourceLine(), "单位账号", r.accountNo(), "BRANCH_NOT_OWN",
                        "该单位属于其他分支机构，分支机构用户只能导入本机构单位的缴存明细");
                continue;
            }
            Key key = new Key(unit.unitId(), Months.formatIndex(r.monthIndex()), typeEnumIds.get(r.type()));
            Values incoming = new Values(r.due(), r.paid(), r.paidDate(), r.workers(), r.sealedWorkers());
            boolean pendingInsert = inserts.containsKey(key);
            Values old = pendingInsert ? inserts.get(key) : updates.containsKey(key) ? updates.get(key) : stored.get(key);
            if (old == null) {
                inserts.put(key, incoming);
                batch.touchedUnitIds.add(unit.unitId());
                batch.counts.created++;
                continue;
            }
            Values merged = incoming.over(old);
            if (merged.sameAs(old)) {
                batch.counts.unchanged++;
                continue;
            }
            (pendingInsert ? inserts : updates).put(key, merged);
            batch.touchedUnitIds.add(unit.unitId());
            batch.counts.updated++;
        }
        insert(c, inserts, stamp, dbCalendar);
        update(c, updates, stamp, dbCalendar);
    }

    Map<String, Unit> findUnits(Connection c, Set<String> accounts) throws SQLException {
        Map<String, Unit> out = new HashMap<>();
        for (List<String> chunk : chunks(accounts)) {
            try (PreparedStatement ps = c.prepareStatement(selectUnits + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(2), new Unit(rs.getString(1), rs.getString(3)));
                }
            }
        }
        return out;
    }

    Map<Key, Values> findRows(Connection c, Set<String> unitIds) throws SQLException {
        Map<Key, Values> out = new HashMap<>();
        for (List<String> chunk : chunks(unitIds)) {
            try (PreparedStatement ps = c.prepareStatement(selectRows + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date d = rs.getDate(6);
                        out.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), new Values(rs.getBigDecimal(4),
                                rs.getBigDecimal(5), d == null ? null : d.toLocalDate(), integer(rs, 7), integer(rs, 8)));
                    }
                }
            }
        }
        return out;
    }

    private void insert(Connection c, Map<Key, Values> rows, Timestamp stamp, Calendar cal) throws SQLException {
        if (rows.isEmpty()) return;
        List<Map.Entry<Key, Values>> list = new ArrayList<>(rows.entrySet());
        int full = rowsPerInsert > 1 ? list.size() / rowsPerInsert * rowsPerInsert : 0;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(insertMany)) {
                for (int start = 0; start < full; start += rowsPerInsert) {
                    int p = 1;
                    for (int i = start; i < start + rowsPerInsert; i++) p = bindInsert(ps, p, list.get(i), stamp, cal);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (full < list.size()) {
            try (PreparedStatement ps = c.prepareStatement(insertOne)) {
                for (int i = full; i < list.size(); i++) {
                    bindInsert(ps, 1, list.get(i), stamp, cal);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private int bindInsert(PreparedStatement ps, int p, Map.Entry<Key, Values> e, Timestamp stamp, Calendar cal)
            throws SQLException {
        Key k = e.getKey();
        Values v = e.getValue();
        ps.setString(p++, k.unitId());
        ps.setString(p++, k.month());
        ps.setString(p++, k.typeId());
        p = bindValues(ps, p, v);
        ps.setString(p++, importBatchId);
        setStamp(ps, p++, stamp, cal);
        return p;
    }

    private int bindValues(PreparedStatement ps, int p, Values v) throws SQLException {
        ps.setBigDecimal(p++, v.due());
        ps.setBigDecimal(p++, v.paid());
        if (v.paidDate() == null) ps.setNull(p++, Types.DATE);
        else ps.setDate(p++, java.sql.Date.valueOf(v.paidDate()));
        setInteger(ps, p++, v.workers());
        setInteger(ps, p++, v.sealed());
        return p;
    }

    private void update(Connection c, Map<Key, Values> rows, Timestamp stamp, Calendar cal) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Map.Entry<Key, Values> e : rows.entrySet()) {
                int p = bindValues(ps, 1, e.getValue());
                ps.setString(p++, importBatchId);
                setStamp(ps, p++, stamp, cal);
                ps.setString(p++, e.getKey().unitId());
                ps.setString(p++, e.getKey().month());
                ps.setString(p, e.getKey().typeId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setStamp(PreparedStatement ps, int p, Timestamp stamp, Calendar cal) throws SQLException {
        if (stamp == null) ps.setNull(p, Types.TIMESTAMP);
        else if (cal != null) ps.setTimestamp(p, stamp, cal);
        else ps.setTimestamp(p, stamp);
    }

    private static void setInteger(PreparedStatement ps, int p, Integer v) throws SQLException {
        if (v == null) ps.setNull(p, Types.BIGINT);
        else ps.setLong(p, v);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object o = rs.getObject(column);
        return o == null ? null : ((Number) o).intValue();
    }

    static String placeholders(int n) {
        return "(" + "?, ".repeat(n - 1) + "?)";
    }

    static List<List<String>> chunks(Set<String> values) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>(Math.min(values.size(), IN_CHUNK));
        for (String v : values) {
            cur.add(v);
            if (cur.size() == IN_CHUNK) {
                out.add(cur);
                cur = new ArrayList<>(IN_CHUNK);
            }
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
