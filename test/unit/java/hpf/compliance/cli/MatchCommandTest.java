package hpf.compliance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hpf.compliance.core.Uscc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match} in-process on a small city, compared with the exact M.csv and E.csv of the contract. */
class MatchCommandTest {
    static String org(int n) {
        String body = String.format("%08d", n);
        return body + Uscc.orgCodeCheck(body);
    }

    static String uscc(int n) {
        String first17 = "91140300" + org(n);
        return first17 + Uscc.checkDigit(first17);
    }

    static String badCheck(int n) {
        String good = uscc(n);
        return good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    }

    static String hyphenated(String org) {
        return org.substring(0, 8) + "-" + org.charAt(8);
    }

    /** The unit export as `screen` reads it, plus the 组织机构代码 column old accounts fill instead of the USCC. */
    static final String UNITS = String.join("\n",
            "单位账号,单位名称,统一社会信用代码,组织机构代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例",
            "U001,阳泉市甲有限公司," + uscc(1) + ",,城区管理部,正常,2015-01-01,,10,2400,12%,12%",
            "U002,阳泉市乙公司,," + hyphenated(org(2)) + ",城区管理部,正常,2003-05-01,,5,1200,12%,12%",
            "U003,阳泉市丙有限责任公司,,,矿区管理部,正常,2010-01-01,,3,700,abc,12%",
            "U004,阳泉市丁商贸有限公司（城区）,,,矿区管理部,正常,2012-01-01,,3,700,12%,12%",
            "U005,阳泉市丁商贸有限公司(城区),,,郊区管理部,正常,2013-01-01,,3,700,12%,12%",
            ",没有账号的单位,,,郊区管理部,正常,2013-01-01,,3,700,12%,12%",
            "U006,阳泉市戊公司," + org(6) + ",,郊区管理部,正常,2001-01-01,,3,700,12%,12%") + "\n";

    static final String REGISTRY = String.join("\n",
            "统一社会信用代码,企业名称,法定代表人,成立日期,登记状态,住所,行业,从业人数",
            uscc(1) + ",阳泉市甲有限公司,张一,2015-01-01,存续,阳泉市城区,制造业,20",
            uscc(2) + ",阳泉市乙有限公司,王二,20030401,存续（在营、开业、在册）,阳泉市城区,批发和零售业,",
            uscc(3) + ",阳泉市丙有限公司,李三,2009/12/01,在业,阳泉市矿区,建筑业,8",
            uscc(4) + ",阳泉市丁商贸有限公司【城区】,赵四,2011-06-30,存续,,,",
            uscc(7) + ",阳泉市新设有限公司,钱七,2026-05-31,存续,,,",
            uscc(8) + ",阳泉市刚过期有限公司,孙八,2026-05-30,存续,,,",
            uscc(9) + ",阳泉市已注销有限公司,周九,2001-01-01,注销,,,",
            uscc(10) + ",阳泉市被吊销有限公司,吴十,2001-01-01,吊销，未注销,,,",
            uscc(11) + ",阳泉市已迁出有限公司,郑十一,2001-01-01,迁出,,,",
            badCheck(12) + ",阳泉市校验错有限公司,错,2001-01-01,存续,,,",
            uscc(13) + ",,无名,2001-01-01,存续,,,",
            uscc(14) + ",阳泉市日期错有限公司,错,2026-02-30,存续,,,",
            uscc(15) + ",阳泉市无日期有限公司,错,,存续,,,",
            uscc(6).toLowerCase() + ",\"阳泉市戊公司,分公司\",冯十六,2001-01-01,存续,,,") + "\n";

    static final String EXPECTED_M = String.join("\n",
            "统一社会信用代码,企业名称,匹配结果,单位账号",
            uscc(1) + ",阳泉市甲有限公司,USCC,U001",
            uscc(2) + ",阳泉市乙有限公司,ORG_CODE,U002",
            uscc(3) + ",阳泉市丙有限公司,NAME_CANDIDATE,U003",
            uscc(4) + ",阳泉市丁商贸有限公司【城区】,NAME_CANDIDATE,U004;U005",
            uscc(7) + ",阳泉市新设有限公司,EXEMPT,",
            uscc(8) + ",阳泉市刚过期有限公司,UNREGISTERED,",
            uscc(9) + ",阳泉市已注销有限公司,EXEMPT,",
            uscc(10) + ",阳泉市被吊销有限公司,EXEMPT,",
            uscc(11) + ",阳泉市已迁出有限公司,EXEMPT,",
            uscc(6) + ",\"阳泉市戊公司,分公司\",ORG_CODE,U006") + "\n";

