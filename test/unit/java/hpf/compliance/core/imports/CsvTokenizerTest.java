package hpf.compliance.core.imports;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTokenizerTest {
    static List<List<String>> read(byte[] bytes, Charset cs) throws IOException {
        return read(new ByteArrayInputStream(bytes), cs);
    }

    static List<List<String>> read(InputStream in, Charset cs) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(in, cs)) {
            while (t.next()) {
                List<String> r = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) r.add(t.text(i));
                rows.add(r);
            }
        }
        return rows;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void splitsPlainRecordsWithAnyLineEnding() throws IOException {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f")), read(utf8("a,b\r\nc,d\ne,f"), null));
    }

    @Test
    void handlesQuotedCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = read(utf8("x,\"甲,乙\",\"他说\"\"好\"\"\",\"两\n行\"\ny,,\"\",z\n"), null);
        assertEquals(List.of("x", "甲,乙", "他说\"好\"", "两\n行"), rows.get(0));
        assertEquals(List.of("y", "", "", "z"), rows.get(1));
    }

    @Test
    void countsLinesIncludingQuotedBreaksAndSkipsBlankLines() throws IOException {
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(utf8("h\n\"a\nb\"\n\nc\n")), null)) {
            assertTrue(t.next());
            assertEquals(1, t.line());
            assertTrue(t.next());
            assertEquals(2, t.line());
            assertTrue(t.next());
            assertEquals("c", t.text(0));
            assertEquals(5, t.line());
            assertFalse(t.next());
        }
    }

    @Test
    void trailingEmptyFieldIsKept() throws IOException {
        assertEquals(List.of(List.of("a", "")), read(utf8("a,\n"), null));
    }

    @Test
    void skipsUtf8ByteOrderMark() throws IOException {
        byte[] body = utf8("单位账号,x\n1,2\n");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("单位账号", read(withBom, null).get(0).get(0));
    }

    @Test
    void detectsGbk() throws IOException {
        byte[] gbk = "单位账号,单位名称\n001,阳泉市某某煤业有限公司\n".getBytes(Charset.forName("GBK"));
        assertEquals(List.of("001", "阳泉市某某煤业有限公司"), read(gbk, null).get(1));
    }

    @Test
    void recordsLongerThanTheBufferAndSplitAcrossReadsSurvive() throws IOException {
        StringBuilder sb = new StringBuilder();
        String longField = "长".repeat(700_000);
        sb.append("a,\"").append(longField).append("\",b\n");
        for (int i = 0; i < 50_000; i++) sb.append(i).append(",\"q,").append(i).append("\",end\n");
        // a stream that returns a few bytes per read forces every boundary case
        byte[] bytes = utf8(sb.toString());
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7919));
            }
        };
        List<List<String>> rows = read(trickle, null);
        assertEquals(50_001, rows.size());
        assertEquals(longField, rows.get(0).get(1));
        assertEquals(List.of("49999", "q,49999", "end"), rows.get(50_000));
    }

    /** Characters that mean something to CSV or to stripping, drawn more often than their share of the plane. */
    static final String CSV_SPECIAL = ",\"\n\r \t\u3000\uFEFF";

    static char csvChar(Gen g) {
        return switch (g.between(0, 3)) {
            case 0 -> CSV_SPECIAL.charAt(g.between(0, CSV_SPECIAL.length() - 1));
            case 1 -> (char) g.between(0x20, 0x7E);
            case 2 -> (char) g.between(0x4E00, 0x9FA5);
            default -> g.bmpChar();
        };
    }

    /**
     * 1..5 records of 1..4 fields of up to 6 characters; boundaries: a blank record (skipped), empty fields, and fields
     * that are only a quote, a comma, a line break or blanks.
     */
    static Stream<Arguments> records() {
        return Cases.of(200)
                .boundary(List.of(List.of("")))
                .boundary(List.of(List.of("", "")))
                .boundary(List.of(List.of("a"), List.of(""), List.of("b")))
                .boundary(List.of(List.of("\"", ",", "\n", "\r\n")))
                .boundary(List.of(List.of(" ", "\t", "\u3000x\u3000")))
                .boundary(List.of(List.of("\"\"\"\"\"\"", ",,,,,,", "\n\n\n\n\n\n", "甲乙丙丁戊己")))
                .random(g -> arguments(g.listOf(1, 5, r -> r.listOf(1, 4, f -> f.string(0, 6, CsvTokenizerTest::csvChar)))));
    }

    @Property
    @MethodSource("records")
    void writtenRecordsReadBack(List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<List<String>> expected = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> clean = r.stream().map(s -> s.replace("\r", "").strip()).toList();
            if (clean.size() == 1 && clean.get(0).isEmpty()) continue; // a blank line is not a record
            expected.add(clean);
            for (int i = 0; i < clean.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append('"').append(clean.get(i).replace("\"", "\"\"")).append('"');
            }
            sb.append('\n');
        }
        List<List<String>> got = read(utf8(sb.toString()), StandardCharsets.UTF_8);
        assertEquals(expected, got.stream().map(r -> r.stream().map(String::strip).toList()).toList());
    }
}
