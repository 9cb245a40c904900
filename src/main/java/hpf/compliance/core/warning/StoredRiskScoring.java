package hpf.compliance.core.warning;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.MergeJoinScreening;
import hpf.compliance.core.screening.SameOrderMerge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import hpf.compliance.core.screening.store.StoreCursor;
import hpf.compliance.core.screening.store.StoredRemittance;
import hpf.compliance.core.screening.store.StoredUnit;

/**
 * The read pass of the risk scoring service (score#Units) over the stored units and remittances, without Moqui: as
 * the screening's read pass ({@link hpf.compliance.core.screening.StoredScreening}), every unit and every remittance
 * is streamed ordered by {@code unitId} alone and matched by {@link SameOrderMerge}; one unit's rows are held at a
 * time, and only the {@code top} highest scores are kept (a bounded heap), so memory does not grow with the city.
 */
public final class StoredRiskScoring {
    private StoredRiskScoring() {}

    public static final List<String> UNIT_FIELDS = List.of("unitId", "unitName", "branchId", "accountStatusEnumId",
            "openedDate", "sealedClosedDate", "workerCount", "monthlyDueAmount", "paydayOfMonth");
    public static final List<String> REMITTANCE_FIELDS = List.of("unitId", "remitMonth", "remitTypeEnumId", "dueAmount",
            "paidAmount", "paidDate", "workerCount", "sealedWorkerCount");
    public static final String ORDER_BY = "unitId";

    /**
     * What to score: the branches (null or empty: every branch), month M and the day up to which payments are known,
     * the enumeration maps, each unit's ended application periods, how many of the highest scores to keep.
     */
    public record Settings(RiskConfig config, int asOfMonth, LocalDate knownUntil, Set<String> branchIds,
                           Map<String, AccountStatus> statusByEnumId, Map<String, BusinessType> typeByEnumId,
                           Map<String, List<ExpiredTerms>> termsByUnit, int top) {}

    /** A kept score with its unit's branch. */
    public record Scored(String unitId, String branchId, RiskScore score) {}

    public static final class Result {
        private final List<Scored> top = new ArrayList<>();
        private long units, eligible, flagged;

        /** The highest scores, highest first (ties by unit id), at most {@code top}. */
        public List<Scored> top() { return top; }

        /** Units of the branches read. */
        public long units() { return units; }

        /** Units scored (normal accounts owing nothing as of M). */
        public long eligible() { return eligible; }

        /** Units with a score above 0. */
        public long flagged() { return flagged; }
    }

    static final Comparator<Scored> ORDER = Comparator.comparingDouble((Scored s) -> s.score().score()).reversed()
            .thenComparing(Scored::unitId);

    public static Result run(MergeJoinScreening.Source<? extends Map<String, ?>> units,
                             MergeJoinScreening.Source<? extends Map<String, ?>> remittances, Settings settings) {
        return runRows(units::next, r -> (String) r.get("unitId"), r -> (String) r.get("branchId"),
                r -> r.get("openedDate") != null, r -> unit(r, settings.statusByEnumId()),
                remittances::next, r -> (String) r.get("unitId"), r -> line(r, settings.typeByEnumId()), settings);
    }

    /**
     * The same pass over the typed rows of the shared JDBC read pass ({@link StoreCursor}, as the screening reads
     * them); the stored remittances carry no worker counts.
     */
    public static Result runStored(MergeJoinScreening.Source<StoredUnit> units,
                                   MergeJoinScreening.Source<StoredRemittance> remittances, Settings settings) {
        return runRows(units, StoredUnit::unitId, StoredUnit::branchId, u -> u.openedDate() != null,
                u -> unit(u, settings.statusByEnumId()), remittances, StoredRemittance::unitId,
                r -> line(r, settings.typeByEnumId()), settings);
    }

