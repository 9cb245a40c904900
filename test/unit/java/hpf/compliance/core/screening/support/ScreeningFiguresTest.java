package hpf.compliance.core.screening.support;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.ArrearsType;
import hpf.compliance.core.screening.MergeJoinScreening;
import hpf.compliance.core.screening.Outcome;
import hpf.compliance.core.screening.Reason;
import hpf.compliance.core.screening.ScreeningParams;
import hpf.compliance.core.screening.UnitScreener;
import hpf.compliance.core.screening.UnitScreening;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningFiguresTest {
    static final ScreeningParams PARAMS = ScreeningParams.of(YearMonth.of(2025, 2), YearMonth.of(2026, 2), 3);

    /** Opened 2024-01, paid through 2024-12, nothing since: stopped, first owed 2025-01 (a target). */
    static UnitScreening stoppedUnit() {
        UnitAccount u = UnitAccount.of("U1", "单位甲", "YQ01", AccountStatus.NORMAL, LocalDate.of(2024, 1, 10), null, 12,
                new BigDecimal("1000.00"));
        List<RemittanceLine> lines = new ArrayList<>();
        for (int m = 1; m <= 12; m++) lines.add(RemittanceLine.of("U1", YearMonth.of(2024, m), BusinessType.REGULAR,
                new BigDecimal("1000.00"), new BigDecimal("1000.00"), null));
        return UnitScreener.screen(u, lines, PARAMS);
    }

    @Test
    void figuresOfATarget() {
        UnitScreening s = stoppedUnit();
        assertEquals(Outcome.TARGET, s.outcome());
        Map<String, Object> f = ScreeningFigures.figures(s);
        assertEquals("2025-01", f.get("firstOwedMonth"));
        assertEquals(14L, f.get("owedMonths"));
        assertEquals(0, new BigDecimal("14000.00").compareTo((BigDecimal) f.get("amountOwed")));
        assertEquals("2024-12", f.get("paidThroughMonth"));
        assertEquals(12L, f.get("workerCount"));
        assertTrue(((String) f.get("reasonCodes")).contains("STOPPED_K_MONTHS"));
        assertEquals("HpfTtStopped", ScreeningFigures.targetTypeEnumId(s.type()));
        assertEquals("HpfAltNewStop", ScreeningFigures.alertTypeEnumId(ArrearsType.STOPPED));
        assertEquals("HpfAltNewArrears", ScreeningFigures.alertTypeEnumId(ArrearsType.ARREARS));
        // only figures: nothing a person records
        assertFalse(f.containsKey("statusId"));
        assertFalse(f.containsKey("assignedUserId"));
    }

    @Test
    void clearedFiguresOweNothingButKeepPaidThrough() {
        Map<String, Object> f = ScreeningFigures.cleared(stoppedUnit());
        assertNull(f.get("firstOwedMonth"));
        assertEquals(0L, f.get("owedMonths"));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) f.get("amountOwed")));
        assertEquals("2024-12", f.get("paidThroughMonth"));
    }

    @Test
    void reasonCodesAreSortedAndFitTheField() {
        assertNull(ScreeningFigures.reasonCodes(EnumSet.noneOf(Reason.class)));
        assertEquals("OWED_MONTHS,UNDERPAID", ScreeningFigures.reasonCodes(EnumSet.of(Reason.UNDERPAID, Reason.OWED_MONTHS)));
        String all = ScreeningFigures.reasonCodes(EnumSet.allOf(Reason.class));
        assertTrue(all.length() <= ScreeningFigures.REASON_CODES_MAX);
        assertFalse(all.endsWith(","));
    }

    @Test
    void listenerFeedsEveryResult() {
        Iterator<UnitAccount> units = List.of(UnitAccount.of("U1", "甲", "YQ01", AccountStatus.NORMAL,
                LocalDate.of(2024, 1, 1), null, 1, new BigDecimal("10.00"))).iterator();
        List<UnitScreening> seen = new ArrayList<>();
        MergeJoinScreening.run(() -> units.hasNext() ? units.next() : null, () -> null, PARAMS,
                ScreeningFigures.listener(seen::add));
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).isTarget());
    }

    @Test
    void recordsOfATargetAndAnAlert() {
        UnitScreening s = stoppedUnit();
        java.sql.Timestamp now = java.sql.Timestamp.valueOf("2026-03-20 10:00:00");
        Map<String, Object> refresh = ScreeningFigures.targetRefresh(s, "T1", "R2");
        assertEquals(Map.of("targetId", "T1", "lastRunId", "R2", "branchId", "YQ01", "targetTypeEnumId", "HpfTtStopped"),
                Map.of("targetId", refresh.get("targetId"), "lastRunId", refresh.get("lastRunId"),
                        "branchId", refresh.get("branchId"), "targetTypeEnumId", refresh.get("targetTypeEnumId")));
        assertEquals(14L, refresh.get("owedMonths"));
        assertFalse(refresh.containsKey("statusId"), "a refresh leaves the status as staff set it");

        Map<String, Object> created = ScreeningFigures.newTarget(s, "C1", "R2", now);
        assertFalse(created.containsKey("targetId"), "sequenced on create");
        assertEquals("U1", created.get("unitId"));
        assertEquals("C1", created.get("campaignId"));
        assertEquals("HpfTgtIdentified", created.get("statusId"));
        assertEquals(now, created.get("identifiedDate"));
        assertEquals("R2", created.get("identifiedRunId"));
        assertEquals("R2", created.get("lastRunId"));
        assertEquals(created.get("amountOwed"), created.get("initialAmountOwed"));

        Map<String, Object> cleared = ScreeningFigures.clearedTarget(s, "T1", "R3");
        assertEquals(0L, cleared.get("owedMonths"));
        assertEquals("T1", cleared.get("targetId"));
        assertEquals("R3", cleared.get("lastRunId"));

        assertEquals("A1", ScreeningFigures.alertRefresh(s, "A1").get("alertId"));
        Map<String, Object> alert = ScreeningFigures.newAlert(s, null, "R2", now);
        assertEquals("U1", alert.get("unitId"));
        assertEquals("YQ01", alert.get("branchId"));
        assertNull(alert.get("campaignId"));
        assertEquals("R2", alert.get("screeningRunId"));
        assertEquals("HpfAltNewStop", alert.get("alertTypeEnumId"));
        assertEquals("HpfAlrOpen", alert.get("statusId"));
        assertEquals(now, alert.get("detectedDate"));
    }
}
