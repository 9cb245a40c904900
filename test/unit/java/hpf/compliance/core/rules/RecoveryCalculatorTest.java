package hpf.compliance.core.rules;

import hpf.compliance.core.rules.RecoveryCalculator.Recovery;
import hpf.compliance.core.rules.RecoveryCalculator.Status;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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

    static final long MAX_CENTS = 10_000_000_00L;

    /** Debts before and now up to ten million yuan; boundaries: nothing owed, a cent, the maximum, equal debts. */
    static Stream<Arguments> debts() {
        return Cases.of(1000).boundaries(Cases.grid(Gen.edges(0, MAX_CENTS), Gen.edges(0, MAX_CENTS)))
                .boundary(12_000_00L, 12_000_00L).boundary(12_000_00L, 12_000_01L).boundary(12_000_01L, 12_000_00L)
                .random(g -> {
                    long before = g.between(0, MAX_CENTS);
                    // one pair in ten lies a few cents apart, where paid-off, partly paid and grown debts meet
                    long now = g.chance(10) ? Math.max(0, Math.min(MAX_CENTS, before + g.between(-2, 2))) : g.between(0, MAX_CENTS);
                    return arguments(before, now);
                });
    }

    @Property
    @MethodSource("debts")
    void recoveredPlusStillOwedIsTheOldDebtWhenItShrank(long beforeCents, long nowCents) {
        BigDecimal before = BigDecimal.valueOf(beforeCents, 2), now = BigDecimal.valueOf(nowCents, 2);
        Recovery r = RecoveryCalculator.compute(before, now);
        assertTrue(r.recovered().signum() >= 0);
        assertEquals(0, r.stillOwed().compareTo(now));
        if (nowCents <= beforeCents) assertEquals(0, r.recovered().add(r.stillOwed()).compareTo(before));
        assertEquals(nowCents == 0, r.rectified());
        assertEquals(nowCents > 0 && nowCents < beforeCents, r.partiallyPaid());
    }
}
