package hpf.compliance.core.imports;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldParsersTest {
    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static long cents(String s) { return FieldParsers.cents(b(s), 0, b(s).length); }

    private static String code(Runnable r) {
        FieldException e = assertThrows(FieldException.class, r::run);
        return e.code;
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,100", "1.5,150", "1.05,105", "1234.56,123456", "'1,234.56',123456", ".5,50", "+3,300", "2.500,250", "7.,700"})
    void amountsToFen(String text, long fen) {
        assertEquals(fen, cents(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "1.234", "12元", "--1", "1e3"})
    void malformedAmountsAreInvalid(String text) {
        assertEquals(FieldParsers.AMOUNT_INVALID, code(() -> cents(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "-1,000.00"})
    void negativeAmountsHaveTheirOwnCode(String text) {
        assertEquals(FieldParsers.AMOUNT_NEGATIVE, code(() -> cents(text)));
    }

    @ParameterizedTest
    @CsvSource({"202502,2025,2", "2025-02,2025,2", "2025/12,2025,12"})
    void months(String text, int year, int month) {
        assertEquals(year * 12 + month - 1, FieldParsers.monthIndex(b(text), 0, b(text).length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202513", "202500", "2025-13", "000012"})
    void impossibleMonths(String text) {
        assertEquals(FieldParsers.MONTH_IMPOSSIBLE, code(() -> FieldParsers.monthIndex(b(text), 0, b(text).length)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-2", "25-02", "2025021", "abcdef", "2025.02x", ""})
    void malformedMonths(String text) {
        assertEquals(FieldParsers.MONTH_INVALID, code(() -> FieldParsers.monthIndex(b(text), 0, b(text).length)));
    }

    @ParameterizedTest
    @CsvSource({"2025-03-05", "2025/03/05", "20250305", "2025/3/5", "2025-3-05", "2025-03-05 00:00:00", "2025.03.05"})
    void datesInEveryExportStyle(String text) {
        assertEquals(LocalDate.of(2025, 3, 5), FieldParsers.date(b(text), 0, b(text).length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "20251301", "2023/2/29", "2025-00-10", "2025-13-01", "2025-01-32"})
    void impossibleDates(String text) {
        assertEquals(FieldParsers.DATE_IMPOSSIBLE, code(() -> FieldParsers.date(b(text), 0, b(text).length)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03", "05/03/2025", "2025-003-05", "yesterday", "2025030", "2025-0a-05", "2025-03-0x", "2025-03/05", "-025-03-05"})
    void malformedDates(String text) {
        assertEquals(FieldParsers.DATE_INVALID, code(() -> FieldParsers.date(b(text), 0, b(text).length)));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "12,12", "12.0,12"})
    void counts(String text, int v) {
        assertEquals(v, FieldParsers.nonNegativeInt(b(text), 0, b(text).length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "x", "", "12345678901"})
    void badCounts(String text) {
        assertEquals(FieldParsers.INTEGER_INVALID, code(() -> FieldParsers.nonNegativeInt(b(text), 0, b(text).length)));
    }
}