    static final String EXPECTED_E = String.join("\n",
            "文件,行号,列,原因",
            "U.csv,7,单位账号,单位账号为空",
            "REG.csv,11,统一社会信用代码,统一社会信用代码校验不通过：" + badCheck(12),
            "REG.csv,12,企业名称,企业名称为空",
            "REG.csv,13,成立日期,成立日期不存在：2026-02-30",
            "REG.csv,14,成立日期,成立日期为空") + "\n";

    @TempDir Path dir;
    Path units;
    Path registry;

    @BeforeEach
    void files() throws IOException {
        units = dir.resolve("U.csv");
        registry = dir.resolve("REG.csv");
        Files.writeString(units, UNITS, StandardCharsets.UTF_8);
        // registry extracts saved from Excel on a Chinese Windows are GBK
        Files.write(registry, REGISTRY.getBytes(Charset.forName("GBK")));
    }

    record Result(int code, String out, String err) { }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HpfCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result match(Path reg, Path u) {
        return run("match", "--registry", reg.toString(), "--units", u.toString(), "--as-of", "2026-06-30",
                "--out", dir.resolve("out/M.csv").toString(), "--errors", dir.resolve("out/E.csv").toString());
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void matchesTheSmallCityExactly() throws IOException {
        Result r = match(registry, units);
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_M, read("M.csv"));
        assertEquals(EXPECTED_E, read("E.csv"));
        assertTrue(r.out().contains("USCC 1，ORG_CODE 2，NAME_CANDIDATE 2，EXEMPT 4，UNREGISTERED 1"), r.out());
    }

    @Test
    void anXlsxRegistryGivesTheSameResult() throws IOException {
        Path xlsx = dir.resolve("REG.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"统一社会信用代码", "企业名称", "成立日期", "登记状态"};
            for (int c = 0; c < header.length; c++) ws.value(0, c, header[c]);
            ws.value(1, 0, uscc(8));
            ws.value(1, 1, "阳泉市刚过期有限公司");
            // a real date cell, as Excel stores it
            ws.value(1, 2, LocalDate.of(2026, 5, 30).atStartOfDay().toInstant(ZoneOffset.UTC).atZone(ZoneOffset.UTC).toLocalDate());
            ws.style(1, 2).format("yyyy-mm-dd").set();
            ws.value(1, 3, "存续");
            ws.value(2, 0, uscc(1));
            ws.value(2, 1, "阳泉市甲有限公司");
            ws.value(2, 2, "2015-01-01");
            wb.finish();
        }
        Result r = match(xlsx, units);
        assertEquals(0, r.code(), r.err());
        assertEquals("统一社会信用代码,企业名称,匹配结果,单位账号\n" + uscc(8) + ",阳泉市刚过期有限公司,UNREGISTERED,\n"
                + uscc(1) + ",阳泉市甲有限公司,USCC,U001\n", read("M.csv"));
    }

    @Test
    void aMissingColumnOrFileIsExitOneAndNamesIt() throws IOException {
        Files.writeString(registry, "统一社会信用代码,企业名称\n" + uscc(1) + ",甲\n");
        Result r = match(registry, units);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("成立日期"), r.err());
        assertFalse(Files.exists(dir.resolve("out/M.csv")), "no output for an unreadable input");
        Result missing = match(dir.resolve("nope.csv"), units);
        assertEquals(1, missing.code());
    }

    @Test
    void badArgumentsAreExitTwo() {
        assertEquals(2, run("match", "--registry", registry.toString(), "--units", units.toString(), "--out", "M.csv").code());
        assertEquals(2, run("match", "--registry", registry.toString(), "--units", units.toString(), "--as-of", "2026-13-01",
                "--out", "M.csv").code());
        assertEquals(2, run("match", "--bogus", "x").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void withoutErrorsFileTheRunStillCompletes() throws IOException {
        Result r = run("match", "--registry", registry.toString(), "--units", units.toString(), "--as-of", "2026-06-30",
                "--out", dir.resolve("out/M.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_M, read("M.csv"));
    }
}
