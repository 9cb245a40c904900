package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwedAsOfTest {
    static final Map<String, AccountStatus> STATUS = StoredScreeningTest.STATUS;
    static final Map<String, BusinessType> TYPES = StoredScreeningTest.TYPES;

    static Map<String, Object> rem(String month, String type, String due, String paid, String paidDate) {
        Map<String, Object> r = StoredScreeningTest.remRow("U1", month, type, due, paid);
        r.put("paidDate", paidDate == null ? null : java.sql.Date.valueOf(paidDate));
        return r;
    }

    /** Paid 2025-01 .. 2025-06 on time, owes 2025-07 .. 2026-02 (8 months × 1000), then back-pays 2025-07 and 08 on 2026-06-10. */
    static List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = m("2025-01"); i <= m("2025-06"); i++) {
            String mon = Months.formatIndex(i);
            out.add(rem(mon, "HpfRtRegular", "1000", "1000", mon + "-15"));
        }
        for (int i = m("2025-07"); i <= m("2026-02"); i++) out.add(rem(Months.formatIndex(i), "HpfRtRegular", "1000", "0", null));
        out.add(rem("2025-07", "HpfRtBackPay", "1000", "1000", "2026-06-10"));
        out.add(rem("2025-08", "HpfRtBackPay", "1000", "1000", "2026-06-10"));
        return out;
    }

    static final Map<String, Object> UNIT = StoredScreeningTest.unitRow("U1", "YQ01", "HpfAcsNormal", "2025-01-05");

    @Test
    void afterEveryPaymentTheFigureIsTheScreeningsOwn() {
        // the same rows through the screening's own read pass
        List<RemittanceLine> lines = new ArrayList<>();
        for (Map<String, Object> r : rows()) lines.add(StoredScreening.remittance(r, TYPES));
        UnitScreening screening = UnitScreener.screen(StoredScreening.unit(UNIT, STATUS), lines, PLAN);
        UnitScreening asOf = OwedAsOf.screen(UNIT, rows(), STATUS, TYPES, PLAN, LocalDate.of(2026, 7, 1));
        assertEquals(screening.owedMonths(), asOf.owedMonths());
        assertEquals(screening.amountOwedCents(), asOf.amountOwedCents());
        assertEquals(6, asOf.owedMonths());
        assertEquals(new BigDecimal("6000.00"), asOf.amountOwed());
        assertEquals(YearMonth.of(2025, 9), asOf.firstOwedMonth());
        assertEquals(YearMonth.of(2025, 8), asOf.paidThroughMonth());
    }

    @Test
    void paymentsMadeAfterTheDayCountAsUnpaid() {
        UnitScreening before = OwedAsOf.screen(UNIT, rows(), STATUS, TYPES, PLAN, LocalDate.of(2026, 6, 9));
        assertEquals(8, before.owedMonths());
        assertEquals(new BigDecimal("8000.00"), before.amountOwed());
        assertEquals(YearMonth.of(2025, 7), before.firstOwedMonth());
        UnitScreening onTheDay = OwedAsOf.screen(UNIT, rows(), STATUS, TYPES, PLAN, LocalDate.of(2026, 6, 10));
        assertEquals(6, onTheDay.owedMonths());
    }

    @Test
    void monthsNotYetOverAreNotOwedAndTheCampaignsLastMonthBounds() {
        // on 2025-12-01 the months up to 2025-11 are over: 2025-07 .. 2025-11 owed
        UnitScreening dec = OwedAsOf.screen(UNIT, rows(), STATUS, TYPES, PLAN, LocalDate.of(2025, 12, 1));
        assertEquals(5, dec.owedMonths());
        assertEquals(YearMonth.of(2025, 11), OwedAsOf.params(PLAN, LocalDate.of(2025, 12, 1)).assess());
        // months after the campaign's assessment month are not this campaign's (monitoring raises them)
        assertEquals(YearMonth.of(2026, 2), OwedAsOf.params(PLAN, LocalDate.of(2026, 12, 6)).assess());
        assertEquals(PLAN.cutoff(), OwedAsOf.params(PLAN, LocalDate.of(2026, 12, 6)).cutoff());
    }

    @Test
    void aUnitWithoutOpeningDateIsRefused() {
        Map<String, Object> noDate = new LinkedHashMap<>(UNIT);
        noDate.put("openedDate", null);
        assertThrows(IllegalArgumentException.class, () -> OwedAsOf.screen(noDate, rows(), STATUS, TYPES, PLAN, LocalDate.of(2026, 7, 1)));
    }
}
