package hpf.compliance.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

/** Money is entered to the fen: two decimals pass, a third is refused (not rounded), naming the field. */
class AmountsTest {
    @Test
    void fenPass() {
        assertNull(Amounts.checkFen("commitmentAmount", "承诺金额", new BigDecimal("119962.07")));
        assertNull(Amounts.checkFen("commitmentAmount", "承诺金额", new BigDecimal("119962")));
        assertNull(Amounts.checkFen("commitmentAmount", "承诺金额", new BigDecimal("119962.0700")), "trailing zeros as stored");
        assertNull(Amounts.checkFen("commitmentAmount", "承诺金额", null));
        assertNull(Amounts.checkFen("profitLossAmount1", "盈亏", new BigDecimal("-1500000.5")));
    }

    @Test
    void aThirdDecimalIsRefusedNamingTheField() {
        Violation v = Amounts.checkFen("commitmentAmount", "承诺金额", new BigDecimal("119962.075"));
        assertNotNull(v);
        assertEquals("commitmentAmount", v.field());
        assertEquals(Amounts.MORE_THAN_FEN, v.code());
        assertEquals("承诺金额 119962.075 has more than two decimals; enter yuan to the fen, e.g. 119962.07", v.message());
        assertEquals("commitmentAmount", Amounts.checkFen("commitmentAmount", null, new BigDecimal("1.001")).args().get("label"));
    }
}
