package hpf.compliance.core;

import static org.junit.jupiter.api.Assertions.*;

import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTest {
    @Test
    void parsesBothExportFormats() {
        assertEquals(YearMonth.of(2025, 2), Months.parse("202502"));
        assertEquals(YearMonth.of(2025, 2), Months.parse("2025-02"));
        assertEquals(YearMonth.of(2025, 12), Months.parse(" 2025-12 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202513", "2025-00", "2025-13", "000001"})
    void rejectsImpossibleMonthsSayingWhy(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Months.parse(text));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2025-2", "2025/02", "25-02", "2025-02-01", "20250", "abcdef", "2025-0x"})
    void rejectsMalformedText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Months.parse(text));
        assertTrue(e.getMessage().contains("yyyy-MM"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Months.parse(null));
    }

    @Test
    void formatsIsoYearMonth() {
        assertEquals("2025-02", Months.format(YearMonth.of(2025, 2)));
        assertEquals("0999-11", Months.format(YearMonth.of(999, 11)));
    }

    @Test
    void betweenCountsMonthsAcrossYears() {
        assertEquals(12, Months.between(YearMonth.of(2025, 2), YearMonth.of(2026, 2)));
        assertEquals(-1, Months.between(YearMonth.of(2025, 1), YearMonth.of(2024, 12)));
        assertEquals(0, Months.between(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    }

    @Test
    void indexIsConsecutiveAcrossYearEnd() {
        assertEquals(Months.toIndex(YearMonth.of(2024, 12)) + 1, Months.toIndex(YearMonth.of(2025, 1)));
        assertEquals(Months.toIndex(YearMonth.of(2025, 3)), Months.parseIndex("202503"));
    }

    @Property
    void indexRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth ym = YearMonth.of(year, month);
        assertEquals(ym, Months.fromIndex(Months.toIndex(ym)));
        assertEquals(ym, Months.parse(Months.format(ym)));
        assertEquals(ym, Months.parse(Months.format(ym).replace("-", "")));
    }

    @Property
    void textOrderMatchesMonthOrder(@ForAll @IntRange(min = 12000, max = 40000) int a, @ForAll @IntRange(min = 12000, max = 40000) int b) {
        assertEquals(Integer.signum(Integer.compare(a, b)),
                Integer.signum(Months.formatIndex(a).compareTo(Months.formatIndex(b))));
    }
}
