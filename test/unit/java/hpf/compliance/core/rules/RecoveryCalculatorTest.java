package hpf.compliance.core.rules;

import hpf.compliance.core.rules.RecoveryCalculator.Recovery;
import hpf.compliance.core.rules.RecoveryCalculator.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class RecoveryCalculatorTest {
    static BigDecimal y(String s) {
        return new BigDecimal(s);
    }

    @Test
    void rectifiedWhenNothingOwed() {
        Recovery r = RecoveryCalculator.compute(y("52000"), y("0"));
        assertEquals(y("52000.00"), r.recovered());
        assertEquals(y("0.00"), r.stillOwed());
        assertEquals(Status.RECTIFIED, r.status());
        assertTrue(r.rectified());
    }

    @Test
    void partiallyPaid() {
        Recovery r = RecoveryCalculator.compute(y("52000"), y("12000.50"));
        assertEquals(y("39999.50"), r.recovered());
        assertEquals(y("12000.50"), r.stillOwed());
        assertTrue(r.partiallyPaid());
        assertFalse(r.rectified());
    }

    @Test
    void owingMoreIsNotNegativeRecovery() {
        Recovery r = RecoveryCalculator.compute(y("52000"), y("60000"));
        assertEquals(y("0.00"), r.recovered());
        assertEquals(Status.NOT_PAID, r.status());
        assertEquals(Status.NOT_PAID, RecoveryCalculator.compute(y("52000"), y("52000")).status());
    }

    @Test
    void badInputRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecoveryCalculator.compute(null, y("1")));
        assertThrows(IllegalArgumentException.class, () -> RecoveryCalculator.compute(y("1"), y("-1")));
    }

    @Property
    void recoveredPlusStillOwedIsTheOldDebtWhenItShrank(@ForAll @LongRange(min = 0, max = 10_000_000_00L) long beforeCents,
                                                        @ForAll @LongRange(min = 0, max = 10_000_000_00L) long nowCents) {
        BigDecimal before = BigDecimal.valueOf(beforeCents, 2), now = BigDecimal.valueOf(nowCents, 2);
        Recovery r = RecoveryCalculator.compute(before, now);
        assertTrue(r.recovered().signum() >= 0);
        assertEquals(0, r.stillOwed().compareTo(now));
        if (nowCents <= beforeCents) assertEquals(0, r.recovered().add(r.stillOwed()).compareTo(before));
        assertEquals(nowCents == 0, r.rectified());
        assertEquals(nowCents > 0 && nowCents < beforeCents, r.partiallyPaid());
    }
}