    private static <U, R> Result runRows(MergeJoinScreening.Source<U> units, Function<U, String> unitKey,
                                         Function<U, String> branchOf, Predicate<U> opened, Function<U, UnitAccount> account,
                                         MergeJoinScreening.Source<R> remittances, Function<R, String> rowKey,
                                         Function<R, HistoryLine> lineOf, Settings settings) {
        Result result = new Result();
        RiskScorer scorer = new RiskScorer(settings.config());
        PriorityQueue<Scored> heap = new PriorityQueue<>(ORDER.reversed()); // worst kept score at the head
        List<HistoryLine> lines = new ArrayList<>(64);
        Set<String> branches = settings.branchIds();
        SameOrderMerge.<U, R>run(units, unitKey, remittances, rowKey, (row, rows) -> {
                    String branchId = branchOf.apply(row);
                    if (branches != null && !branches.isEmpty() && !branches.contains(branchId)) return;
                    result.units++;
                    if (!opened.test(row)) return;
                    lines.clear();
                    for (R r : rows) lines.add(lineOf.apply(r));
                    UnitAccount unit = account.apply(row);
                    RiskScore s = scorer.score(unit, lines, settings.termsByUnit().getOrDefault(unit.accountNo(), List.of()),
                            settings.asOfMonth(), settings.knownUntil());
                    if (!s.eligible()) return;
                    result.eligible++;
                    if (s.score() <= 0) return;
                    result.flagged++;
                    Scored kept = new Scored(unit.accountNo(), branchId, s);
                    if (heap.size() < settings.top()) heap.add(kept);
                    else if (settings.top() > 0 && ORDER.compare(kept, heap.peek()) < 0) {
                        heap.poll();
                        heap.add(kept);
                    }
                });
        result.top.addAll(heap);
        result.top.sort(ORDER);
        return result;
    }

    static UnitAccount unit(StoredUnit u, Map<String, AccountStatus> statusByEnumId) {
        AccountStatus s = u.accountStatusEnumId() == null ? null : statusByEnumId.get(u.accountStatusEnumId());
        Integer pd = u.paydayOfMonth();
        return new UnitAccount(u.unitId(), u.unitName(), null, u.branchId(), s == null ? AccountStatus.OTHER : s,
                u.openedDate(), u.sealedClosedDate(), u.workerCount() == null ? 0 : u.workerCount(),
                cents(u.monthlyDueAmount()), null, null, null, null, null, pd != null && pd >= 1 && pd <= 31 ? pd : null, null, 0);
    }

    static HistoryLine line(StoredRemittance r, Map<String, BusinessType> typeByEnumId) {
        BusinessType t = r.remitTypeEnumId() == null ? null : typeByEnumId.get(r.remitTypeEnumId());
        return new HistoryLine(r.monthIndex(), t == null ? BusinessType.REGULAR : t, r.dueCents(), r.paidCents(),
                r.paidDate(), r.workerCount(), r.sealedWorkerCount());
    }

    static UnitAccount unit(Map<String, ?> row, Map<String, AccountStatus> statusByEnumId) {
        Object status = row.get("accountStatusEnumId");
        AccountStatus s = status == null ? null : statusByEnumId.get(status);
        Object payday = row.get("paydayOfMonth");
        Object workers = row.get("workerCount");
        Integer pd = payday == null ? null : ((Number) payday).intValue();
        return new UnitAccount((String) row.get("unitId"), (String) row.get("unitName"), null, (String) row.get("branchId"),
                s == null ? AccountStatus.OTHER : s, date(row.get("openedDate")), date(row.get("sealedClosedDate")),
                workers == null ? 0 : ((Number) workers).intValue(), cents(row.get("monthlyDueAmount")), null, null, null,
                null, null, pd != null && pd >= 1 && pd <= 31 ? pd : null, null, 0);
    }

    static HistoryLine line(Map<String, ?> row, Map<String, BusinessType> typeByEnumId) {
        Object type = row.get("remitTypeEnumId");
        BusinessType t = type == null ? null : typeByEnumId.get(type);
        Object w = row.get("workerCount");
        Object s = row.get("sealedWorkerCount");
        return new HistoryLine(Months.parseIndex((String) row.get("remitMonth")), t == null ? BusinessType.REGULAR : t,
                cents(row.get("dueAmount")), cents(row.get("paidAmount")), date(row.get("paidDate")),
                w == null ? null : ((Number) w).intValue(), s == null ? null : ((Number) s).intValue());
    }

    static long cents(Object v) {
        if (v == null) return 0;
        BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        return Money.toCents(d.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    static LocalDate date(Object v) {
        if (v == null) return null;
        if (v instanceof LocalDate d) return d;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().toLocalDate();
        throw new IllegalArgumentException("not a date: " + v.getClass().getName());
    }
}
