package hpf.compliance.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Money, counts, years and line numbers each have their own format; a loss is written in words. */
class FormatsTest {
    @Test
    void moneyHasTwoDecimalsAndGrouping() {
        assertEquals("1,500,000.00", Formats.money(new BigDecimal("1500000")));
        assertEquals("119,962.07", Formats.money(new BigDecimal("119962.0700")));
        assertEquals("0.50", Formats.money(new BigDecimal("0.5")));
        assertEquals("-3.00", Formats.money(new BigDecimal("-3")));
        assertEquals("162,792.00 元", Formats.yuan(new BigDecimal("162792")));
        assertEquals("", Formats.money(null));
        assertEquals("", Formats.yuan(null));
    }

    @Test
    void aLossIsPrintedInWordsNeverWithAMinusSign() {
        assertEquals("亏损 1,500,000.00 元", Formats.profitOrLoss(new BigDecimal("-1500000.0000")));
        assertEquals("盈利 300,000.50 元", Formats.profitOrLoss(new BigDecimal("300000.5")));
        assertEquals("盈亏持平", Formats.profitOrLoss(BigDecimal.ZERO));
        assertEquals("", Formats.profitOrLoss(null));
        assertFalse(Formats.profitOrLoss(new BigDecimal("-0.01")).contains("-"));
    }

    @Test
    void countsAreGroupedYearsAndLineNumbersAreNot() {
        assertEquals("2,600", Formats.count(2600));
        assertEquals("23,468", Formats.count(23468L));
        assertEquals("2025", Formats.plain(2025));
        assertEquals("13349", Formats.plain(13349L));
        assertEquals("0", Formats.plain(0));
        assertEquals("", Formats.count(null));
        assertEquals("", Formats.plain(null));
    }

    @Test
    void theFormatsDoNotDependOnTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,500,000.00", Formats.money(new BigDecimal("1500000")));
            assertEquals("2,600", Formats.count(2600));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesAndTimesAreWrittenTheWayDocumentsWriteThem() {
        assertEquals("2026年4月8日", Formats.chineseDate(LocalDate.of(2026, 4, 8)));
        assertEquals("2026年4月9日4时05分", Formats.chineseDateTime(LocalDateTime.of(2026, 4, 9, 4, 5)));
        assertEquals("2026年12月31日20时30分", Formats.chineseDateTime(LocalDateTime.of(2026, 12, 31, 20, 30)));
        assertEquals("2025年2月", Formats.chineseMonth(YearMonth.of(2025, 2)));
        assertEquals("", Formats.chineseDate(null));
    }

    @Test
    void theScreenPatternsAreTheOnesTheMethodsUse() {
        assertEquals(Formats.money(new BigDecimal("1234.5")), new java.text.DecimalFormat(Formats.MONEY,
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(new BigDecimal("1234.50")));
        assertEquals("2025", new java.text.DecimalFormat(Formats.PLAIN).format(2025));
    }
}
