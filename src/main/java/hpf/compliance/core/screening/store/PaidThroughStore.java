package hpf.compliance.core.screening.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.SameOrderMerge;
import hpf.compliance.core.screening.UnitScreener;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The paid-through month (缴至年月, EmployerUnit.paidThroughMonth) of many units recomputed from their stored
 * remittances by the screening rule ({@link UnitScreener#paidThroughIndex}) with plain JDBC: a streaming read of the
 * units and of their rows, one small record per row, and the units whose month changed written in batched
 * {@code UPDATE}s of that month and {@code lastUpdatedStamp}. Units whose month stays are not written.
 *
 * <p>Two ways to read, chosen by the number of units asked for:
 * <ul>
 * <li>up to {@link #FULL_SCAN_MIN} units (an import's chunk): {@value #IN_LIST} ids at a time in an {@code IN} list,
 *     units and rows of those ids each ordered by the unit id column, read, computed and written in one transaction
 *     per list;</li>
 * <li>more (a city's import recomputed at once): one pass over every unit and every remittance row, both ordered by
 *     the unit id column alone and joined by {@link SameOrderMerge} (no key comparison, so any collation of the
 *     database works), units not asked for skipped; the changes are held (one small record per changed unit) and
 *     written after the read, {@value #IN_LIST} units per transaction.</li>
 * </ul>
 * In both ways a unit's rows are matched by equality of ids in the database's own order, never compared in Java.
 *
 * <p>The rule is applied as the former entity-facade script did: a unit without an opening date, or without any
 * remittance row, keeps its month; the account as the screening sees it (status from the account status enumeration,
 * opening and sealing dates, monthly due), each row's business type from the remittance type enumeration (regular when
 * unknown). What the entity facade also did for these updates (entity cache, search feed) is the caller's; see
 * {@link Outcome#changedUnitIds()}.
 */
public final class PaidThroughStore {
    /** Unit ids per {@code IN} list, and units per write transaction. */
    public static final int IN_LIST = 1000;
    /** From this many units on, one pass over all units and remittances instead of {@code IN} lists. */
    public static final int FULL_SCAN_MIN = 50_000;

    /** The unit fields read (entity field names). */
    public static final List<String> UNIT_FIELDS = List.of("unitId", "accountStatusEnumId", "openedDate",
            "sealedClosedDate", "monthlyDueAmount", "paidThroughMonth");
    /** The remittance fields read. */
    public static final List<String> ROW_FIELDS = List.of("unitId", "remitMonth", "remitTypeEnumId", "dueAmount", "paidAmount");

    /** A unit as the rule needs it, with its stored month. */
    record Unit(String unitId, String accountStatusEnumId, LocalDate openedDate, LocalDate sealedClosedDate,
                BigDecimal monthlyDueAmount, String paidThroughMonth) {}

    /** A unit whose month changes. */
    public record Change(String unitId, String oldMonth, String newMonth) {}

    /** What a run did. */
    public static final class Outcome {
        long unitsRead, rowsRead, updated;
        boolean fullScan;
        final List<Change> changes = new ArrayList<>();

        /** Units read (in the full pass: every unit of the table). */
        public long unitsRead() { return unitsRead; }

        /** Remittance rows read. */
        public long rowsRead() { return rowsRead; }

        /** Units whose month was written. */
        public long updated() { return updated; }

        /** Whether the run read every unit and row in one pass. */
        public boolean fullScan() { return fullScan; }

        /** The units whose month changed, in the order written (for the entity cache and the search feed). */
        public List<Change> changes() { return changes; }

        /** Ids of the units whose month changed. */
        public List<String> changedUnitIds() { return changes.stream().map(Change::unitId).toList(); }
    }

    private final TableMap unit;
    private final TableMap remittance;
    private final UnitScreener screener;
    private final Map<String, AccountStatus> statusByEnumId;
    private final Map<String, BusinessType> typeByEnumId;

    /**
     * @param unit           where EmployerUnit is stored
     * @param remittance     where UnitRemittance is stored
     * @param screener       the rule, set to the assessment month
     * @param statusByEnumId account status of each enumId of the account status enumeration
     * @param typeByEnumId   business type of each enumId of the remittance type enumeration
     */
    public PaidThroughStore(TableMap unit, TableMap remittance, UnitScreener screener,
                            Map<String, AccountStatus> statusByEnumId, Map<String, BusinessType> typeByEnumId) {
        this.unit = Objects.requireNonNull(unit);
        this.remittance = Objects.requireNonNull(remittance);
        this.screener = Objects.requireNonNull(screener);
        // an enumeration code the core does not know maps to null (fromText): kept, read as "other" / regular
        this.statusByEnumId = Collections.unmodifiableMap(new HashMap<>(statusByEnumId));
        this.typeByEnumId = Collections.unmodifiableMap(new HashMap<>(typeByEnumId));
    }

    /**
     * Recomputes the units of {@code unitIds} (duplicates, nulls and empty ids ignored) and writes the changed ones;
     * {@code tx} runs each piece of work in a transaction of its own. {@code stamp} is the {@code lastUpdatedStamp}
     * written, {@code dbCalendar} the database time zone's calendar for it (null: the JVM's). A full pass is taken from
     * {@code fullScanMin} units on.
     */
    public Outcome run(Collection<String> unitIds, ScreeningWriter.Tx tx, Timestamp stamp, Calendar dbCalendar,
                       int fullScanMin) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : unitIds) if (id != null && !id.isEmpty()) ids.add(id);
        Outcome out = new Outcome();
        if (ids.isEmpty()) return out;
        if (ids.size() >= fullScanMin) {
            out.fullScan = true;
            List<Change> changes = new ArrayList<>();
            tx.run(c -> changes.addAll(changesByScan(c, ids, out)));
            for (int i = 0; i < changes.size(); i += IN_LIST) {
                List<Change> part = changes.subList(i, Math.min(changes.size(), i + IN_LIST));
                tx.run(c -> written(out, part, write(c, part, stamp, dbCalendar)));
            }
        } else {
            List<String> all = new ArrayList<>(ids);
            for (int i = 0; i < all.size(); i += IN_LIST) {
                List<String> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
                tx.run(c -> {
                    List<Change> changes = changesOf(c, part, out);
                    written(out, changes, write(c, changes, stamp, dbCalendar));
                });
            }
        }
        return out;
    }

    private static void written(Outcome out, List<Change> changes, int updated) {
        out.updated += updated;
        out.changes.addAll(changes);
    }

    /** The changes of the units of {@code ids} (one {@code IN} list each for units and rows: keep it bounded). */
    public List<Change> changesOf(Connection c, Collection<String> ids, Outcome out) throws SQLException {
        if (ids.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>(ids);
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        try (StoreCursor<Unit> units = units(c, " WHERE " + unit.column("unitId") + in, args);
             StoreCursor<StoredRemittance> rows = rows(c, " WHERE " + remittance.column("unitId") + in, args)) {
            return merge(units, rows, null, out);
        }
    }

    /** The changes of the units of {@code ids} (null: every unit) read in one pass over both tables. */
    public List<Change> changesByScan(Connection c, Set<String> ids, Outcome out) throws SQLException {
        try (StoreCursor<Unit> units = units(c, "", List.of()); StoreCursor<StoredRemittance> rows = rows(c, "", List.of())) {
            return merge(units, rows, ids, out);
        }
    }

    private List<Change> merge(StoreCursor<Unit> units, StoreCursor<StoredRemittance> rows, Set<String> only, Outcome out) {
        List<Change> changes = new ArrayList<>();
        List<RemittanceLine> lines = new ArrayList<>(64);
        SameOrderMerge.run(units, Unit::unitId, rows, StoredRemittance::unitId, (u, group) -> {
            if (only != null && !only.contains(u.unitId())) return;
            lines.clear();
            for (StoredRemittance r : group) lines.add(r.line(typeByEnumId));
            String month = month(u, lines);
            if (month != null && !month.equals(u.paidThroughMonth())) changes.add(new Change(u.unitId(), u.paidThroughMonth(), month));
        });
        if (out != null) {
            out.unitsRead += units.rows();
            out.rowsRead += rows.rows();
        }
        return changes;
    }

    /** The month the rule gives the unit, or null when it keeps its own (no opening date, no remittance row). */
    String month(Unit u, List<RemittanceLine> lines) {
        if (u.openedDate() == null || lines.isEmpty()) return null;
        AccountStatus status = u.accountStatusEnumId() == null ? null : statusByEnumId.get(u.accountStatusEnumId());
        UnitAccount account = UnitAccount.of(u.unitId(), null, null, status == null ? AccountStatus.OTHER : status,
                u.openedDate(), u.sealedClosedDate(), 0, u.monthlyDueAmount() == null ? BigDecimal.ZERO : u.monthlyDueAmount());
        return Months.formatIndex(screener.paidThroughIndex(account, lines));
    }

    /**
     * Writes the new months and {@code lastUpdatedStamp} as one JDBC batch on the caller's transaction; answers the
     * units updated.
     */
    public int write(Connection c, List<Change> changes, Timestamp stamp, Calendar dbCalendar) throws SQLException {
        if (changes.isEmpty()) return 0;
        String sql = "UPDATE " + unit.table() + " SET " + unit.column("paidThroughMonth") + " = ?, "
                + unit.column("lastUpdatedStamp") + " = ? WHERE " + unit.column("unitId") + " = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Change ch : changes) {
                ps.setString(1, ch.newMonth());
                if (dbCalendar != null) ps.setTimestamp(2, stamp, dbCalendar);
                else ps.setTimestamp(2, stamp);
                ps.setString(3, ch.unitId());
                ps.addBatch();
            }
            int n = 0;
            for (int d : ps.executeBatch()) n += d > 0 || d == Statement.SUCCESS_NO_INFO ? 1 : 0;
            return n;
        }
    }

    private StoreCursor<Unit> units(Connection c, String where, List<Object> args) throws SQLException {
        return StoreCursor.query(c, StoreCursor.select(unit, UNIT_FIELDS) + where + " ORDER BY " + unit.column("unitId"), args,
                rs -> new Unit(rs.getString(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4)),
                        rs.getBigDecimal(5), rs.getString(6)));
    }

    private StoreCursor<StoredRemittance> rows(Connection c, String where, List<Object> args) throws SQLException {
        return StoreCursor.query(c, StoreCursor.select(remittance, ROW_FIELDS) + where + " ORDER BY "
                + remittance.column("unitId"), args, rs -> new StoredRemittance(rs.getString(1),
                Months.parseIndex(rs.getString(2)), rs.getString(3), StoreValues.cents(rs.getBigDecimal(4)),
                StoreValues.cents(rs.getBigDecimal(5)), null));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
