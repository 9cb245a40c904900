package hpf.compliance.core.imports;

import static hpf.compliance.core.imports.ReaderFixtures.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import hpf.compliance.core.account.RemittanceGroup;
import hpf.compliance.core.account.RemittanceLine;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Property;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block-parallel reader gives exactly what the sequential {@link RemittanceReader} gives: the same rows with the
 * same line numbers, the same rejected rows with the same reasons in the same order, the same counts, for any block
 * size, however the blocks cut the file (quoted fields with line breaks across a cut included).
 */
class ParallelRemittanceReaderTest {
    @TempDir
    Path dir;

    private record Result(List<RemittanceLine> rows, List<ImportIssue> issues, long read, long rejected) { }

    private static Result sequential(Path file) {
        Issues issues = new Issues();
        List<RemittanceLine> rows = new ArrayList<>();
        try (RemittanceReader r = RemittanceReader.open(file, issues)) {
            for (RemittanceLine l = r.next(); l != null; l = r.next()) rows.add(l);
            return new Result(rows, issues.all, r.rowsRead(), r.rowsRejected());
        }
    }

    private static Result parallel(Path file, int workers, int block) {
        Issues issues = new Issues();
        List<RemittanceLine> rows = new ArrayList<>();
        try (ParallelRemittanceReader r = new ParallelRemittanceReader(file, issues, workers, block)) {
            for (RemittanceLine l = r.next(); l != null; l = r.next()) rows.add(l);
            return new Result(rows, issues.all, r.rowsRead(), r.rowsRejected());
        }
    }

    /** The same reader taken in place ({@link hpf.compliance.core.account.RemittanceCursor}), each row made from the accessors. */
    private static Result inPlace(Path file, int workers, int block) {
        Issues issues = new Issues();
        List<RemittanceLine> rows = new ArrayList<>();
        try (ParallelRemittanceReader r = new ParallelRemittanceReader(file, issues, workers, block)) {
            while (r.advance()) {
                RemittanceLine l = r.line();
                RemittanceLine fields = new RemittanceLine(r.accountNo(), r.monthIndex(), r.type(), r.dueCents(),
                        r.paidCents(), l.paidDate(), r.sourceLine(), l.workers(), l.sealedWorkers());
                assertEquals(l, fields, "accessors against the row at line " + l.sourceLine());
                rows.add(l);
            }
            assertFalse(r.advance());
            return new Result(rows, issues.all, r.rowsRead(), r.rowsRejected());
        }
    }

    /**
     * The same reader taken a run of rows of one account at a time ({@code addRun}, as the merge-join takes them):
     * the same rows' fields in the same order, each run of one account.
     */
    private static void assertRunsLikeRows(Path file, int workers, int block, List<RemittanceLine> want, String ctx) {
        List<String> got = new ArrayList<>();
        RemittanceGroup g = new RemittanceGroup();
        try (ParallelRemittanceReader r = new ParallelRemittanceReader(file, new Issues(), workers, block)) {
            while (r.advance()) {
                String account = r.accountNo();
                g.clear();
                r.addRun(g);
                assertTrue(g.size() >= 1, ctx);
                for (int i = 0; i < g.size(); i++) {
                    got.add(account + "|" + g.months()[i] + "|" + g.types()[i] + "|" + g.dues()[i] + "|" + g.paids()[i]);
                }
            }
        }
        assertEquals(want.stream().map(l -> l.accountNo() + "|" + l.monthIndex() + "|" + l.type() + "|" + l.dueCents()
                + "|" + l.paidCents()).toList(), got, ctx + ", by runs");
    }

    private Path write(String name, String text, Charset cs, boolean bom) throws IOException {
        Path f = dir.resolve(name);
        byte[] body = text.getBytes(cs);
        if (bom) {
            byte[] b = new byte[body.length + 3];
            b[0] = (byte) 0xEF;
            b[1] = (byte) 0xBB;
            b[2] = (byte) 0xBF;
            System.arraycopy(body, 0, b, 3, body.length);
            body = b;
        }
        Files.write(f, body);
        return f;
    }

