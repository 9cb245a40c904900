package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ScreeningParamsTest {
    static final YearMonth LAST = YearMonth.of(2026, 5);

    @Test
    void givenValuesWinOverTheCampaignsWhichWinOverTheDefaults() {
        assertEquals(ScreeningParams.of(YearMonth.of(2025, 1), YearMonth.of(2026, 1), 4),
                ScreeningParams.resolve("2025-01", "2025-02", "202601", "2026-02", 4, 3L, LAST));
        assertEquals(ScreeningParams.of(YearMonth.of(2025, 2), YearMonth.of(2026, 2), 5),
                ScreeningParams.resolve(null, "2025-02", "", "2026-02", null, 5L, LAST));
        assertEquals(ScreeningParams.of(YearMonth.of(2025, 2), LAST, ScreeningParams.DEFAULT_STOP_MONTHS),
                ScreeningParams.resolve("", "2025-02", null, null, 0, null, LAST), "empty and zero count as not given");
    }

    @Test
    void noCutoffAtAllIsNull() {
        assertNull(ScreeningParams.resolve(null, null, "2026-02", null, 3, null, LAST));
        assertNull(ScreeningParams.resolve("", "", "not a month", null, 3, null, LAST), "the cut-off is asked for first");
    }

    @Test
    void malformedValuesSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScreeningParams.resolve("2025-13", null, null, null, null, null, LAST));
        assertTrue(e.getMessage().contains("2025-13"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScreeningParams.resolve("2025-02", null, null, null, -1, null, LAST));
        assertTrue(e.getMessage().contains("Stop threshold"), e.getMessage());
    }
}
