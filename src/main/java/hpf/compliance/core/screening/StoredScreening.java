package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import hpf.compliance.core.screening.store.StoredRemittance;
import hpf.compliance.core.screening.store.StoredUnit;

/**
 * The read pass of the screening service (execute#Screening) over the stored units and remittances, without Moqui:
 * rows are maps of field name to value (Moqui's entity values are maps; a JDBC row read into a map does as well).
 *
 * <p>The caller streams <b>every</b> unit and <b>every</b> remittance, each ordered by {@link #ORDER_BY} alone, both
 * from the same database, and this class matches them with {@link SameOrderMerge}: the merge needs no comparator, so
 * it works whatever the database's collation (see there why). Reading every unit, not only the branch's, is what
 * keeps every remittance's unit in the unit stream; the branch and the missing opening dates are filtered here. The
 * results are collected and handed back; nothing is written while reading, so a failure leaves no partial run.
 */
public final class StoredScreening {
    private StoredScreening() {}

    /** The unit fields the read pass needs, in the entity's field names. */
    public static final List<String> UNIT_FIELDS = List.of("unitId", "unitName", "branchId", "accountStatusEnumId",
            "openedDate", "sealedClosedDate", "workerCount", "monthlyDueAmount");
    /** The remittance fields the read pass needs. */
    public static final List<String> REMITTANCE_FIELDS = List.of("unitId", "remitMonth", "remitTypeEnumId", "dueAmount",
            "paidAmount", "paidDate");
    /** Both finds order by this field and nothing else. */
    public static final String ORDER_BY = "unitId";

    /**
     * What a run screens and how: {@code branchId} null for every branch; the status and business type of each
     * enumeration id (unknown: {@link AccountStatus#OTHER}, {@link BusinessType#REGULAR}); the units that already
     * have a target in the campaign (a survey clears those that no longer owe); the units that have an unresolved
     * arrears alert (their screening is handed back in {@link Result#alertsLeft()} when they have no new arrears now).
     */
    public record Settings(ScreeningParams params, boolean survey, String branchId,
                           Map<String, AccountStatus> statusByEnumId, Map<String, BusinessType> typeByEnumId,
                           Set<String> unitsWithTarget, Set<String> unitsWithOpenAlert) {
        public Settings {
            unitsWithTarget = unitsWithTarget == null ? Set.of() : unitsWithTarget;
            unitsWithOpenAlert = unitsWithOpenAlert == null ? Set.of() : unitsWithOpenAlert;
        }

        public Settings(ScreeningParams params, boolean survey, String branchId,
                        Map<String, AccountStatus> statusByEnumId, Map<String, BusinessType> typeByEnumId,
                        Set<String> unitsWithTarget) {
            this(params, survey, branchId, statusByEnumId, typeByEnumId, unitsWithTarget, Set.of());
        }
    }

    /** What the run found: the results to write, and the counts the run reports. */
    public static final class Result {
        private final List<UnitScreening> targets = new ArrayList<>();
        private final List<UnitScreening> cleared = new ArrayList<>();
        private final List<UnitScreening> alerts = new ArrayList<>();
        private final List<UnitScreening> alertsLeft = new ArrayList<>();
        private long units, targetCount, arrears, stopped, newArrears, deferred, noOpenDate;

        /** Survey runs: the units that are targets, to create or refresh. */
        public List<UnitScreening> targets() { return Collections.unmodifiableList(targets); }

        /** Survey runs: units with a target that no longer owe anything that makes them one. */
        public List<UnitScreening> cleared() { return Collections.unmodifiableList(cleared); }

        /** Arrears that began after the cut-off, for an alert. */
        public List<UnitScreening> alerts() { return Collections.unmodifiableList(alerts); }

        /**
         * Units with an unresolved alert that have no new arrears now (paid up, deferred, or arrears that make them a
         * target): the caller decides from the amount owed whether the alert is resolved by payment.
         */
        public List<UnitScreening> alertsLeft() { return Collections.unmodifiableList(alertsLeft); }

        public long units() { return units; }

        public long targetCount() { return targetCount; }

        /** Targets (survey) or new arrears (monitoring) that are arrears. */
        public long arrears() { return arrears; }

        /** Targets (survey) or new arrears (monitoring) that stopped paying. */
        public long stopped() { return stopped; }

        public long newArrears() { return newArrears; }

        public long deferred() { return deferred; }

        /** Units of the run's branches that have no opening date and so were not screened. */
        public long noOpenDate() { return noOpenDate; }
    }

    /**
     * Told how far a run got: every {@link #PROGRESS_EVERY} units read (of every branch), and once at the end.
     * {@code issues} counts the targets and new arrears found so far.
     */
    @FunctionalInterface
    public interface Progress {
        void progress(long unitsRead, long unitsScreened, long issues);
    }

    /** How often (units read) {@link Progress} is told. */
    public static final int PROGRESS_EVERY = 5000;

