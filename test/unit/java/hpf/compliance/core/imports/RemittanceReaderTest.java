package hpf.compliance.core.imports;

import static hpf.compliance.core.imports.ReaderFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemittanceReaderTest {
    private static List<RemittanceLine> readAll(RemittanceReader r) {
        List<RemittanceLine> out = new ArrayList<>();
        try (r) {
            for (RemittanceLine l = r.next(); l != null; l = r.next()) out.add(l);
        }
        return out;
    }

    private static List<RemittanceLine> csv(String text, Charset cs, Issues issues) {
        return readAll(RemittanceReader.open(bytes(text, cs), "R.csv", issues));
    }

    @Test
    void headcountsAreReadWhenTheExportCarriesThem() {
        Issues issues = new Issues();
        List<RemittanceLine> l = csv("单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期,缴存人数,封存人数\n"
                + "A1,202401,汇缴,100,100,2024-01-10,12,0\n"
                + "A1,202402,汇缴,100,100,2024-02-10,,3\n"
                + "A1,202403,汇缴,100,100,2024-03-10,x,1\n", StandardCharsets.UTF_8, issues);
        assertEquals(2, l.size());
        assertEquals(12, l.get(0).workers());
        assertEquals(0, l.get(0).sealedWorkers());
        assertNull(l.get(1).workers(), "an empty cell stays unknown");
        assertEquals(3, l.get(1).sealedWorkers());
        assertEquals(1, issues.errors().size(), "a malformed headcount rejects the row, by line");
        assertEquals(4, issues.errors().get(0).line());
        assertEquals("缴存人数", issues.errors().get(0).column());

        List<RemittanceLine> without = csv("单位账号,缴存年月,业务类型,应缴金额,实缴金额\nA1,202401,汇缴,100,100\n",
                StandardCharsets.UTF_8, new Issues());
        assertNull(without.get(0).workers());
        assertNull(without.get(0).sealedWorkers());
    }

    @Test
    void mixedMonthFormatsTypesAndDates() {
        Issues issues = new Issues();
        List<RemittanceLine> l = csv("单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n"
                + "A1,202401,汇缴,100,100,2024-01-10\n"
                + "A1,2024-02,01,100.5,100.50,2024/02/10\n"
                + "A1,202403,补缴,0,100,20240601\n"
                + "A1,2024-04,02,100,0,\n", StandardCharsets.UTF_8, issues);
        assertEquals(List.of(), issues.all);
        assertEquals(4, l.size());
        assertEquals(Months.parseIndex("2024-01"), l.get(0).monthIndex());
        assertEquals(Months.parseIndex("2024-02"), l.get(1).monthIndex());
        assertEquals(BusinessType.REGULAR, l.get(1).type());
        assertEquals(10050, l.get(1).paidCents());
        assertEquals(BusinessType.BACK_PAYMENT, l.get(2).type());
        assertEquals(LocalDate.of(2024, 6, 1), l.get(2).paidDate());
        assertNull(l.get(3).paidDate());
        assertEquals(5, l.get(3).sourceLine());
        assertSame(l.get(0).accountNo(), l.get(3).accountNo(), "consecutive rows share the account String");
    }

    @Test
    void standardCodeHeadersInGbk() {
        Issues issues = new Issues();
        List<RemittanceLine> l = csv("DWZH,YWLX,RZRQ,FSE,应缴金额,缴存年月\nA1,补缴,2024-05-01,50,50,202404\n",
                Charset.forName("GBK"), issues);
        assertEquals(List.of(), issues.all);
        assertEquals(BusinessType.BACK_PAYMENT, l.get(0).type());
        assertEquals(5000, l.get(0).paidCents());
    }

    @Test
    void malformedRowsAreRejectedOthersKept() {
        Issues issues = new Issues();
        List<RemittanceLine> l = csv("单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n"
                + "A1,202413,汇缴,100,100,\n"
                + "A1,202401,封存,100,100,\n"
                + "A1,202401,汇缴,一百,100,\n"
                + "A1,202401,汇缴,100,-1,\n"
                + ",202401,汇缴,100,100,\n"
                + "A1,202401,汇缴,100,100,2024-13-01\n"
                + "A1,202401,汇缴,100,100,\n"
                + "A1,202402\n", StandardCharsets.UTF_8, issues);
        assertEquals(1, l.size());
        assertEquals(8, l.get(0).sourceLine());
        List<String> got = issues.errors().stream().map(i -> i.line() + ":" + i.column() + ":" + i.code()).toList();
        assertEquals(List.of("2:缴存年月:MONTH_IMPOSSIBLE", "3:业务类型:TYPE_UNKNOWN", "4:应缴金额:AMOUNT_INVALID",
                "5:实缴金额:AMOUNT_NEGATIVE", "6:单位账号:ACCOUNT_EMPTY", "7:缴款日期:DATE_IMPOSSIBLE",
                "9:业务类型:TYPE_UNKNOWN", "9:应缴金额:AMOUNT_INVALID", "9:实缴金额:AMOUNT_INVALID"), got);
        assertEquals("缴存年月不存在（月份应为01至12）", issues.errors().get(0).reason());
    }

    @Test
    void missingHeaderIsAClearError() {
        ImportException e = assertThrows(ImportException.class,
                () -> csv("单位账号,缴存年月,业务类型,应缴金额\nA1,202401,汇缴,1\n", StandardCharsets.UTF_8, new Issues()));
        assertTrue(e.getMessage().contains("实缴金额(FSE)"), e.getMessage());
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        ImportException e = assertThrows(ImportException.class, () -> RemittanceReader.open(dir.resolve("nope.csv"), new Issues()));
        assertTrue(e.getMessage().contains("找不到文件"), e.getMessage());
    }

    @Test
    void readsFromAPathAndXlsx(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("R.csv");
        Files.writeString(csv, "单位账号,缴存年月,业务类型,应缴金额,实缴金额\nA1,202401,汇缴,1,1\n");
        assertEquals(1, readAll(RemittanceReader.open(csv, new Issues())).size());

        Issues issues = new Issues();
        List<RemittanceLine> l = readAll(RemittanceReader.open(xlsx(
                new Object[] {"单位账号", "缴存年月", "业务类型", "应缴金额", "实缴金额", "缴款日期"},
                new Object[] {"A1", 202401, "汇缴", 100.1, 100.1, LocalDate.of(2024, 1, 10)},
                new Object[] {"A1", "2024-02", "02", 0.1 + 0.2, 0, null}), "R.xlsx", issues));
        assertEquals(List.of(), issues.all);
        assertEquals(10010, l.get(0).paidCents());
        assertEquals(LocalDate.of(2024, 1, 10), l.get(0).paidDate());
        assertEquals(30, l.get(1).dueCents(), "binary noise of 0.1 + 0.2 is not an extra decimal");
        assertEquals(Months.parseIndex("202402"), l.get(1).monthIndex());
    }
}
