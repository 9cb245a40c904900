package hpf.compliance.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hpf.compliance.core.rules.SummaryFigures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SummaryTableWriterTest {
    @Test
    void writesOneRowPerBranchTheTotalAndTheCounts() throws Exception {
        List<Map<String, Object>> rows = List.of(
                Map.of("branchName", "城区管理部", "targetCount", 3L, "recoveredAmount", new BigDecimal("1200.50")),
                Map.of("branchName", "矿区管理部", "targetCount", 2L, "recoveredAmount", new BigDecimal("99.50")));
        Map<String, Object> totals = SummaryFigures.sum(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryTableWriter.writeXlsx(out, "测试统计表", rows, totals, null, 4L);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> sheet = wb.getFirstSheet().read();
            assertEquals("测试统计表", sheet.get(0).getCellText(0));
            assertEquals("分支机构", sheet.get(1).getCellText(1));
            assertEquals(SummaryFigures.FIGURES.get(0).label(), sheet.get(1).getCellText(2));
            assertEquals("城区管理部", sheet.get(2).getCellText(1));
            assertEquals("矿区管理部", sheet.get(3).getCellText(1));
            assertEquals(SummaryTableWriter.TOTAL_LABEL, sheet.get(4).getCellText(1));
            assertEquals(new BigDecimal("5"), sheet.get(4).getCellAsNumber(2).orElseThrow());
            int amountCol = 2 + SummaryFigures.keys().indexOf("recoveredAmount");
            assertEquals(0, new BigDecimal("1300.00").compareTo(sheet.get(4).getCellAsNumber(amountCol).orElseThrow()));
            Map<String, String> counts = sheet.stream().filter(r -> r.getRowNum() > 5)
                    .collect(Collectors.toMap(r -> r.getCellText(1), r -> r.getCellText(2)));
            assertEquals("未统计", counts.get("宣传报道（次）"));
            assertEquals("4", counts.get("专题会议（次）"));
        }
    }
}
