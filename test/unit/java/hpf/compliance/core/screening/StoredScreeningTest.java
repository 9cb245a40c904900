package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoredScreeningTest {
    static final ScreeningParams PLAN = Fixtures.PLAN; // C = 2025-02, A = 2026-02, k = 3

    /** The enumerations as the service reads them (data/HpfTypeData.xml). */
    static final Map<String, AccountStatus> STATUS = Map.of("HpfAcsNormal", AccountStatus.NORMAL, "HpfAcsOpening",
            AccountStatus.OPENING, "HpfAcsDeferred", AccountStatus.DEFERRED, "HpfAcsClosed", AccountStatus.CLOSED,
            "HpfAcsSealed", AccountStatus.SEALED, "HpfAcsOther", AccountStatus.OTHER);
    static final Map<String, BusinessType> TYPES = Map.of("HpfRtRegular", BusinessType.REGULAR, "HpfRtBackPay",
            BusinessType.BACK_PAYMENT);

    static Map<String, Object> unitRow(String id, String branch, String statusEnumId, String opened) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unitId", id);
        r.put("unitName", "单位" + id);
        r.put("branchId", branch);
        r.put("accountStatusEnumId", statusEnumId);
        r.put("openedDate", opened == null ? null : java.sql.Date.valueOf(opened));
        r.put("sealedClosedDate", null);
        r.put("workerCount", 5L);
        r.put("monthlyDueAmount", new BigDecimal("1000.0000"));
        return r;
    }

    static Map<String, Object> remRow(String id, String month, String typeEnumId, String due, String paid) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unitId", id);
        r.put("remitMonth", month);
        r.put("remitTypeEnumId", typeEnumId);
        r.put("dueAmount", due == null ? null : new BigDecimal(due));
        r.put("paidAmount", paid == null ? null : new BigDecimal(paid));
        r.put("paidDate", null);
        return r;
    }

    /** Every month from {@code from} to {@code thru} paid in full. */
    static List<Map<String, Object>> paid(String id, String from, String thru) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(thru)); m = m.plusMonths(1)) {
            rows.add(remRow(id, Months.format(m), "HpfRtRegular", "1000.00", "1000.00"));
        }
        return rows;
    }

    /** Units and remittances ordered the way an en_US.UTF-8 database returns {@code ORDER BY unitId}. */
    static StoredScreening.Result run(List<Map<String, Object>> units, List<Map<String, Object>> rems,
                                      StoredScreening.Settings settings) {
        Comparator<Map<String, Object>> byId = Comparator.comparing(r -> (String) r.get("unitId"), SameOrderMergeTest.EN_US_LIKE);
        List<Map<String, Object>> u = new ArrayList<>(units);
        List<Map<String, Object>> r = new ArrayList<>(rems);
        u.sort(byId);
        r.sort(byId);
        return StoredScreening.run(SameOrderMergeTest.source(u), SameOrderMergeTest.source(r), settings);
    }

    static List<String> ids(List<UnitScreening> list) {
        return list.stream().map(s -> s.unit().accountNo()).sorted().toList();
    }

    @Test
    void aSurveyOfOneBranchUnderACollationJavaDoesNotShare() {
        List<Map<String, Object>> units = List.of(
                unitRow("PROBE_1", "YQ01", "HpfAcsNormal", "2023-01-05"),   // paid up: clear, has a target: cleared
                unitRow("PROBEA", "YQ01", "HpfAcsNormal", "2023-01-05"),    // stopped after 2024-12: target (stopped)
                unitRow("a-1", "YQ01", "HpfAcsNormal", "2023-01-05"),       // unpaid since 2025-06: new arrears
                unitRow("A_2", "YQ01", "HpfAcsDeferred", "2023-01-05"),     // deferred
                unitRow("10", "YQ01", null, null),                          // no opening date: counted, not screened
                unitRow("9", "YQ02", "HpfAcsNormal", "2023-01-05"),         // another branch: not screened
                unitRow("8", "YQ02", "HpfAcsNormal", null));                // another branch, no date: not counted
        List<Map<String, Object>> rems = new ArrayList<>();
        rems.addAll(paid("PROBE_1", "2023-01", "2026-02"));
        rems.addAll(paid("PROBEA", "2023-01", "2024-12"));
        rems.addAll(paid("a-1", "2023-01", "2025-05"));
        rems.addAll(paid("10", "2023-01", "2026-02"));
        rems.addAll(paid("9", "2023-01", "2023-06"));
        StoredScreening.Result r = run(units, rems, new StoredScreening.Settings(PLAN, true, "YQ01", STATUS, TYPES,
                Set.of("PROBE_1", "a-1", "9")));
        assertEquals(4, r.units());
        assertEquals(1, r.noOpenDate());
        assertEquals(List.of("PROBEA"), ids(r.targets()));
        assertEquals(ArrearsType.STOPPED, r.targets().get(0).type());
        assertEquals(14, r.targets().get(0).owedMonths(), "2025-01..2026-02: it got its own 24 records, no other unit's");
        assertEquals(1, r.targetCount());
        assertEquals(1, r.stopped());
        assertEquals(0, r.arrears());
        assertEquals(List.of("a-1"), ids(r.alerts()));
        assertEquals(1, r.newArrears());
        assertEquals(List.of("PROBE_1", "a-1"), ids(r.cleared()), "targets that no longer owe before the cut-off");
        assertEquals(1, r.deferred());
    }

    @Test
    void aMonitoringRunCountsNewArrearsByTypeAndKeepsNoTargets() {
        List<Map<String, Object>> units = List.of(unitRow("A", "YQ01", "HpfAcsNormal", "2023-01-05"),
                unitRow("B", "YQ02", "HpfAcsNormal", "2023-01-05"));
        List<Map<String, Object>> rems = new ArrayList<>(paid("A", "2023-01", "2025-05"));
        rems.addAll(paid("B", "2023-01", "2025-12"));
        rems.add(remRow("B", "2026-01", "HpfRtRegular", "1000.00", "400.00"));
        StoredScreening.Result r = run(units, rems, new StoredScreening.Settings(PLAN, false, null, STATUS, TYPES, Set.of("A")));
        assertEquals(2, r.units());
        assertEquals(List.of(), r.targets());
        assertEquals(List.of("A", "B"), ids(r.alerts()));
        assertEquals(2, r.newArrears());
        assertEquals(1, r.stopped(), "A paid nothing for the last three months");
        assertEquals(1, r.arrears());
        assertEquals(List.of(), r.cleared(), "monitoring runs leave targets alone");
    }

    @Test
    void unitsWithAnOpenAlertAndNoNewArrearsAreHandedBackWithWhatTheyOwe() {
        List<Map<String, Object>> units = List.of(unitRow("A", "YQ01", "HpfAcsNormal", "2023-01-05"),
                unitRow("B", "YQ01", "HpfAcsNormal", "2023-01-05"), unitRow("C", "YQ01", "HpfAcsNormal", "2023-01-05"));
        List<Map<String, Object>> rems = new ArrayList<>(paid("A", "2023-01", "2026-02"));   // paid up
        rems.addAll(paid("B", "2023-01", "2025-12"));                                       // still new arrears
        rems.addAll(paid("C", "2023-01", "2026-02"));                                       // paid up, no alert
        StoredScreening.Result r = run(units, rems, new StoredScreening.Settings(PLAN, false, null, STATUS, TYPES,
                Set.of(), Set.of("A", "B")));
        assertEquals(List.of("B"), ids(r.alerts()));
        assertEquals(List.of("A"), ids(r.alertsLeft()), "only units with an open alert and no new arrears");
        assertEquals(0, r.alertsLeft().get(0).amountOwed().signum());
    }

    @Test
    void rowsConvertAsTheDatabaseGivesThem() {
        Map<String, Object> row = unitRow("A", "YQ01", "HpfAcsUnknown", null);
        row.put("openedDate", LocalDate.of(2024, 3, 9));
        row.put("sealedClosedDate", java.sql.Timestamp.valueOf("2025-07-01 00:00:00"));
        row.put("workerCount", 7);
        row.put("monthlyDueAmount", null);
        UnitAccount u = StoredScreening.unit(row, STATUS);
        assertEquals(AccountStatus.OTHER, u.status(), "an unknown status is OTHER");
        assertEquals(LocalDate.of(2024, 3, 9), u.openedDate());
        assertEquals(LocalDate.of(2025, 7, 1), u.sealedOrClosedDate());
        assertEquals(7, u.workers());
        assertEquals(0, u.monthlyDueCents());
        assertEquals(AccountStatus.OTHER, StoredScreening.unit(unitRow("B", "YQ01", null, "2024-01-01"), STATUS).status());

        RemittanceLine l = StoredScreening.remittance(remRow("A", "2025-02", null, "12.3400", null), TYPES);
        assertEquals(BusinessType.REGULAR, l.type(), "a missing type is a regular remittance");
        assertEquals(1234, l.dueCents());
        assertEquals(0, l.paidCents());
        assertEquals(Months.parseIndex("2025-02"), l.monthIndex());
        assertEquals(BusinessType.BACK_PAYMENT, StoredScreening.remittance(remRow("A", "2025-02", "HpfRtBackPay", "1", "1"), TYPES).type());
        assertThrows(IllegalArgumentException.class, () -> StoredScreening.date("2025-01-01"));
    }

    @Test
    void aRemittanceWithoutItsUnitStopsTheRun() {
        List<Map<String, Object>> units = List.of(unitRow("A", "YQ01", "HpfAcsNormal", "2023-01-05"));
        List<Map<String, Object>> rems = List.of(remRow("A", "2025-01", "HpfRtRegular", "1", "1"),
                remRow("Z", "2025-01", "HpfRtRegular", "1", "1"));
        UnmatchedRowsException e = assertThrows(UnmatchedRowsException.class,
                () -> run(units, rems, new StoredScreening.Settings(PLAN, true, null, STATUS, TYPES, Set.of())));
        assertEquals("Z", e.key());
    }

    // ---- the same results as before, under any database order

    /** The previous service's classification of one result, written out plainly as the reference. */
    static void classifyAsBefore(UnitScreening s, boolean survey, Set<String> withTarget, Map<String, Long> counts,
                                 List<UnitScreening> targets, List<UnitScreening> cleared, List<UnitScreening> alerts) {
        counts.merge("units", 1L, Long::sum);
        String unitId = s.unit().accountNo();
        switch (s.outcome()) {
            case TARGET:
                counts.merge("targets", 1L, Long::sum);
                counts.merge(s.type() == ArrearsType.STOPPED ? "stopped" : "arrears", 1L, Long::sum);
                if (survey) targets.add(s);
                break;
            case NEW_ARREARS:
                counts.merge("newArrears", 1L, Long::sum);
                if (!survey) counts.merge(s.type() == ArrearsType.STOPPED ? "stopped" : "arrears", 1L, Long::sum);
                alerts.add(s);
                if (survey && withTarget.contains(unitId)) cleared.add(s);
                break;
            case DEFERRED:
                counts.merge("deferred", 1L, Long::sum);
                break;
            default:
                if (survey && withTarget.contains(unitId)) cleared.add(s);
        }
    }

    static final String[] STATUS_IDS = {"HpfAcsNormal", "HpfAcsNormal", "HpfAcsNormal", "HpfAcsOpening", "HpfAcsDeferred",
            "HpfAcsClosed", "HpfAcsSealed", "HpfAcsOther", null};

    /**
     * A random city: 0..40 units in two branches (some without an opening date), 0..30 remittance rows each with
     * random months, dues and payments, ids from {@link SameOrderMergeTest#ID_ALPHABET}, a random database order, a
     * survey or a monitoring run, of one branch or all, and some units with a target already. Boundaries: no units;
     * units without remittances only.
     */
    static Stream<Arguments> cities() {
        return Cases.of(300)
                .boundary(List.of(), List.of(), 7L, true, null)
                .boundary(List.of(unitRow("a", "YQ01", "HpfAcsNormal", "2024-01-01"), unitRow("A", "YQ01", "HpfAcsNormal", "2024-01-01")),
                        List.of(), 7L, true, "YQ01")
                .random(g -> {
                    List<Map<String, Object>> units = new ArrayList<>();
                    List<Map<String, Object>> rems = new ArrayList<>();
                    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
                    int n = g.between(0, 40);
                    while (ids.size() < n) ids.add(g.string(1, 5, SameOrderMergeTest.ID_ALPHABET));
                    for (String id : ids) {
                        YearMonth opened = YearMonth.of(2022, 1).plusMonths(g.between(0, 52));
                        Map<String, Object> u = unitRow(id, g.oneOf("YQ01", "YQ02"), g.oneOf(STATUS_IDS),
                                g.chance(10) ? null : opened.atDay(g.between(1, 28)).toString());
                        if (g.chance(20)) u.put("sealedClosedDate", java.sql.Date.valueOf(opened.plusMonths(g.between(0, 40)).atDay(15)));
                        u.put("monthlyDueAmount", BigDecimal.valueOf(g.between(0, 500_000), 2));
                        units.add(u);
                        for (int i = g.between(0, 30); i > 0; i--) {
                            String due = BigDecimal.valueOf(g.between(0, 500_000), 2).toPlainString();
                            rems.add(remRow(id, Months.format(opened.plusMonths(g.between(-2, 50))), g.oneOf("HpfRtRegular", "HpfRtBackPay", null),
                                    due, g.chance(60) ? due : BigDecimal.valueOf(g.between(0, 500_000), 2).toPlainString()));
                        }
                    }
                    // a remittance table holds one row per unit, month and type
                    Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
                    for (Map<String, Object> r : rems) unique.put(r.get("unitId") + "|" + r.get("remitMonth") + "|" + r.get("remitTypeEnumId"), r);
                    return arguments(units, new ArrayList<>(unique.values()), g.random().nextLong(), g.chance(50),
                            g.chance(50) ? null : g.oneOf("YQ01", "YQ02"));
                });
    }

    @Property
    @MethodSource("cities")
    void findsWhatThePreviousServiceFoundWhateverTheDatabaseOrder(List<Map<String, Object>> units, List<Map<String, Object>> rems,
                                                                  long orderSeed, boolean survey, String branchId) {
        Set<String> withTarget = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i += 3) withTarget.add((String) units.get(i).get("unitId"));
        StoredScreening.Settings settings = new StoredScreening.Settings(PLAN, survey, branchId, STATUS, TYPES, withTarget);

        // the database: some total order on the ids, the same for both tables
        List<String> order = new ArrayList<>(units.stream().map(u -> (String) u.get("unitId")).toList());
        Collections.shuffle(order, new java.util.Random(orderSeed));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) rank.put(order.get(i), i);
        Comparator<Map<String, Object>> dbOrder = Comparator.comparing(r -> rank.get((String) r.get("unitId")));
        List<Map<String, Object>> u = new ArrayList<>(units);
        List<Map<String, Object>> r = new ArrayList<>(rems);
        u.sort(dbOrder);
        r.sort(dbOrder);
        StoredScreening.Result got = StoredScreening.run(SameOrderMergeTest.source(u), SameOrderMergeTest.source(r), settings);

        // the reference: the previous service's path — its branch and opening-date filter on the units, the merge-join
        // in Java's order, its classification
        List<UnitAccount> typedUnits = new ArrayList<>();
        long noOpenDate = 0;
        for (Map<String, Object> row : units) {
            if (branchId != null && !branchId.equals(row.get("branchId"))) continue;
            if (row.get("openedDate") == null) {
                noOpenDate++;
                continue;
            }
            typedUnits.add(StoredScreening.unit(row, STATUS));
        }
        typedUnits.sort(Comparator.comparing(UnitAccount::accountNo));
        List<RemittanceLine> typedRems = new ArrayList<>(rems.stream().map(x -> StoredScreening.remittance(x, TYPES)).toList());
        typedRems.sort(Comparator.comparing(RemittanceLine::accountNo));
        Map<String, Long> counts = new HashMap<>();
        List<UnitScreening> targets = new ArrayList<>(), cleared = new ArrayList<>(), alerts = new ArrayList<>();
        MergeJoinScreening.run(SameOrderMergeTest.source(typedUnits), SameOrderMergeTest.source(typedRems), PLAN,
                s -> classifyAsBefore(s, survey, withTarget, counts, targets, cleared, alerts));

        Comparator<UnitScreening> byUnit = Comparator.comparing(s -> s.unit().accountNo());
        assertEquals(targets.stream().sorted(byUnit).toList(), got.targets().stream().sorted(byUnit).toList());
        assertEquals(cleared.stream().sorted(byUnit).toList(), got.cleared().stream().sorted(byUnit).toList());
        assertEquals(alerts.stream().sorted(byUnit).toList(), got.alerts().stream().sorted(byUnit).toList());
        assertEquals(counts.getOrDefault("units", 0L), got.units());
        assertEquals(counts.getOrDefault("targets", 0L), got.targetCount());
        assertEquals(counts.getOrDefault("arrears", 0L), got.arrears());
        assertEquals(counts.getOrDefault("stopped", 0L), got.stopped());
        assertEquals(counts.getOrDefault("newArrears", 0L), got.newArrears());
        assertEquals(counts.getOrDefault("deferred", 0L), got.deferred());
        assertEquals(noOpenDate, got.noOpenDate());
    }
}