    public static Result run(MergeJoinScreening.Source<? extends Map<String, ?>> units,
                             MergeJoinScreening.Source<? extends Map<String, ?>> remittances, Settings settings) {
        return runStored(() -> {
            Map<String, ?> row = units.next();
            return row == null ? null : StoredUnit.of(row);
        }, () -> {
            Map<String, ?> row = remittances.next();
            return row == null ? null : StoredRemittance.of(row);
        }, settings, null);
    }

    /**
     * The read pass over typed rows (a {@link hpf.compliance.core.screening.store.StoreCursor} each): same order,
     * same results as {@link #run} over maps; {@code progress} (may be null) is told as the run goes.
     */
    public static Result runStored(MergeJoinScreening.Source<StoredUnit> units,
                                   MergeJoinScreening.Source<StoredRemittance> remittances, Settings settings,
                                   Progress progress) {
        Result result = new Result();
        UnitScreener screener = new UnitScreener(settings.params());
        List<RemittanceLine> lines = new ArrayList<>(64);
        long[] read = {0};
        SameOrderMerge.<StoredUnit, StoredRemittance>run(units, StoredUnit::unitId, remittances,
                StoredRemittance::unitId, (row, rows) -> {
                    if (progress != null && ++read[0] % PROGRESS_EVERY == 0)
                        progress.progress(read[0], result.units, result.targetCount + result.newArrears);
                    if (settings.branchId() != null && !settings.branchId().equals(row.branchId())) return;
                    if (row.openedDate() == null) {
                        result.noOpenDate++;
                        return;
                    }
                    lines.clear();
                    for (StoredRemittance r : rows) lines.add(r.line(settings.typeByEnumId()));
                    classify(screener.screen(row.account(settings.statusByEnumId()), lines), settings, result);
                });
        if (progress != null) progress.progress(read[0], result.units, result.targetCount + result.newArrears);
        return result;
    }

    private static void classify(UnitScreening s, Settings settings, Result r) {
        r.units++;
        boolean hasTarget = settings.survey() && settings.unitsWithTarget().contains(s.unit().accountNo());
        if (s.outcome() != Outcome.NEW_ARREARS && settings.unitsWithOpenAlert().contains(s.unit().accountNo())) r.alertsLeft.add(s);
        switch (s.outcome()) {
            case TARGET -> {
                r.targetCount++;
                if (s.type() == ArrearsType.STOPPED) r.stopped++; else r.arrears++;
                if (settings.survey()) r.targets.add(s);
            }
            case NEW_ARREARS -> {
                r.newArrears++;
                if (!settings.survey()) {
                    if (s.type() == ArrearsType.STOPPED) r.stopped++; else r.arrears++;
                }
                r.alerts.add(s);
                if (hasTarget) r.cleared.add(s);
            }
            case DEFERRED -> r.deferred++;
            default -> {
                if (hasTarget) r.cleared.add(s);
            }
        }
    }

    static String unitId(Map<String, ?> row) {
        return (String) row.get("unitId");
    }

    /** A unit row as the screening rule sees it; the row must have an opening date. */
    static UnitAccount unit(Map<String, ?> row, Map<String, AccountStatus> statusByEnumId) {
        AccountStatus status = lookup(statusByEnumId, row.get("accountStatusEnumId"));
        Object workers = row.get("workerCount");
        Object due = row.get("monthlyDueAmount");
        return UnitAccount.of(unitId(row), (String) row.get("unitName"), (String) row.get("branchId"),
                status == null ? AccountStatus.OTHER : status, date(row.get("openedDate")),
                date(row.get("sealedClosedDate")), workers == null ? 0 : ((Number) workers).intValue(), decimal(due));
    }

    static RemittanceLine remittance(Map<String, ?> row, Map<String, BusinessType> typeByEnumId) {
        BusinessType type = lookup(typeByEnumId, row.get("remitTypeEnumId"));
        return new RemittanceLine(unitId(row), Months.parseIndex((String) row.get("remitMonth")),
                type == null ? BusinessType.REGULAR : type, Money.toCents(decimal(row.get("dueAmount"))),
                Money.toCents(decimal(row.get("paidAmount"))), date(row.get("paidDate")), 0L);
    }

    private static <T> T lookup(Map<String, T> map, Object key) {
        return key == null ? null : map.get(key);
    }

    /** A stored date: {@link LocalDate}, {@link java.sql.Date} (JDBC, Moqui) or a timestamp; null stays null. */
    static LocalDate date(Object v) {
        if (v == null) return null;
        if (v instanceof LocalDate d) return d;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().toLocalDate();
        throw new IllegalArgumentException("not a date: " + v.getClass().getName());
    }

    /** A stored amount; null is zero (as a missing due or payment always was). */
    static BigDecimal decimal(Object v) {
        if (v == null) return BigDecimal.ZERO;
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long || v instanceof Integer) return BigDecimal.valueOf(((Number) v).longValue());
        return new BigDecimal(v.toString());
    }
}
