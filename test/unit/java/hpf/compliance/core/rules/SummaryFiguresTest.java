package hpf.compliance.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryFiguresTest {
    @Test
    void keysAreTheFigureServiceKeysInTableOrder() {
        assertEquals(List.of("targetCount", "arrearsCount", "stoppedCount", "contactedCount", "letterIssuedCount",
                "letterServedCount", "interviewCount", "orderCount", "courtReferralCount", "penaltyCount", "rectifiedCount",
                "recoveredAmount", "reductionApprovedCount", "deferralApprovedCount", "applicationRefusedCount",
                "outstandingCount", "outstandingAmount"), SummaryFigures.keys());
        assertTrue(SummaryFigures.isMoney("recoveredAmount"));
        assertTrue(SummaryFigures.isMoney("outstandingAmount"));
        assertEquals(false, SummaryFigures.isMoney("targetCount"));
        assertThrows(IllegalArgumentException.class, () -> SummaryFigures.isMoney("branchName"));
    }

    @Test
    void normalizeTurnsMissingIntoZeroAndKeepsOnlyFigures() {
        Map<String, Object> row = new HashMap<>();
        row.put("branchId", "YQ01");
        row.put("targetCount", 12);
        row.put("recoveredAmount", "1500.5");
        row.put("outstandingAmount", null);
        Map<String, Object> n = SummaryFigures.normalize(row);
        assertEquals(17, n.size());
        assertEquals(12L, n.get("targetCount"));
        assertEquals(0L, n.get("orderCount"));
        assertEquals(new BigDecimal("1500.50"), n.get("recoveredAmount"));
        assertEquals(new BigDecimal("0.00"), n.get("outstandingAmount"));
    }

    @Test
    void sumAddsEveryFigureOverTheRows() {
        Map<String, Object> a = Map.of("targetCount", 3L, "rectifiedCount", 1, "recoveredAmount", new BigDecimal("100.10"));
        Map<String, Object> b = Map.of("targetCount", 4, "rectifiedCount", 2L, "recoveredAmount", new BigDecimal("0.90"),
                "outstandingAmount", new BigDecimal("5"));
        Map<String, Object> total = SummaryFigures.sum(List.of(a, b));
        assertEquals(7L, total.get("targetCount"));
        assertEquals(3L, total.get("rectifiedCount"));
        assertEquals(new BigDecimal("101.00"), total.get("recoveredAmount"));
        assertEquals(new BigDecimal("5.00"), total.get("outstandingAmount"));
        assertEquals(0L, SummaryFigures.sum(List.of()).get("targetCount"));
        assertEquals(0L, SummaryFigures.sum(null).get("targetCount"));
    }

    @Test
    void compareReportsEachDifferingFigureAndIgnoresScale() {
        Map<String, Object> recorded = Map.of("targetCount", 5L, "recoveredAmount", new BigDecimal("12.5"), "orderCount", 2L);
        Map<String, Object> computed = Map.of("targetCount", 5, "recoveredAmount", new BigDecimal("12.50"), "orderCount", 3L);
        List<SummaryFigures.Difference> d = SummaryFigures.compare("城区管理部", recorded, computed);
        assertEquals(1, d.size());
        assertEquals("orderCount", d.get(0).key());
        assertEquals("城区管理部", d.get(0).scope());
        assertEquals(2L, d.get(0).recorded());
        assertEquals(3L, d.get(0).computed());
        assertEquals(List.of(), SummaryFigures.compare("x", computed, computed));
    }

    @Test
    void aCountWithAFractionIsRefused() {
        assertThrows(ArithmeticException.class, () -> SummaryFigures.normalize(Map.of("targetCount", new BigDecimal("1.5"))));
    }
}
