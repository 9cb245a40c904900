package hpf.compliance.core.lists;

import hpf.compliance.core.lists.UnitListExport.CreditRow;
import hpf.compliance.core.lists.UnitListExport.CriticismRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class UnitListExportTest {
    static final List<CreditRow> ROWS = List.of(
            new CreditRow("91140300MA0K1234X5", "阳泉市某某建材有限公司", "失信", "拒不执行责令限期缴存通知", "阳住金信〔2026〕3号",
                    LocalDate.of(2026, 7, 1), null),
            new CreditRow("91140300MA0K5678Y6", "阳泉,\"引号\"公司", "守信", "连续24个月按时足额缴存", "阳住金信〔2026〕4号",
                    LocalDate.of(2026, 7, 2), LocalDate.of(2026, 9, 1)));

    @Test
    void creditCsvHasThePlatformsColumnsInOrderAndQuotesWhereNeeded() {
        String csv = UnitListExport.creditCsv(ROWS);
        assertTrue(csv.startsWith("\uFEFF统一社会信用代码,单位名称,列入类型,列入事由,决定文号,列入日期,移出日期\r\n"), csv);
        assertTrue(csv.contains("91140300MA0K1234X5,阳泉市某某建材有限公司,失信,拒不执行责令限期缴存通知,阳住金信〔2026〕3号,2026-07-01,\r\n"), csv);
        assertTrue(csv.contains("\"阳泉,\"\"引号\"\"公司\""), csv);
        assertTrue(csv.endsWith(",2026-07-02,2026-09-01\r\n"), csv);
        assertEquals(3, csv.split("\r\n").length);
    }

    @Test
    void creditXlsxReadsBackWithTheSameCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnitListExport.writeCreditXlsx(out, ROWS);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals(UnitListExport.CREDIT_HEADER, rows.get(0).stream().map(c -> c.getText()).collect(Collectors.toList()));
            assertEquals("阳泉,\"引号\"公司", rows.get(2).getCellText(1));
            assertEquals("2026-09-01", rows.get(2).getCellText(6));
            assertTrue(rows.get(1).getCellCount() < 7 || rows.get(1).getCellText(6).isEmpty());
        }
    }

    @Test
    void criticismCsvNumbersTheUnits() {
        String csv = UnitListExport.criticismCsv(List.of(new CriticismRow("甲公司", "911403001", "城区管理部", "拒不执行", LocalDate.of(2026, 7, 3)),
                new CriticismRow("乙公司", null, null, null, null)));
        assertTrue(csv.contains("序号,单位名称,统一社会信用代码,所属机构,通报事由,通报日期\r\n1,甲公司,911403001,城区管理部,拒不执行,2026-07-03\r\n2,乙公司,,,,\r\n"), csv);
    }

    @Test
    void typeAndReasonInTheRegulationsWords() {
        assertEquals("失信", UnitListExport.listTypeText("DISHONEST"));
        assertEquals("守信", UnitListExport.listTypeText("TRUSTWORTHY"));
        assertEquals("连续24个月按时足额缴存住房公积金", UnitListExport.reasonText("COMPLIANT", 24, null));
        assertEquals("逾期不缴或者少缴住房公积金，已申请人民法院强制执行；（2026）晋03执12号",
                UnitListExport.reasonText("COURT_ENFORCEMENT", null, " （2026）晋03执12号 "));
        assertTrue(UnitListExport.reasonText("ORDER_IGNORED", null, "").contains("经责令限期缴存逾期仍不缴存"));
    }
}
