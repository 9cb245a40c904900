package hpf.compliance.bench;

import hpf.compliance.core.Months;
import hpf.compliance.core.warning.HistoryLine;
import hpf.compliance.core.warning.RiskConfig;
import hpf.compliance.core.warning.RiskScore;
import hpf.compliance.core.warning.RiskScorer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validation of the early-warning score (not a test): on the generated early-warning city
 * ({@link CityGenerator#warningCity}), every unit is scored as of month M from its history cut at M — records of later
 * months dropped, payments dated after the end of M removed — and the units that fall into arrears in M+1 … M+3 (by
 * the screening rule, with the payments known at the end of each month) are counted. Prints precision and recall of
 * the top-N of the score and of the naive baseline "paid late last month" (units whose contribution for M was paid
 * after its deadline, payday + 5 days, latest first).
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/hpf-compliance.jar hpf.compliance.bench.EarlyWarningBenchmark [--units 100000] [--seed N] [--assess 2026-02]
 * </pre>
 */
public final class EarlyWarningBenchmark {
    private EarlyWarningBenchmark() {}

    record Scored(String account, double score, long lateDays, boolean fell) {}

    public static void main(String[] args) {
        long units = 100_000;
        long seed = 20260305L;
        String assess = "2026-02";
        int months = 30;
        int[] tops = {100, 250, 500, 1000, 2000, 5000};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--assess" -> assess = args[++i];
                case "--months" -> months = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int m = Months.parseIndex(assess);
        LocalDate endOfM = Months.fromIndex(m).atEndOfMonth();
        RiskScorer scorer = new RiskScorer(RiskConfig.defaults());
        List<Scored> eligible = new ArrayList<>();
        long[] counts = new long[2];
        long t0 = System.nanoTime();
        new CityGenerator(seed, months, m).warningCity(units, u -> {
            counts[0]++;
            // what is known at the end of M, and nothing else
            List<HistoryLine> known = new ArrayList<>();
            for (HistoryLine l : u.lines()) {
                if (l.monthIndex() > m) continue;
                boolean paidLater = l.paidDate() != null && l.paidDate().isAfter(endOfM);
                known.add(paidLater ? new HistoryLine(l.monthIndex(), l.type(), l.dueCents(), 0, null, l.workers(), l.sealedWorkers()) : l);
            }
            RiskScore s = scorer.score(u.account(), known, u.terms(), m, endOfM);
            if (!s.eligible()) return;
            boolean fell = false;
            for (int x = m + 1; x <= m + 3 && !fell; x++)
                fell = RiskScorer.inArrears(u.account(), u.lines(), x, Months.fromIndex(x).atEndOfMonth());
            if (fell) counts[1]++;
            eligible.add(new Scored(u.account().accountNo(), s.score(), lateDays(u.account().payday(), known, m), fell));
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        long fallers = counts[1];
        List<Scored> byScore = new ArrayList<>(eligible.stream().filter(s -> s.score() > 0).toList());
        byScore.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::account));
        List<Scored> byLate = new ArrayList<>(eligible.stream().filter(s -> s.lateDays() > 0).toList());
        byLate.sort(Comparator.comparingLong(Scored::lateDays).reversed().thenComparing(Scored::account));

        System.out.printf("early-warning city: %,d units, %d months of history up to M = %s, seed %d (%.1f s)%n",
                counts[0], months, assess, seed, secs);
        System.out.printf("scored (not in arrears at M): %,d; fell into arrears in M+1..M+3: %,d (%.2f %%)%n",
                eligible.size(), fallers, 100.0 * fallers / Math.max(1, eligible.size()));
        System.out.printf("units with a score > 0: %,d; units paid late in M (baseline list): %,d%n", byScore.size(), byLate.size());
        System.out.println();
        System.out.println("| top N | score: precision | score: recall | baseline \"paid late last month\": precision | baseline: recall |");
        System.out.println("|---|---|---|---|---|");
        for (int n : tops) {
            double[] a = pr(byScore, n, fallers), b = pr(byLate, n, fallers);
            System.out.printf("| %,d | %.1f %% | %.1f %% | %.1f %% | %.1f %% |%n", n, a[0], a[1], b[0], b[1]);
        }
        double[] all = pr(byLate, byLate.size(), fallers);
        System.out.printf("%nbaseline, whole list (%,d units): precision %.1f %%, recall %.1f %%; random pick: precision %.1f %%%n",
                byLate.size(), all[0], all[1], 100.0 * fallers / Math.max(1, eligible.size()));
    }

    /** {precision %, recall %} of the first n of a ranked list (shorter lists: all of it). */
    static double[] pr(List<Scored> ranked, int n, long fallers) {
        int k = Math.min(n, ranked.size());
        long hits = 0;
        for (int i = 0; i < k; i++) if (ranked.get(i).fell()) hits++;
        return new double[] {k == 0 ? 0 : 100.0 * hits / k, fallers == 0 ? 0 : 100.0 * hits / fallers};
    }

    /** Days after the deadline (payday + 5) that M's regular contribution was paid; 0 when on time or unknown. */
    static long lateDays(Integer payday, List<HistoryLine> known, int m) {
        YearMonth ym = Months.fromIndex(m);
        LocalDate deadline = ym.atDay(Math.min(payday == null ? RiskConfig.DEFAULT_PAYDAY : payday, ym.lengthOfMonth()))
                .plusDays(RiskConfig.REMIT_DAYS_AFTER_PAYDAY);
        for (HistoryLine l : known) {
            if (l.monthIndex() == m && l.type() == hpf.compliance.core.account.BusinessType.REGULAR && l.paidDate() != null)
                return Math.max(0, ChronoUnit.DAYS.between(deadline, l.paidDate()));
        }
        return 0;
    }
}
