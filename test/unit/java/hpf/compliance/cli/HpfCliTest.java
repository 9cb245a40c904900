package hpf.compliance.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI in-process on the fixture city in test/unit/resources/core/cli and compares the exact outputs. */
class HpfCliTest {
    static final String EXPECTED_DETAIL = """
            单位账号,单位名称,所属机构,类型,首次欠缴年月,欠缴月数,欠缴金额,缴至年月,缴存人数
            A002,乙公司,东城管理部,欠缴,2025-02,1,200.00,2025-01,5
            A003,丙公司,东城管理部,欠缴,2024-11,2,600.00,2024-10,3
            A008,"辛公司,分部",东城管理部,停缴,2024-12,15,1500.00,2024-11,1
            A001,甲公司,西城管理部,停缴,2025-01,4,3400.00,2024-12,10
            """;
    static final String EXPECTED_SUMMARY = """
            所属机构,类型,单位数,缴存人数,欠缴月数,欠缴金额
            东城管理部,欠缴,2,8,3,800.00
            东城管理部,停缴,1,1,15,1500.00
            东城管理部,合计,3,9,18,2300.00
            西城管理部,欠缴,0,0,0,0.00
            西城管理部,停缴,1,10,4,3400.00
            西城管理部,合计,1,10,4,3400.00
            总计,合计,4,19,22,5700.00
            """;
    static final String EXPECTED_ERRORS = """
            文件,行号,列,原因
            U.csv,10,开户日期,开户日期不存在：2024-13-01
            R.csv,13,缴存年月,缴存年月不存在（月份应为01至12）：202513
            R.csv,30,应缴金额,应缴金额不是数字：abc
            R.csv,36,单位账号,单位账号在单位文件中不存在：A999
            """;
    static final String EXPECTED_STDOUT = """
            摸底筛查：截止年月 2025-02，评估年月 2026-02，停缴阈值 3 个月
            单位文件 9 行（拒绝 1 行）；缴存明细 35 行（拒绝 3 行，其中单位账号不存在 1 行）；警告 7 条
            目标单位 4 户；截止年月后新增欠缴 1 户；缓缴未筛查 1 户；无欠缴 1 户；无缴存义务 1 户
            """ + EXPECTED_SUMMARY;

    @TempDir
    Path dir;
    Path units;
    Path rems;

    @BeforeEach
    void copyFixtures() throws IOException {
        units = dir.resolve("U.csv");
        rems = dir.resolve("R.csv");
        // the unit file is stored as GBK, as Excel on a Chinese Windows saves it; the remittances as UTF-8 with a BOM
        Files.write(units, resource("U.csv").getBytes(Charset.forName("GBK")));
        try (InputStream in = getClass().getResourceAsStream("/core/cli/R.csv")) {
            Files.copy(in, rems);
        }
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/core/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Result(int code, String out, String err) { }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HpfCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result screen(Path u, Path r, String... extra) {
        List<String> args = new ArrayList<>(List.of("screen", "--units", u.toString(), "--remittances", r.toString(),
                "--cutoff", "2025-02", "--assess", "202602", "--detail", dir.resolve("out/D.csv").toString(),
                "--summary", dir.resolve("out/S.csv").toString(), "--errors", dir.resolve("out/E.csv").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void screensTheFixtureCityExactly() throws IOException {
        Result r = screen(units, rems);
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_DETAIL, read("D.csv"));
        assertEquals(EXPECTED_SUMMARY, read("S.csv"));
        assertEquals(EXPECTED_ERRORS, read("E.csv"));
        assertEquals(EXPECTED_STDOUT, r.out());
        assertEquals("", r.err());
        assertEquals(List.of("D.csv", "E.csv", "S.csv"), sortedList(dir.resolve("out")), "no temporary files left");
    }

    private static List<String> sortedList(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unsortedInputsGiveTheSameTablesThroughTheExternalSort() throws IOException {
        Path shuffledU = dir.resolve("U2.csv");
        Path shuffledR = dir.resolve("R2.csv");
        shuffle(units, shuffledU, Charset.forName("GBK"), 3);
        shuffle(rems, shuffledR, StandardCharsets.UTF_8, 4);
        Result r = screen(shuffledU, shuffledR);
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_DETAIL, read("D.csv"));
        assertEquals(EXPECTED_SUMMARY, read("S.csv"));
        assertTrue(r.out().contains("改用外部排序"), r.out());
        assertTrue(r.out().endsWith(EXPECTED_SUMMARY));
        // same rejected rows, identified by their lines in the shuffled files
        assertEquals(5, read("E.csv").lines().count());
    }

    private static void shuffle(Path from, Path to, Charset cs, long seed) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(from, cs));
        String header = lines.remove(0);
        Collections.shuffle(lines, new Random(seed));
        lines.add(0, header.replace("\uFEFF", ""));
        Files.write(to, lines, cs);
    }

    @Test
    void xlsxInputsGiveTheSameTables() throws IOException {
        Path ux = dir.resolve("U.xlsx");
        Path rx = dir.resolve("R.xlsx");
        toXlsx(units, Charset.forName("GBK"), ux);
        toXlsx(rems, StandardCharsets.UTF_8, rx);
        Result r = screen(ux, rx);
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_DETAIL, read("D.csv"));
        assertEquals(EXPECTED_SUMMARY, read("S.csv"));
        assertEquals(EXPECTED_ERRORS.replace("U.csv", "U.xlsx").replace("R.csv", "R.xlsx"), read("E.csv"));
    }

