package hpf.compliance.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatesTest {
    private static BigDecimal bd(String s) { return new BigDecimal(s); }

    @ParameterizedTest
    @CsvSource({"12%,0.12", "12,0.12", "0.12,0.12", "5%,0.05", "5,0.05", "0.05,0.05", "12.5%,0.125", "7.5,0.075",
            "' 8 % ',0.08", "10％,0.10", "0.120,0.12"})
    void parsesAllThreeStyles(String text, String expected) {
        assertEquals(0, bd(expected).compareTo(Rates.parse(text)), text);
        assertEquals(bd(expected).stripTrailingZeros(), Rates.parse(text).stripTrailingZeros());
    }

    @Test
    void parsedRateKeepsTwoDecimalsForDisplay() {
        assertEquals("0.12", Rates.parse("12%").toPlainString());
        assertEquals("0.10", Rates.parse("10").toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12%%", "-5%", "-0.05"})
    void rejectsNonRates(String text) {
        assertThrows(IllegalArgumentException.class, () -> Rates.parse(text));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(List.of(), Rates.checkRate(bd("0.05")));
        assertEquals(List.of(), Rates.checkRate(bd("0.12")));
        assertEquals(List.of(), Rates.checkRate(bd("0.08")));
    }

    @Test
    void belowMinimumIsAViolationNamingTheRate() {
        List<Violation> v = Rates.checkRate(Rates.FIELD_EMPLOYER, bd("0.049"));
        assertEquals(1, v.size());
        assertEquals(Rates.EMPLOYER_RATE_BELOW_MIN, v.get(0).code());
        assertEquals("employerRate", v.get(0).field());
        assertEquals("Employer rate 4.9% is below the minimum of 5%", v.get(0).message());
    }

    @Test
    void aboveMaximumIsAViolation() {
        List<Violation> v = Rates.checkRate(Rates.FIELD_EMPLOYEE, bd("0.121"));
        assertEquals(List.of(Rates.EMPLOYEE_RATE_ABOVE_MAX), v.stream().map(Violation::code).toList());
        assertEquals("Employee rate 12.1% is above the maximum of 12%", v.get(0).message());
        assertEquals(Rates.RATE_ABOVE_MAX, Rates.checkRate(bd("0.2")).get(0).code());
        assertEquals(Rates.RATE_BELOW_MIN, Rates.checkRate(bd("0.01")).get(0).code());
    }

    @Test
    void missingRateIsAViolation() {
        assertEquals(Rates.RATE_REQUIRED, Rates.checkRate(null).get(0).code());
    }

    @Test
    void reductionMustBeLower() {
        assertEquals(List.of(), Rates.checkReduction(bd("0.12"), bd("0.08")));
        assertEquals(List.of(), Rates.checkReduction(bd("0.12"), bd("0.05")));
        List<Violation> same = Rates.checkReduction(bd("0.08"), bd("0.08"));
        assertEquals(List.of(Rates.REDUCTION_NOT_LOWER), same.stream().map(Violation::code).toList());
        assertEquals("Reduced rate 8% must be lower than the current rate 8%", same.get(0).message());
        assertEquals(Rates.REDUCTION_NOT_LOWER, Rates.checkReduction(bd("0.08"), bd("0.10")).get(0).code());
    }

    @Test
    void reductionMustStayAtTheFloor() {
        List<Violation> v = Rates.checkReduction(bd("0.12"), bd("0.04"));
        assertEquals(List.of(Rates.REDUCTION_BELOW_MIN), v.stream().map(Violation::code).toList());
        assertEquals("Reduced rate 4% is below the minimum of 5%", v.get(0).message());
        List<Violation> both = Rates.checkReduction(bd("0.04"), bd("0.045"));
        assertEquals(List.of(Rates.REDUCTION_NOT_LOWER, Rates.REDUCTION_BELOW_MIN), both.stream().map(Violation::code).toList());
    }

    @Test
    void formatsPercentages() {
        assertEquals("12%", Rates.formatPercent(bd("0.12")));
        assertEquals("12.5%", Rates.formatPercent(bd("0.125")));
        assertEquals("10%", Rates.formatPercent(bd("0.10")));
    }
}
