package hpf.compliance.core.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredRiskScoringTest {
    static final int M = Months.toIndex(YearMonth.of(2026, 2));

    /** Units A (drift: paid 12 days late in the last 3 months), B (fell from 50 to 30 workers), C (steady), D other branch. */
    static List<List<Map<String, Object>>> city() {
        List<Map<String, Object>> units = new ArrayList<>(), rems = new ArrayList<>();
        for (String id : List.of("A", "B", "C", "D")) {
            units.add(new HashMap<>(Map.of("unitId", id, "unitName", "单位" + id, "branchId", id.equals("D") ? "B2" : "B1",
                    "accountStatusEnumId", "N", "openedDate", Date.valueOf("2024-03-01"), "workerCount", 50,
                    "monthlyDueAmount", new BigDecimal("10000.00"), "paydayOfMonth", 10)));
            for (int m = M - 23; m <= M; m++) {
                int day = (id.equals("A") || id.equals("D")) && m > M - 3 ? 27 : 15;
                int workers = id.equals("B") && m == M ? 30 : 50;
                rems.add(new HashMap<>(Map.of("unitId", id, "remitMonth", Months.formatIndex(m), "remitTypeEnumId", "R",
                        "dueAmount", new BigDecimal("10000.00"), "paidAmount", new BigDecimal("10000.00"),
                        "paidDate", Date.valueOf(Months.fromIndex(m).atDay(day)), "workerCount", workers, "sealedWorkerCount", 0)));
            }
        }
        return List.of(units, rems);
    }

    static StoredRiskScoring.Result run(Set<String> branches, int top, RiskConfig config) {
        List<List<Map<String, Object>>> c = city();
        Iterator<Map<String, Object>> u = c.get(0).iterator(), r = c.get(1).iterator();
        return StoredRiskScoring.run(() -> u.hasNext() ? u.next() : null, () -> r.hasNext() ? r.next() : null,
                new StoredRiskScoring.Settings(config, M, LocalDate.of(2026, 2, 28), branches,
                        Map.of("N", AccountStatus.NORMAL), Map.of("R", BusinessType.REGULAR), Map.of(), top));
    }

    @Test
    void keepsTheHighestScoresOfTheBranchesAsked() {
        StoredRiskScoring.Result all = run(null, 10, RiskConfig.defaults());
        assertEquals(4, all.units());
        assertEquals(4, all.eligible());
        assertEquals(3, all.flagged());
        assertEquals(List.of("A", "D", "B"), all.top().stream().map(StoredRiskScoring.Scored::unitId).toList());
        assertEquals("近3个月平均晚缴 12 天（上年同期 0 天），推迟 12 天", all.top().get(0).score().reasonText());
        assertEquals("缴存人数由 50 人降至 30 人（近6个月减少 40%）", all.top().get(2).score().reasonText());

        StoredRiskScoring.Result b1 = run(Set.of("B1"), 1, RiskConfig.defaults());
        assertEquals(3, b1.units());
        assertEquals(List.of("A"), b1.top().stream().map(StoredRiskScoring.Scored::unitId).toList());

        RiskConfig tuned = RiskConfig.defaults().with(RiskSignal.LATE_DRIFT, new SignalSetting(5, 5, 15));
        assertEquals(List.of("B", "A"), run(Set.of("B1"), 2, tuned).top().stream().map(StoredRiskScoring.Scored::unitId).toList());
    }
}