    /** Text cells only: the row numbers of the workbook equal the CSV line numbers (no quoted line breaks here). */
    private static void toXlsx(Path csv, Charset cs, Path xlsx) throws IOException {
        List<String> lines = Files.readAllLines(csv, cs);
        try (var out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < lines.size(); r++) {
                List<String> cells = splitCsv(lines.get(r).replace("\uFEFF", ""));
                for (int c = 0; c < cells.size(); c++) if (!cells.get(c).isEmpty()) ws.value(r, c, cells.get(c));
            }
            wb.finish();
        }
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean q = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') q = !q;
            else if (ch == ',' && !q) {
                out.add(sb.toString());
                sb.setLength(0);
            } else sb.append(ch);
        }
        out.add(sb.toString());
        return out;
    }

    @Test
    void summaryAndErrorsAreOptional() throws IOException {
        Path d = dir.resolve("only/D.csv");
        Result r = run("screen", "--units", units.toString(), "--remittances", rems.toString(), "--cutoff", "2025-02",
                "--assess", "2026-02", "--stop-months", "3", "--detail", d.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(EXPECTED_DETAIL, Files.readString(d));
        assertEquals(List.of("D.csv"), sortedList(d.getParent()));
    }

    @Test
    void stopThresholdChangesTheTypes() throws IOException {
        Result r = screen(units, rems, "--stop-months", "4");
        assertEquals(0, r.code(), r.err());
        // A001 has only three unpaid months at the end: with k = 4 it is arrears, no longer stopped
        assertTrue(read("D.csv").contains("A001,甲公司,西城管理部,欠缴,2025-01,4,3400.00,2024-12,10"), read("D.csv"));
    }

    @Test
    void missingInputFileIsAnErrorExit() {
        Result r = screen(dir.resolve("nope.csv"), rems);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("找不到文件"), r.err());
        assertTrue(r.err().contains("nope.csv"), r.err());
    }

    @Test
    void missingRequiredHeaderIsAnErrorExitNamingTheColumn() throws IOException {
        Path bad = dir.resolve("R3.csv");
        Files.writeString(bad, "单位账号,缴存年月,业务类型,实缴金额\nA001,202501,汇缴,1\n");
        Result r = screen(units, bad);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("应缴金额"), r.err());
        assertFalse(Files.exists(dir.resolve("out/D.csv")), "no partial output");
    }

    @Test
    void badArgumentsExplainUsage() {
        assertEquals(2, run().code());
        assertEquals(2, run("screen", "--units", "U.csv").code());
        Result month = run("screen", "--units", "U", "--remittances", "R", "--cutoff", "2025-13", "--assess", "2026-02", "--detail", "D");
        assertEquals(2, month.code());
        assertTrue(month.err().contains("--cutoff"), month.err());
        assertEquals(2, run("screen", "--bogus", "x").code());
        assertEquals(2, run("screen", "--units", "U", "--remittances", "R", "--cutoff", "2025-02", "--assess", "2026-02",
                "--detail", "D", "--stop-months", "0").code());
    }
}
