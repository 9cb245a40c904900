package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningSummaryTest {
    private static UnitScreening target(String account, String branch, ArrearsType type, int workers, int months, long cents) {
        UnitAccount u = unit(account, branch, AccountStatus.NORMAL, "2020-01-01", null, "100", workers);
        return new UnitScreening(u, Outcome.TARGET, type, m("2024-01"), months, cents, m("2023-12"), 26, java.util.Set.of());
    }

    private static String render(List<SummaryRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (SummaryRow r : rows) sb.append(String.join(",", ScreeningTableWriter.summaryCells(r))).append('\n');
        return sb.toString();
    }

    @Test
    void groupsByBranchAndTypeWithBranchAndGrandTotals() {
        ScreeningSummary s = new ScreeningSummary();
        s.add(target("A1", "西城", ArrearsType.ARREARS, 5, 3, 30000));
        s.add(target("A2", "东城", ArrearsType.STOPPED, 7, 10, 100000));
        s.add(target("A3", "东城", ArrearsType.ARREARS, 2, 1, 50));
        s.add(target("A4", "东城", ArrearsType.ARREARS, 1, 2, 100));
        UnitAccount clear = unit("A5", "南城", AccountStatus.NORMAL, "2020-01-01", null, "100", 50);
        s.add(new UnitScreening(clear, Outcome.CLEAR, ArrearsType.NONE, UnitScreening.NONE, 0, 0, 0, 10, java.util.Set.of()));
        assertEquals("""
                东城,欠缴,2,3,3,1.50
                东城,停缴,1,7,10,1000.00
                东城,合计,3,10,13,1001.50
                西城,欠缴,1,5,3,300.00
                西城,停缴,0,0,0,0.00
                西城,合计,1,5,3,300.00
                总计,合计,4,15,16,1301.50
                """, render(s.rows()));
        assertEquals(4, s.count(Outcome.TARGET));
        assertEquals(1, s.count(Outcome.CLEAR));
        assertEquals(5, s.screenedUnits());
    }

    @Test
    void onlyTargetsAreCounted() {
        ScreeningSummary s = new ScreeningSummary();
        UnitAccount u = unit("A1", "东城", AccountStatus.NORMAL, "2020-01-01", null, "100", 5);
        s.add(new UnitScreening(u, Outcome.NEW_ARREARS, ArrearsType.ARREARS, m("2025-06"), 3, 300, m("2025-05"), 10, java.util.Set.of()));
        assertEquals("总计,合计,0,0,0,0.00\n", render(s.rows()));
        assertEquals(1, s.count(Outcome.NEW_ARREARS));
    }

    @Test
    void summariesMergeForTheOfficeRollUp() {
        ScreeningSummary east = new ScreeningSummary();
        east.add(target("A1", "东城", ArrearsType.ARREARS, 5, 3, 300));
        ScreeningSummary west = new ScreeningSummary();
        west.add(target("B1", "西城", ArrearsType.STOPPED, 2, 4, 400));
        west.add(target("B2", "东城", ArrearsType.ARREARS, 1, 1, 100));
        ScreeningSummary office = new ScreeningSummary();
        office.merge(east);
        office.merge(west);
        List<SummaryRow> rows = office.rows();
        assertEquals(new SummaryRow(SummaryRow.Kind.TYPE, "东城", "欠缴", 2, 6, 4, 400), rows.get(0));
        assertEquals(new SummaryRow(SummaryRow.Kind.GRAND_TOTAL, "总计", "合计", 3, 8, 8, 800), rows.get(rows.size() - 1));
        assertEquals(3, office.count(Outcome.TARGET));
    }
}
