package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.rules.UnitListRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 守信 list's run of compliant months (UnitScreener.compliantMonthsInARow), A = 2026-02, 24 months required. */
class CompliantRunTest {
    static int run(UnitAccount u, List<RemittanceLine> lines) {
        return new UnitScreener(PLAN).compliantMonthsInARow(u, lines);
    }

    @Test
    void twentyFourMonthsUpToTheAssessmentMonthQualifyTwentyThreeDoNot() {
        // 2024-03 … 2026-02 is exactly 24 months
        int exactly = run(normal("2024-03-01"), regularRange("2024-03", "2026-02", "100", "100"));
        int oneShort = run(normal("2024-04-01"), regularRange("2024-04", "2026-02", "100", "100"));
        assertEquals(24, exactly);
        assertEquals(23, oneShort);
        assertTrue(UnitListRules.qualifiesAsTrustworthy(exactly, 24));
        assertFalse(UnitListRules.qualifiesAsTrustworthy(oneShort, 24));
        assertEquals(26, run(normal("2024-01-01"), regularRange("2024-01", "2026-02", "100", "100")));
    }

    @Test
    void anUnsettledMonthEndsTheRun() {
        List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
        lines.set(2, regular("2024-03", "100", "99.99"));  // 2024-03 short by a fen: the run is 2024-04 … 2026-02
        assertEquals(23, run(normal("2024-01-01"), lines));
        List<RemittanceLine> missing = regularRange("2024-01", "2026-02", "100", "100");
        missing.remove(missing.size() - 1);  // no record for A: the monthly due is owed
        assertEquals(0, run(normal("2024-01-01"), missing));
    }

    @Test
    void aMonthSettledOnlyByABackPaymentWasNotPaidOnTime() {
        List<RemittanceLine> lines = concat(regularRange("2024-01", "2026-02", "100", "100"));
        lines.set(14, regular("2025-03", "100", "0"));
        lines.add(back("2025-03", "100", "100"));
        assertEquals(11, run(normal("2024-01-01"), lines));
        // the screening itself finds the unit clear: settled, but thanks to a back payment
        assertEquals(Outcome.CLEAR, UnitScreener.screen(normal("2024-01-01"), lines, PLAN).outcome());
    }

    @Test
    void onlyANormalAccountRunningUpToTheAssessmentMonthHasARun() {
        List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
        assertEquals(0, run(unit(AccountStatus.DEFERRED, "2024-01-01", null, "100"), lines));
        assertEquals(0, run(unit(AccountStatus.SEALED, "2024-01-01", "2025-12-15", "100"), lines));
        assertEquals(0, run(normal("2026-03-01"), List.of()));
    }
}
