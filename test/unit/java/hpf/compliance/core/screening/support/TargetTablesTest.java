package hpf.compliance.core.screening.support;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.screening.ScreeningTableWriter;
import hpf.compliance.core.screening.SummaryRow;
import hpf.compliance.core.screening.UnitScreening;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetTablesTest {
    static Map<String, Object> target(String account, String type, long months, String amount) {
        return Map.of("unitAccountNo", account, "unitName", "单位" + account, "branchName", "城区管理部",
                "targetTypeEnumId", type, "firstOwedMonth", "2025-01", "owedMonths", months,
                "amountOwed", new BigDecimal(amount), "paidThroughMonth", "2024-12", "workerCount", 10L);
    }

    @Test
    void detailRowsStreamIntoTheCoreWriter() throws Exception {
        Iterator<Map<String, Object>> rows = List.of(target("A1", "HpfTtStopped", 14, "14000.0000"),
                target("A2", "HpfTtArrears", 2, "1234.5000")).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeDetailCsv(out, "明细表", TargetTables.details(() -> rows.hasNext() ? rows.next() : null));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF明细表"));
        assertTrue(csv.contains("A1,单位A1,城区管理部,停缴,2025-01,14,14000.00,2024-12,10"), csv);
        assertTrue(csv.contains("A2,单位A2,城区管理部,欠缴,2025-01,2,1234.50,2024-12,10"), csv);
        assertTrue(csv.contains("合计,共2户,,,,16,15234.50,,20"), csv);
    }

    @Test
    void detailRowsStreamIntoTheXlsxWriterToo() throws Exception {
        Iterator<Map<String, Object>> rows = List.of(target("A1", "HpfTtStopped", 14, "14000.0000")).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeDetailXlsx(out, "明细表", TargetTables.details(() -> rows.hasNext() ? rows.next() : null));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> read = wb.getFirstSheet().read();
            assertEquals("明细表", read.get(0).getCellText(0));
            assertEquals("A1", read.get(2).getCellText(0));
            assertEquals("停缴", read.get(2).getCellText(3));
            assertEquals(0, new BigDecimal("14000").compareTo(read.get(2).getCell(6).asNumber()));
        }
    }

    @Test
    void detailOfAClearedTargetHasNoFirstOwedMonth() {
        Map<String, Object> m = new java.util.HashMap<>(target("A1", "HpfTtArrears", 0, "0"));
        m.put("firstOwedMonth", null);
        UnitScreening s = TargetTables.detail(m);
        assertEquals(UnitScreening.NONE, s.firstOwedIndex());
        assertEquals(0, s.amountOwedCents());
    }

    @Test
    void summaryHasBothTypesPerBranchThenSubtotalsAndGrandTotal() {
        List<Map<String, Object>> groups = List.of(
                Map.of("branchName", "城区管理部", "targetTypeEnumId", "HpfTtArrears", "unitCount", 3L, "totalWorkers", 30L,
                        "totalOwedMonths", 9L, "totalAmountOwed", new BigDecimal("300.0000")),
                Map.of("branchName", "城区管理部", "targetTypeEnumId", "HpfTtStopped", "unitCount", 1L, "totalWorkers", 5L,
                        "totalOwedMonths", 12L, "totalAmountOwed", new BigDecimal("1200.5")),
                Map.of("branchName", "矿区管理部", "targetTypeEnumId", "HpfTtStopped", "unitCount", 2, "totalWorkers", 7,
                        "totalOwedMonths", 6, "totalAmountOwed", new BigDecimal("60")));
        List<SummaryRow> rows = TargetTables.summary(groups);
        assertEquals(7, rows.size());
        assertEquals("欠缴", rows.get(0).typeLabel());
        assertEquals(SummaryRow.Kind.BRANCH_TOTAL, rows.get(2).kind());
        assertEquals(4, rows.get(2).units());
        assertEquals(150050, rows.get(2).amountOwedCents());
        assertEquals(0, rows.get(3).units()); // 矿区 has no arrears row in the data but keeps the layout
        SummaryRow grand = rows.get(6);
        assertEquals(SummaryRow.Kind.GRAND_TOTAL, grand.kind());
        assertEquals(6, grand.units());
        assertEquals(42, grand.workers());
        assertEquals(27, grand.monthsOwed());
        assertEquals(156050, grand.amountOwedCents());
        assertEquals("GRAND_TOTAL", TargetTables.toMap(grand).get("rowKind"));
        assertEquals(1, TargetTables.summary(List.of()).size());
    }
}
