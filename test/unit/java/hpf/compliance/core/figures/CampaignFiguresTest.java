package hpf.compliance.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hpf.compliance.core.figures.CampaignFigures.Kind;
import hpf.compliance.core.figures.CampaignFigures.State;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignFiguresTest {
    @Test
    void targetGroupsMakeTheTargetRectifiedRecoveredAndOutstandingFigures() {
        CampaignFigures f = new CampaignFigures().branch("B1", "城区").branch("B2", "矿区")
                .targets("B1", Kind.ARREARS, State.OPEN, 3, new BigDecimal("3000"), new BigDecimal("100"))
                .targets("B1", Kind.STOPPED, State.RECTIFIED, 2, BigDecimal.ZERO, new BigDecimal("5000.5"))
                .targets("B1", Kind.ARREARS, State.OTHER_RESOLVED, 1, new BigDecimal("800"), null)
                .targets("B2", Kind.OTHER, State.OPEN, 4, new BigDecimal("40"), BigDecimal.ZERO)
                .targets("ELSEWHERE", Kind.ARREARS, State.OPEN, 9, new BigDecimal("9"), null);
        Map<String, Object> b1 = f.rows().get(0);
        assertEquals("B1", b1.get("branchId"));
        assertEquals(6L, b1.get("targetCount"));
        assertEquals(4L, b1.get("arrearsCount"));
        assertEquals(2L, b1.get("stoppedCount"));
        assertEquals(2L, b1.get("rectifiedCount"));
        assertEquals(new BigDecimal("5100.50"), b1.get("recoveredAmount"));
        assertEquals(3L, b1.get("outstandingCount"));
        assertEquals(new BigDecimal("3000.00"), b1.get("outstandingAmount"));
        Map<String, Object> b2 = f.rows().get(1);
        assertEquals(4L, b2.get("targetCount"));
        assertEquals(0L, b2.get("arrearsCount"));
        assertEquals(4L, b2.get("outstandingCount"));
        assertEquals(10L, f.totals().get("targetCount"));
        assertEquals(new BigDecimal("3040.00"), f.totals().get("outstandingAmount"));
        assertEquals(2, f.rows().size());
    }

    @Test
    void targetsResolvedAfterTheDateWereOutstandingOnItForWhatTheyOwedWhenIdentified() {
        CampaignFigures f = new CampaignFigures().branch("B1", "城区")
                .targets("B1", Kind.ARREARS, State.RECTIFIED, 5, BigDecimal.ZERO, new BigDecimal("10000"))
                .targets("B1", Kind.ARREARS, State.OTHER_RESOLVED, 2, new BigDecimal("700"), BigDecimal.ZERO)
                .resolvedLater("B1", State.RECTIFIED, 2, new BigDecimal("4000"), new BigDecimal("4000"))
                .resolvedLater("B1", State.OTHER_RESOLVED, 1, new BigDecimal("900"), BigDecimal.ZERO)
                .resolvedLater("B1", State.OPEN, 7, new BigDecimal("1"), BigDecimal.ONE);
        Map<String, Object> b1 = f.rows().get(0);
        assertEquals(7L, b1.get("targetCount"));
        assertEquals(3L, b1.get("rectifiedCount"));
        assertEquals(new BigDecimal("6000.00"), b1.get("recoveredAmount"));
        assertEquals(3L, b1.get("outstandingCount"));
        assertEquals(new BigDecimal("4900.00"), b1.get("outstandingAmount"));
    }

    @Test
    void countsAddUpPerBranchAndEveryKeyIsInEveryRowAndTheTotals() {
        CampaignFigures f = new CampaignFigures().branch("B1", "城区").branch("B2", "矿区")
                .count("B1", "letterIssuedCount", 4).count("B1", "letterIssuedCount", 1).count("B2", "orderCount", 2)
                .count("NOT_SHOWN", "orderCount", 5);
        List<Map<String, Object>> rows = f.rows();
        assertEquals(5L, rows.get(0).get("letterIssuedCount"));
        assertEquals(2L, rows.get(1).get("orderCount"));
        assertEquals(2L, f.totals().get("orderCount"));
        for (String key : CampaignFigures.KEYS) {
            assertEquals(true, rows.get(0).containsKey(key), key);
            assertEquals(true, f.totals().containsKey(key), key);
        }
        assertEquals(new BigDecimal("0.00"), f.totals().get("recoveredAmount"));
        assertThrows(IllegalArgumentException.class, () -> f.count("B1", "recoveredAmount", 1));
        assertThrows(IllegalArgumentException.class, () -> f.count("B1", "noSuchFigure", 1));
    }
}
