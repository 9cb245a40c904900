package hpf.compliance.core;

import static org.junit.jupiter.api.Assertions.*;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Every year and month the four-digit format holds; boundaries: the first and last years and months. */
    static Stream<Arguments> yearsAndMonths() {
        return Cases.of(1000).boundaries(Cases.grid(Gen.edges(1, 9999), Gen.edges(1, 12)))
                .boundary(999, 12).boundary(1000, 1)
                .random(g -> arguments(g.between(1, 9999), g.between(1, 12)));
    }

    @Property
    @MethodSource("yearsAndMonths")
    void indexRoundTrips(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        assertEquals(ym, Months.fromIndex(Months.toIndex(ym)));
        assertEquals(ym, Months.parse(Months.format(ym)));
        assertEquals(ym, Months.parse(Months.format(ym).replace("-", "")));
    }

    /** Month indexes of the years 1000..3333; boundaries: the range ends, equal indexes and neighbours across a year end. */
    static Stream<Arguments> indexPairs() {
        int dec = Months.toIndex(YearMonth.of(2024, 12));
        return Cases.of(1000).boundaries(Cases.grid(Gen.edges(12000, 40000), Gen.edges(12000, 40000)))
                .boundary(dec, dec).boundary(dec, dec + 1).boundary(dec + 1, dec)
                .random(g -> {
                    int a = g.between(12000, 40000);
                    // one pair in ten are near neighbours, which independent draws almost never give
                    int b = g.chance(10) ? Math.max(12000, Math.min(40000, a + g.between(-13, 13))) : g.between(12000, 40000);
                    return arguments(a, b);
                });
    }

    @Property
    @MethodSource("indexPairs")
    void textOrderMatchesMonthOrder(int a, int b) {
        assertEquals(Integer.signum(Integer.compare(a, b)),
                Integer.signum(Months.formatIndex(a).compareTo(Months.formatIndex(b))));
    }
}
