package hpf.compliance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hpf.compliance.core.Months;
import hpf.compliance.core.warning.HistoryLine;
import hpf.compliance.core.warning.RiskConfig;
import hpf.compliance.core.warning.RiskScore;
import hpf.compliance.core.warning.RiskScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The early-warning city of the benchmark: deterministic, every kind present, and the score never sees past M. */
class WarningCityTest {
    static final int M = Months.parseIndex("2026-02");
    static final LocalDate END_OF_M = Months.fromIndex(M).atEndOfMonth();

    @Test
    void theScoreOfTheWholeHistoryEqualsTheScoreOfTheHistoryCutAtM() {
        RiskScorer scorer = new RiskScorer(RiskConfig.defaults());
        Map<CityGenerator.WarningKind, Integer> kinds = new EnumMap<>(CityGenerator.WarningKind.class);
        int[] flagged = {0};
        new CityGenerator(11, 30, M).warningCity(3000, u -> {
            kinds.merge(u.kind(), 1, Integer::sum);
            List<HistoryLine> cut = new ArrayList<>();
            for (HistoryLine l : u.lines()) {
                if (l.monthIndex() > M) continue;
                cut.add(l.paidDate() != null && l.paidDate().isAfter(END_OF_M)
                        ? new HistoryLine(l.monthIndex(), l.type(), l.dueCents(), 0, null, l.workers(), l.sealedWorkers()) : l);
            }
            RiskScore whole = scorer.score(u.account(), u.lines(), u.terms(), M, END_OF_M);
            assertEquals(scorer.score(u.account(), cut, u.terms(), M, END_OF_M), whole, u.account().accountNo());
            if (whole.score() > 0) flagged[0]++;
        });
        assertEquals(CityGenerator.WarningKind.values().length, kinds.size(), kinds.toString());
        assertTrue(flagged[0] > 100, "units with a score: " + flagged[0]);
    }

    @Test
    void theCityIsTheSameForTheSameSeed() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        new CityGenerator(5, 30, M).warningCity(200, u -> a.add(u.account().accountNo() + u.kind() + u.lines()));
        new CityGenerator(5, 30, M).warningCity(200, u -> b.add(u.account().accountNo() + u.kind() + u.lines()));
        assertEquals(a, b);
    }
}