    private static void assertLikeSequential(Path file, String what) {
        Result want = sequential(file);
        for (int workers : new int[] {1, 2, 3}) {
            for (int block : new int[] {1, 7, 16, 64, 333, 4096, ParallelRemittanceReader.BLOCK}) {
                Result got = parallel(file, workers, block);
                String ctx = what + ", " + workers + " workers, blocks of " + block + " bytes";
                assertEquals(want.rows(), got.rows(), ctx);
                assertEquals(want.issues(), got.issues(), ctx);
                assertEquals(want.read(), got.read(), ctx);
                assertEquals(want.rejected(), got.rejected(), ctx);
                Result cursor = inPlace(file, workers, block);
                assertEquals(want, cursor, ctx + ", read in place");
                assertRunsLikeRows(file, workers, block, want.rows(), ctx);
            }
        }
    }

    private static final String HEADER = "单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n";

    @Test
    void plainExportInUtf8WithAndWithoutBomAndInGbk() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int u = 0; u < 40; u++) {
            for (int m = 1; m <= 12; m++) {
                sb.append("U").append(1000 + u).append(",2024").append(m < 10 ? "0" : "").append(m).append(",")
                        .append(m % 5 == 0 ? "补缴" : "01").append(",1234.50,").append(m % 7 == 0 ? "0" : "1234.5")
                        .append(",2024-").append(m < 10 ? "0" : "").append(m).append("-15\n");
            }
        }
        String text = sb.toString();
        assertLikeSequential(write("R1.csv", text, StandardCharsets.UTF_8, false), "UTF-8");
        assertLikeSequential(write("R2.csv", text, StandardCharsets.UTF_8, true), "UTF-8 with BOM");
        assertLikeSequential(write("R3.csv", text, Charset.forName("GBK"), false), "GBK");
        Result r = parallel(dir.resolve("R3.csv"), 2, 100);
        assertEquals(480, r.rows().size());
        assertEquals(List.of(), r.issues());
        assertEquals("U1000", r.rows().get(0).accountNo());
        assertEquals(2, r.rows().get(0).sourceLine());
        assertEquals(LocalDate.of(2024, 5, 15), r.rows().get(4).paidDate());
    }

    @Test
    void rejectedRowsKeepTheirLineNumbersAndReasons() throws IOException {
        Path f = write("R.csv", HEADER
                + "A1,202413,汇缴,100,100,\n"
                + "A1,202401,封存,100,100,\n"
                + "\n"
                + "A1,202401,汇缴,一百,100,\n"
                + "A1,202401,汇缴,100,-1,\n"
                + ",202401,汇缴,100,100,\n"
                + "A1,202401,汇缴,100,100,2024-13-01\n"
                + "A1,202401,汇缴,100,100,2024-02-30\n"
                + "A1,202401,汇缴,100.123,100,\n"
                + "A1,202401,汇缴,,100,\n"
                + "A1,202401,汇缴,1e3,100,\n"
                + "A1,202401,汇缴,100,100,\n"
                + "A1,202402\n", StandardCharsets.UTF_8, false);
        assertLikeSequential(f, "rejected rows");
        Result r = parallel(f, 2, 16);
        assertEquals(1, r.rows().size());
        assertEquals(13, r.rows().get(0).sourceLine());
        List<String> got = r.issues().stream().map(i -> i.line() + ":" + i.column() + ":" + i.code()).toList();
        assertEquals(List.of("2:缴存年月:MONTH_IMPOSSIBLE", "3:业务类型:TYPE_UNKNOWN", "5:应缴金额:AMOUNT_INVALID",
                "6:实缴金额:AMOUNT_NEGATIVE", "7:单位账号:ACCOUNT_EMPTY", "8:缴款日期:DATE_IMPOSSIBLE",
                "9:缴款日期:DATE_IMPOSSIBLE", "10:应缴金额:AMOUNT_INVALID", "11:应缴金额:AMOUNT_INVALID",
                "12:应缴金额:AMOUNT_INVALID", "14:业务类型:TYPE_UNKNOWN", "14:应缴金额:AMOUNT_INVALID",
                "14:实缴金额:AMOUNT_INVALID"), got);
        assertEquals(12, r.read(), "the blank line is no row");
        assertEquals(11, r.rejected());
    }

    @Test
    void quotedFieldsWithLineBreaksAcrossBlockCuts() throws IOException {
        // a quoted field holding line breaks (and quotes, commas) makes a line break inside a block no record end
        Path f = write("R.csv", HEADER
                + "A1,202401,01,100,100,2024-01-10\n"
                + "\"A\"\"2\",\"2024\n01\",01,\"1,000\",100,\n"
                + "A3,202401,01,100,100,\"2024-01-10\"\n"
                + "\"A4,\n\n\nx\",202401,01,100,100,\n"
                + "A5,202401,\"0\n2\",100,100,\n"
                + "A6,202401,01,100,100,\r\n"
                + "A7,202401,01,100,100,\rA8,202401,01,100,100,\r\n"
                + "\"A9\"junk,202401,01,100,100,\n"
                + "A10,202401,01,100,100,\"2024-01-10", StandardCharsets.UTF_8, false);
        assertLikeSequential(f, "quoted line breaks");
        Result r = parallel(f, 2, 7);
        assertEquals(List.of("A1", "A3", "A4,\n\n\nx", "A6", "A7", "A8", "A9", "A10"),
                r.rows().stream().map(RemittanceLine::accountNo).toList());
    }

    @Test
    void randomExportsReadTheSameAsSequentially() throws IOException {
        String[] accounts = {"A1", "A2", " A3 ", "\"A4\"", "\"A\"\"5\"", "", "U000123", "单位甲", "A1\t"};
        String[] months = {"202401", "2024-02", "2024/03", "202413", "202400", "000001", "2024", "\"202405\"", "",
                " 202406", "2024-1", "2024-1x", "20240a", "2024-07 "};
        String[] types = {"01", "02", "汇缴", "补缴", "03", "\"01\"", "", " 01", "1", "001"};
        String[] amounts = {"100", "100.5", "100.50", "1,000.00", "-1", "x", "", "0.001", "\"12.30\"", " 7 ", "0",
                "00012.3", "999999999999999", "9999999999999999", "12.", ".5", "+5", "12.345", "12.3x", "1.50\t"};
        String[] dates = {"2024-01-10", "2024/1/5", "20240110", "2024-02-30", "2024-01-10 12:00:00", "", "bad",
                "\"2024-03-01\"", " 2024-01-10", "2024-1-10", "2024-01-1x", "2024-13-01", "0000-01-01", " "};
        String[] ends = {"\n", "\n", "\n", "\r\n", "\r", "\n\n"};
        String[] headcounts = {"12", "0", "", "x", "-1", " 7 ", "1.5", "300"};
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            // every fourth export carries the month's headcounts too (缴存人数, 封存人数), which the rows must keep
            boolean counts = seed % 4 == 0;
            StringBuilder sb = new StringBuilder(counts ? HEADER.strip() + ",缴存人数,封存人数\n"
                    : seed % 2 == 0 ? HEADER : "DWZH,JCNY,YWLX,YJJE,SJJE\n");
            int rows = rnd.nextInt(0, 300);
            for (int i = 0; i < rows; i++) {
                sb.append(pick(rnd, accounts)).append(',').append(pick(rnd, months)).append(',').append(pick(rnd, types))
                        .append(',').append(pick(rnd, amounts)).append(',').append(pick(rnd, amounts));
                if (seed % 2 == 0) sb.append(',').append(pick(rnd, dates));
                if (counts) sb.append(',').append(pick(rnd, headcounts)).append(',').append(pick(rnd, headcounts));
                if (rnd.nextInt(20) == 0) sb.append(",extra");
                if (rnd.nextInt(40) == 0) sb.append(",\"quoted\nfield\"");
                if (i < rows - 1 || rnd.nextBoolean()) sb.append(pick(rnd, ends));
            }
            Path f = write("R" + seed + ".csv", sb.toString(), seed % 3 == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8,
                    seed % 3 != 0 && seed % 5 == 0);
            assertLikeSequential(f, "seed " + seed);
        }
    }

    static Stream<Arguments> usualExports() {
        return Cases.of(40).random(g -> arguments(g.seed()));
    }

    @Property
    @MethodSource("usualExports")
    void randomExportsOfMostlyUsualRowsReadTheSameAsSequentially(long seed) throws IOException {
        // mostly rows of the usual form (one pass over the bytes), now and then one the general reader must read,
        // columns in any order with other columns between them, headcounts or not, dates or not
        String[] odd = {" 100", "100 ", "1,000", "+5", ".5", "12.300", "12.3x", "-1", "", "\"7\"", "1e3", "9999999999999999",
                "2024-02-30", "2024/1/5", "20240110", "2024-13-01", "202413", "2024-1", "汇缴", "补缴", "03", "1.0", " ",
                // fixed widths with a byte just below '0' or above '9' in each digit place (year, month, day)
                "2/24-01-10", "20:4-01-10", "2024-/1-10", "2024-0:-10", "2024-01-/0", "2024-01-1:", "0000-01-10",
                "/02401", "2024:1", "202400", "2024-00", "2024/02", "2024.02"};
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> columns = new ArrayList<>(List.of("单位账号", "缴存年月", "业务类型", "应缴金额", "实缴金额"));
        if (rnd.nextBoolean()) columns.add("缴款日期");
        if (rnd.nextBoolean()) {
            columns.add("缴存人数");
            columns.add("封存人数");
        }
        if (rnd.nextBoolean()) columns.add("备注");
        java.util.Collections.shuffle(columns, new java.util.Random(seed));
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append(rnd.nextBoolean() ? "\n" : "\r\n");
        int rows = rnd.nextInt(0, 2_000);
        int account = rnd.nextInt(1, 1000);
        String end = rnd.nextInt(4) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < rows; i++) {
            if (rnd.nextInt(6) == 0) account += rnd.nextInt(1, 3);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) sb.append(',');
                if (rnd.nextInt(60) == 0) {
                    sb.append(pick(rnd, odd));
                    continue;
                }
                sb.append(switch (columns.get(c)) {
                    case "单位账号" -> (rnd.nextInt(200) == 0 ? "单位" : "U") + String.format("%06d", account);
                    case "缴存年月" -> (2019 + rnd.nextInt(8)) + (rnd.nextInt(5) == 0 ? "-" : "")
                            + String.format("%02d", 1 + rnd.nextInt(12));
                    case "业务类型" -> rnd.nextInt(8) == 0 ? "02" : "01";
                    case "应缴金额", "实缴金额" -> rnd.nextInt(10) == 0 ? "0" : rnd.nextInt(100_000)
                            + (rnd.nextBoolean() ? "" : "." + rnd.nextInt(10) + (rnd.nextBoolean() ? "" : rnd.nextInt(10)));
                    case "缴款日期" -> rnd.nextInt(10) == 0 ? "" : java.time.LocalDate.of(2019, 1, 1)
                            .plusDays(rnd.nextInt(3000)).toString();
                    case "缴存人数", "封存人数" -> rnd.nextInt(10) == 0 ? "" : String.valueOf(rnd.nextInt(5000));
                    default -> rnd.nextInt(20) == 0 ? "\"备注,有逗号\"" : "x";
                });
            }
            if (rnd.nextInt(300) == 0) sb.append(end); // a blank line
            if (i < rows - 1 || rnd.nextBoolean()) sb.append(rnd.nextInt(200) == 0 ? "\r" : end);
        }
        Charset cs = rnd.nextInt(3) == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        Path f = write("M.csv", sb.toString(), cs, cs == StandardCharsets.UTF_8 && rnd.nextBoolean());
        Result want = sequential(f);
        for (int block : new int[] {1, 333, 4096, ParallelRemittanceReader.BLOCK}) {
            assertEquals(want, parallel(f, 2, block), "blocks of " + block);
            assertEquals(want, inPlace(f, 2, block), "blocks of " + block + ", read in place");
            assertRunsLikeRows(f, 2, block, want.rows(), "blocks of " + block);
        }
    }

    private static String pick(SplittableRandom rnd, String[] xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    @Test
    void missingColumnIsTheSameErrorAsSequentially() throws IOException {
        Path f = write("R.csv", "单位账号,缴存年月,业务类型,应缴金额\nA1,202401,汇缴,1\n", StandardCharsets.UTF_8, false);
        ImportException e = assertThrows(ImportException.class, () -> ParallelRemittanceReader.open(f, new Issues()));
        assertTrue(e.getMessage().contains("实缴金额(FSE)"), e.getMessage());
        ImportException empty = assertThrows(ImportException.class,
                () -> ParallelRemittanceReader.open(write("E.csv", "", StandardCharsets.UTF_8, false), new Issues()));
        assertTrue(empty.getMessage().contains("空文件"), empty.getMessage());
    }

    @Test
    void headerOnlyFileHasNoRows() throws IOException {
        assertLikeSequential(write("H.csv", HEADER, StandardCharsets.UTF_8, false), "header only");
        assertLikeSequential(write("H2.csv", HEADER.strip(), StandardCharsets.UTF_8, false), "header without line break");
    }

    @Test
    void xlsxIsReadOnTheCallingThread() throws IOException {
        Path f = dir.resolve("R.xlsx");
        try (var in = xlsx(new Object[] {"单位账号", "缴存年月", "业务类型", "应缴金额", "实缴金额"},
                new Object[] {"A1", 202401, "汇缴", 100.1, 100.1})) {
            Files.copy(in, f);
        }
        try (ParallelRemittanceReader r = ParallelRemittanceReader.open(f, new Issues())) {
            assertFalse(r.parallel());
            assertEquals(10010, r.next().paidCents());
            assertNull(r.next());
            assertEquals(1, r.rowsRead());
        }
    }

    @Test
    void closingEarlyStopsTheThreads() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) sb.append("A").append(i / 12).append(",202401,01,100,100,2024-01-10\n");
        Path f = write("R.csv", sb.toString(), StandardCharsets.UTF_8, false);
        try (ParallelRemittanceReader r = new ParallelRemittanceReader(f, new Issues(), 2, 1024)) {
            assertNotNull(r.next());
        }
        Thread.getAllStackTraces().keySet().forEach(t -> assertFalse(t.getName().startsWith("hpf-remittances") && t.isAlive(),
                "left running: " + t.getName()));
    }

    @Test
    void manyDistinctDatesAreEachTheirOwnDay() throws IOException {
        // the readers keep made dates by key in a small table: every day must still come out as itself
        StringBuilder sb = new StringBuilder(HEADER);
        List<LocalDate> want = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(3)) {
            sb.append("A1,202401,01,1,1,").append(d).append('\n');
            want.add(d);
        }
        sb.append("A1,202401,01,1,1,2024-02-30\n");
        Path f = write("R.csv", sb.toString(), StandardCharsets.UTF_8, false);
        Result r = parallel(f, 2, 4096);
        assertEquals(want, r.rows().stream().map(RemittanceLine::paidDate).toList());
        assertEquals("DATE_IMPOSSIBLE", r.issues().get(0).code());
        assertLikeSequential(f, "dates");
    }
}
