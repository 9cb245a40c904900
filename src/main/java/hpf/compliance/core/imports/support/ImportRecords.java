package hpf.compliance.core.imports.support;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the core readers' records into the field maps the Moqui layer stores (EmployerUnit, UnitRemittance), and
 * decides whether an incoming record changes a stored one. Dates become {@link java.sql.Date}, months text
 * {@code yyyy-MM}, amounts {@link BigDecimal} yuan. Comparison is by value: {@code 1234.5000} equals {@code 1234.50},
 * an empty text equals null, a {@code Long} equals an {@code Integer} of the same value.
 */
public final class ImportRecords {
    private ImportRecords() {}

    /**
     * Optional columns of the unit export: when the file leaves them empty the stored value is kept, so an export
     * without 法定代表人 does not wipe what an earlier one brought. Every other field follows the file, including an
     * empty 封存销户日期 (the account was unsealed).
     */
    public static final Set<String> UNIT_KEEP_IF_EMPTY = Set.of("legalRepName", "agentName", "agentMobile",
            "paydayOfMonth", "reportedPaidThroughMonth", "usccCode");

    /**
     * EmployerUnit fields from an imported account; {@code accountStatusEnumId} and {@code branchId} are resolved by the
     * caller. The core system's own 缴至年月 goes to {@code reportedPaidThroughMonth}, for comparison: the unit's
     * {@code paidThroughMonth} is the screening rule's, computed from the imported remittances.
     */
    public static Map<String, Object> unitFields(UnitAccount u, String accountStatusEnumId, String branchId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitAccountNo", u.accountNo());
        m.put("unitName", u.name());
        m.put("usccCode", u.uscc());
        m.put("branchId", branchId);
        m.put("accountStatusEnumId", accountStatusEnumId);
        m.put("openedDate", sqlDate(u.openedDate()));
        m.put("sealedClosedDate", sqlDate(u.sealedOrClosedDate()));
        m.put("workerCount", (long) u.workers());
        m.put("monthlyDueAmount", u.monthlyDue());
        m.put("employerRate", u.employerRate());
        m.put("employeeRate", u.employeeRate());
        m.put("reportedPaidThroughMonth", u.paidThroughMonth());
        m.put("legalRepName", u.legalRepresentative());
        m.put("agentName", u.agentName());
        m.put("agentMobile", u.agentMobile());
        m.put("paydayOfMonth", u.payday() == null ? null : (long) u.payday());
        return m;
    }

    /** UnitRemittance value fields (the key is unitId, remitMonth and remitTypeEnumId). */
    public static Map<String, Object> remittanceFields(RemittanceLine r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dueAmount", r.due());
        m.put("paidAmount", r.paid());
        m.put("paidDate", sqlDate(r.paidDate()));
        return m;
    }

    /** The month of a remittance as stored: {@code yyyy-MM}. */
    public static String month(RemittanceLine r) {
        return Months.formatIndex(r.monthIndex());
    }

    /** Key of a remittance row for lookups: unit, month and type. */
    public static String remittanceKey(String unitId, String month, String remitTypeEnumId) {
        return unitId + '|' + month + '|' + remitTypeEnumId;
    }

    /**
     * The incoming fields that differ from the stored ones. A field in {@code keepIfEmpty} that is empty in the
     * incoming map never counts as a change (and the caller should not write it).
     */
    public static List<String> changedFields(Map<String, ?> stored, Map<String, ?> incoming, Set<String> keepIfEmpty) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, ?> e : incoming.entrySet()) {
            Object in = e.getValue();
            if (isEmpty(in) && keepIfEmpty != null && keepIfEmpty.contains(e.getKey())) continue;
            if (!same(stored.get(e.getKey()), in)) changed.add(e.getKey());
        }
        return changed;
    }

    /** Value equality across the types a database hands back (BigDecimal scale, Long/Integer, Date/LocalDate, "" / null). */
    public static boolean same(Object a, Object b) {
        if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
        if (a instanceof Number && b instanceof Number) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (a instanceof java.util.Date || b instanceof java.util.Date || a instanceof LocalDate || b instanceof LocalDate) {
            return dateText(a).equals(dateText(b));
        }
        return a.toString().equals(b.toString());
    }

    private static String dateText(Object d) {
        if (d instanceof java.sql.Date sd) return sd.toLocalDate().toString();
        if (d instanceof java.sql.Timestamp ts) return ts.toLocalDateTime().toLocalDate().toString();
        if (d instanceof java.util.Date ud) return new java.sql.Date(ud.getTime()).toLocalDate().toString();
        return d.toString();
    }

    private static boolean isEmpty(Object o) {
        return o == null || (o instanceof CharSequence cs && cs.toString().isBlank());
    }

    public static java.sql.Date sqlDate(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    /**
     * Whether a failed write collided with another transaction writing the same rows: somewhere in its causes is an
     * SQL error of class 23 (integrity constraint violation, e.g. the duplicate key of a row another import inserted
     * and committed meanwhile) or 40 (transaction rollback, e.g. a deadlock). Standard SQLSTATE classes, so the same
     * on H2, PostgreSQL and the others. Such a batch can be tried again: the other rows are then read and compared.
     */
    public static boolean isWriteConflict(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (!(t instanceof java.sql.SQLException sql)) continue;
            for (int chained = 0; sql != null && chained < 100; sql = sql.getNextException(), chained++) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("23") || state.startsWith("40"))) return true;
            }
        }
        return false;
    }
}
