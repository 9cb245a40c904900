package hpf.compliance.core.imports;

import static hpf.compliance.core.imports.ReaderFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitAccountReaderTest {
    private static List<UnitAccount> readAll(UnitAccountReader r) {
        List<UnitAccount> out = new ArrayList<>();
        try (r) {
            for (UnitAccount u = r.next(); u != null; u = r.next()) out.add(u);
        }
        return out;
    }

    private static List<UnitAccount> csv(String text, Issues issues) {
        return readAll(UnitAccountReader.open(bytes(text, StandardCharsets.UTF_8), "U.csv", ImportOptions.DEFAULT, issues));
    }

    @Test
    void readsEveryColumnOfAUnit() {
        Issues issues = new Issues();
        List<UnitAccount> units = csv(UNIT_HEADER + ",法定代表人,经办人,经办人手机,单位发薪日,缴至年月\n"
                + "A001,阳泉甲公司,91350100M000100Y43,东城管理部,正常,2020-01-15,,10,\"1,200.50\",12%,0.10,张三,李四,13800000000,15,202501\n",
                issues);
        assertEquals(List.of(), issues.all);
        UnitAccount u = units.get(0);
        assertEquals("A001", u.accountNo());
        assertEquals("阳泉甲公司", u.name());
        assertEquals("91350100M000100Y43", u.uscc());
        assertEquals("东城管理部", u.branch());
        assertEquals(AccountStatus.NORMAL, u.status());
        assertEquals(LocalDate.of(2020, 1, 15), u.openedDate());
        assertNull(u.sealedOrClosedDate());
        assertEquals(10, u.workers());
        assertEquals(120050, u.monthlyDueCents());
        assertEquals(0, new BigDecimal("0.12").compareTo(u.employerRate()));
        assertEquals(0, new BigDecimal("0.10").compareTo(u.employeeRate()));
        assertEquals("张三", u.legalRepresentative());
        assertEquals("李四", u.agentName());
        assertEquals("13800000000", u.agentMobile());
        assertEquals(15, u.payday());
        assertEquals("2025-01", u.paidThroughMonth());
        assertEquals(2, u.sourceLine());
    }

    @Test
    void columnsInAnyOrderWithExtrasAndStandardCodes() {
        Issues issues = new Issues();
        List<UnitAccount> units = csv("备注,GRJCBL,DWJCBL,YJCE,DWJCRS,DWXHRQ,DWKHRQ,DWZHZT,所属机构,TYSHXYDM,DWMC,DWZH\n"
                + "x,12,12,300,3,2024/06/01,20200101,05,西城管理部,,丙公司,A003\n", issues);
        UnitAccount u = units.get(0);
        assertEquals("A003", u.accountNo());
        assertEquals(AccountStatus.SEALED, u.status());
        assertEquals(LocalDate.of(2024, 6, 1), u.sealedOrClosedDate());
        assertEquals(LocalDate.of(2020, 1, 1), u.openedDate());
        assertEquals(List.of("USCC_EMPTY"), issues.warnings().stream().map(ImportIssue::code).toList());
    }

    @Test
    void everyStatusLabelAndCode() {
        String[][] cases = {{"正常", "NORMAL"}, {"01", "NORMAL"}, {"1", "NORMAL"}, {"开户", "OPENING"}, {"02", "OPENING"},
            {"缓缴", "DEFERRED"}, {"03", "DEFERRED"}, {"销户", "CLOSED"}, {"04", "CLOSED"}, {"封存", "SEALED"}, {"05", "SEALED"},
            {"其他", "OTHER"}, {"99", "OTHER"}};
        for (String[] c : cases) {
            List<UnitAccount> u = csv(UNIT_HEADER + "\nA,n,,b," + c[0] + ",2020-01-01,2024-01-01,1,1,12,12\n", new Issues());
            assertEquals(AccountStatus.valueOf(c[1]), u.get(0).status(), c[0]);
        }
    }

    @Test
    void gbkFileIsDetected() {
        String text = UNIT_HEADER + "\nA001,阳泉煤业,,华阳集团分中心,正常,2020-01-01,,10,100,12%,12%\n";
        List<UnitAccount> u = readAll(UnitAccountReader.open(bytes(text, Charset.forName("GBK")), "U.csv", ImportOptions.DEFAULT, new Issues()));
        assertEquals("阳泉煤业", u.get(0).name());
        assertEquals("华阳集团分中心", u.get(0).branch());
    }

    @Test
    void malformedRowsAreRejectedWithLineColumnAndReason() {
        Issues issues = new Issues();
        List<UnitAccount> units = csv(UNIT_HEADER + "\n"
                + ",无账号,,东城,正常,2020-01-01,,1,100,12,12\n"
                + "A2,坏状态,,东城,冻结,2020-01-01,,1,100,12,12\n"
                + "A3,坏日期,,东城,正常,2020-02-30,,1,100,12,12\n"
                + "A4,负金额,,东城,正常,2020-01-01,,1,-100,12,12\n"
                + "A5,坏人数,,东城,正常,2020-01-01,,x,100,12,12\n"
                + "A6,坏比例,,东城,正常,2020-01-01,,1,100,abc,12\n"
                + "A7,好的,,东城,正常,2020-01-01,,1,100,12,12\n"
                + "A8,无机构,,,正常,2020-01-01,,1,100,12,12\n", issues);
        assertEquals(List.of("A7"), units.stream().map(UnitAccount::accountNo).toList());
        List<String> got = issues.errors().stream().map(i -> i.line() + ":" + i.column() + ":" + i.code()).toList();
        assertEquals(List.of("2:单位账号:ACCOUNT_EMPTY", "3:账户状态:STATUS_UNKNOWN", "4:开户日期:DATE_IMPOSSIBLE",
                "5:月应缴额:AMOUNT_NEGATIVE", "6:缴存人数:INTEGER_INVALID", "7:单位缴存比例:RATE_INVALID",
                "9:所属机构:BRANCH_EMPTY"), got);
        assertEquals("月应缴额不能为负数", issues.errors().get(3).reason());
        assertEquals("-100", issues.errors().get(3).value());
    }

    @Test
    void unknownBranchIsRejectedOnlyWhenBranchesAreKnown() {
        String text = UNIT_HEADER + "\nA1,n,,东城管理部,正常,2020-01-01,,1,100,12,12\nA2,n,,东成管理部,正常,2020-01-01,,1,100,12,12\n";
        Issues issues = new Issues();
        List<UnitAccount> u = readAll(UnitAccountReader.open(bytes(text, StandardCharsets.UTF_8), "U.csv",
                new ImportOptions(Set.of("东城管理部", "西城管理部")), issues));
        assertEquals(List.of("A1"), u.stream().map(UnitAccount::accountNo).toList());
        assertEquals("BRANCH_UNKNOWN", issues.errors().get(0).code());
        assertEquals(2, csv(text, new Issues()).size());
    }

    @Test
    void badCheckDigitAndOutOfRangeRatesAreWarningsAndTheRowIsKept() {
        Issues issues = new Issues();
        List<UnitAccount> u = csv(UNIT_HEADER + "\nA1,n,91350100M000100Y44,东城,正常,2020-01-01,,1,100,4%,13%\n", issues);
        assertEquals(1, u.size());
        assertEquals(List.of(), issues.errors());
        assertEquals(List.of("USCC_INVALID", "RATE_OUT_OF_RANGE", "RATE_OUT_OF_RANGE"),
                issues.warnings().stream().map(ImportIssue::code).toList());
    }

    @Test
    void sealedWithoutDateIsKeptWithAWarning() {
        Issues issues = new Issues();
        List<UnitAccount> u = csv(UNIT_HEADER + "\nA1,n,,东城,封存,2020-01-01,,1,100,12,12\n", issues);
        assertEquals(1, u.size());
        assertTrue(issues.warnings().stream().anyMatch(i -> i.code().equals("SEAL_DATE_MISSING")));
    }

    @Test
    void missingRequiredHeaderNamesTheColumn() {
        ImportException e = assertThrows(ImportException.class, () -> csv("单位账号,单位名称\nA1,n\n", new Issues()));
        assertTrue(e.getMessage().contains("所属机构"), e.getMessage());
        assertTrue(e.getMessage().contains("月应缴额(YJCE)"), e.getMessage());
        assertTrue(e.getMessage().contains("U.csv"), e.getMessage());
        assertThrows(ImportException.class, () -> csv("", new Issues()));
    }

    @Test
    void headerWithCodeInParenthesesAndBlanksIsUnderstood() {
        String header = UNIT_HEADER.replace("单位账号", " 单位账号（DWZH） ").replace("月应缴额", "月缴存额");
        assertEquals(1, csv(header + "\nA1,n,,东城,正常,2020-01-01,,1,100,12,12\n", new Issues()).size());
    }

    @Test
    void xlsxWithTypedCells() throws IOException {
        Issues issues = new Issues();
        List<UnitAccount> u = readAll(UnitAccountReader.open(xlsx(
                UNIT_HEADER.split(","),
                new Object[] {"A001", "甲", "91350100M000100Y43", "东城管理部", "正常", LocalDate.of(2021, 3, 4), null, 12, 1234.56, 0.12, 12},
                new Object[] {},
                new Object[] {"A002", "乙", "", "东城管理部", "05", "2021/03/04", LocalDate.of(2024, 5, 6), 3, 100, "12%", "0.1"}),
                "U.xlsx", ImportOptions.DEFAULT, issues));
        assertEquals(2, u.size());
        assertEquals(LocalDate.of(2021, 3, 4), u.get(0).openedDate());
        assertEquals(123456, u.get(0).monthlyDueCents());
        assertEquals(0, new BigDecimal("0.12").compareTo(u.get(0).employerRate()));
        assertEquals(0, new BigDecimal("0.12").compareTo(u.get(0).employeeRate()));
        assertEquals(12, u.get(0).workers());
        assertEquals(2, u.get(0).sourceLine());
        assertEquals(LocalDate.of(2024, 5, 6), u.get(1).sealedOrClosedDate());
        assertEquals(4, u.get(1).sourceLine());
        assertEquals(List.of(), issues.errors());
    }

    @Test
    void repeatedBranchesStatusesAndRatesReadAsTheFirstTime() {
        // the reader keeps what it made of these fields by their bytes: every row must still get its own verdict
        Issues issues = new Issues();
        StringBuilder sb = new StringBuilder(UNIT_HEADER + "\n");
        String[] branches = {"东城管理部", " 东城管理部", "西城管理部", "", "\"东城\"\"管理部\""};
        String[] statuses = {"正常", "01", "缓缴", "停业", "封存"};
        String[] rates = {"12%", "0.12", "13%", "abc", "12", "4%", "\"12%\""};
        for (int i = 0; i < 60; i++) {
            sb.append("A").append(100 + i).append(",单位").append(i).append(",,").append(branches[i % branches.length])
                    .append(',').append(statuses[i / 3 % statuses.length]).append(",2020-01-15,2024-06-30,3,100,")
                    .append(rates[i % rates.length]).append(',').append(rates[i / 2 % rates.length]).append('\n');
        }
        List<UnitAccount> units = csv(sb.toString(), issues);
        // the same rows read one at a time, each in a file of its own, give the same units and issues
        List<UnitAccount> one = new ArrayList<>();
        List<String> oneIssues = new ArrayList<>();
        String[] lines = sb.toString().split("\n");
        for (int i = 1; i < lines.length; i++) {
            Issues x = new Issues();
            one.addAll(csv(UNIT_HEADER + "\n" + lines[i] + "\n", x));
            for (ImportIssue is : x.all) oneIssues.add(is.column() + ":" + is.code() + ":" + is.reason() + ":" + is.value());
        }
        assertEquals(one.size(), units.size());
        for (int k = 0; k < units.size(); k++) {
            UnitAccount a = units.get(k);
            UnitAccount b = one.get(k);
            assertEquals(b.accountNo(), a.accountNo());
            assertEquals(b.branch(), a.branch());
            assertEquals(b.status(), a.status());
            assertEquals(b.employerRate(), a.employerRate());
            assertEquals(b.employeeRate(), a.employeeRate());
        }
        assertEquals(oneIssues, issues.all.stream().map(is -> is.column() + ":" + is.code() + ":" + is.reason() + ":" + is.value()).toList());
        assertTrue(issues.all.stream().anyMatch(is -> is.code().equals("RATE_OUT_OF_RANGE")));
        assertTrue(issues.all.stream().anyMatch(is -> is.code().equals("RATE_INVALID")));
        assertTrue(issues.all.stream().anyMatch(is -> is.code().equals("STATUS_UNKNOWN")));
        assertTrue(issues.all.stream().anyMatch(is -> is.code().equals("BRANCH_EMPTY")));
        assertSame(unit(units, "A100").branch(), unit(units, "A105").branch(), "one String per branch");
        assertEquals("东城\"管理部", unit(units, "A104").branch());
    }

    private static UnitAccount unit(List<UnitAccount> units, String account) {
        return units.stream().filter(u -> u.accountNo().equals(account)).findFirst().orElseThrow();
    }
}
