package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ScreeningTableWriterTest {
    private static final String TITLE = ScreeningTableWriter.title("2026年规范缴存专项工作", "欠缴停缴单位明细表", "东城管理部", PLAN);

    private static List<UnitScreening> rows() {
        UnitAccount a = UnitAccount.of("A1", "甲,\"乙\"公司", "东城管理部", AccountStatus.NORMAL, java.time.LocalDate.of(2020, 1, 1), null, 5,
                new java.math.BigDecimal("100"));
        UnitAccount b = UnitAccount.of("A2", "丙公司", "东城管理部", AccountStatus.NORMAL, java.time.LocalDate.of(2020, 1, 1), null, 3,
                new java.math.BigDecimal("100"));
        return List.of(
                new UnitScreening(a, Outcome.TARGET, ArrearsType.STOPPED, m("2024-01"), 26, 260000, m("2023-12"), 74, Set.of()),
                new UnitScreening(b, Outcome.TARGET, ArrearsType.ARREARS, m("2025-02"), 1, 5, m("2025-01"), 74, Set.of()));
    }

    @Test
    void titleNamesCampaignBranchAndMonths() {
        assertEquals("2026年规范缴存专项工作 欠缴停缴单位明细表（所属机构：东城管理部；截止年月：2025-02；评估年月：2026-02）", TITLE);
    }

    @Test
    void detailCsvHasBomTitleHeaderRowsAndTotals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeDetailCsv(out, TITLE, rows());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(TITLE + "\n"
                + "单位账号,单位名称,所属机构,类型,首次欠缴年月,欠缴月数,欠缴金额,缴至年月,缴存人数\n"
                + "A1,\"甲,\"\"乙\"\"公司\",东城管理部,停缴,2024-01,26,2600.00,2023-12,5\n"
                + "A2,丙公司,东城管理部,欠缴,2025-02,1,0.05,2025-01,3\n"
                + "合计,共2户,,,,27,2600.05,,8\n", text.substring(1));
    }

    @Test
    void summaryCsvHasTitleAndRows() throws IOException {
        ScreeningSummary s = new ScreeningSummary();
        rows().forEach(s::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeSummaryCsv(out, "汇总", s.rows());
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("汇总\n所属机构,类型,单位数,缴存人数,欠缴月数,欠缴金额\n东城管理部,欠缴,1,3,1,0.05\n"), text);
        assertTrue(text.endsWith("总计,合计,2,8,27,2600.05\n"), text);
    }

    @Test
    void detailXlsxReadsBackWithNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeDetailXlsx(out, TITLE, rows());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> r = wb.getFirstSheet().read();
            assertEquals(TITLE, r.get(0).getCellText(0));
            assertEquals("单位账号", r.get(1).getCellText(0));
            assertEquals("甲,\"乙\"公司", r.get(2).getCellText(1));
            assertEquals(0, new java.math.BigDecimal("2600.00").compareTo(r.get(2).getCellAsNumber(6).orElseThrow()));
            assertEquals(26, r.get(2).getCellAsNumber(5).orElseThrow().intValue());
            assertEquals("合计", r.get(4).getCellText(0));
            assertEquals(0, new java.math.BigDecimal("2600.05").compareTo(r.get(4).getCellAsNumber(6).orElseThrow()));
        }
    }

    @Test
    void summaryXlsxHasTotals() throws IOException {
        ScreeningSummary s = new ScreeningSummary();
        rows().forEach(s::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScreeningTableWriter.writeSummaryXlsx(out, "汇总", s.rows());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> r = wb.getFirstSheet().read();
            Row last = r.get(r.size() - 1);
            assertEquals("总计", last.getCellText(0));
            assertEquals(2, last.getCellAsNumber(2).orElseThrow().intValue());
        }
    }
}
