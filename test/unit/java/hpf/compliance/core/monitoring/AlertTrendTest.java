package hpf.compliance.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTrendTest {
    @Test
    void openAlertsCarryForwardPerBranchAndMonthsSortInCalendarOrder() {
        List<AlertTrend.Row> rows = AlertTrend.build(
                List.of(new AlertTrend.Raised("B2", "2026-01", 1, new BigDecimal("500")),
                        new AlertTrend.Raised("B1", "2026-02", 1, new BigDecimal("300.5")),
                        new AlertTrend.Raised("B1", "2025-12", 3, new BigDecimal("1200"))),
                List.of(new AlertTrend.Cleared("B1", "2026-01", 2), new AlertTrend.Cleared("B1", "2026-02", 1),
                        new AlertTrend.Cleared("B2", null, 4)),
                List.of("B1", "B2"));
        assertEquals(List.of(
                new AlertTrend.Row("B1", "2025-12", 3, new BigDecimal("1200.00"), 0, 3),
                new AlertTrend.Row("B1", "2026-01", 0, new BigDecimal("0.00"), 2, 1),
                new AlertTrend.Row("B1", "2026-02", 1, new BigDecimal("300.50"), 1, 1),
                new AlertTrend.Row("B2", "2026-01", 1, new BigDecimal("500.00"), 0, 1)), rows);
        assertEquals(List.of("2025-12", "2026-01", "2026-02"), AlertTrend.months(rows));
    }

    @Test
    void theSheetIsAnXlsxWithTheChineseHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlertTrend.writeXlsx(out, "监测月度趋势", AlertTrend.build(
                List.of(new AlertTrend.Raised("B1", "2026-02", 2, new BigDecimal("1600"))), List.of(), null), Map.of("B1", "城区管理部"));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> read = wb.getFirstSheet().read();
            assertEquals("监测月度趋势", read.get(0).getCellText(0));
            assertEquals("新增预警", read.get(1).getCellText(2));
            assertEquals("城区管理部", read.get(2).getCellText(0));
            assertEquals("2026-02", read.get(2).getCellText(1));
            assertEquals(0, new BigDecimal("1600").compareTo(read.get(2).getCell(3).asNumber()));
            assertEquals(0, new BigDecimal("2").compareTo(read.get(2).getCell(5).asNumber()));
        }
    }
}
