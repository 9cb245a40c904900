package hpf.compliance.bench;

import hpf.compliance.cli.ScreenCommand;
import hpf.compliance.cli.ScreenOptions;
import hpf.compliance.core.Months;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.imports.ImportOptions;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.RemittanceReader;
import hpf.compliance.core.imports.UnitAccountReader;
import hpf.compliance.core.screening.ScreeningParams;
import hpf.compliance.core.screening.UnitScreener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (not a test): generates a synthetic city, then measures (1) parsing of the remittance and unit files,
 * (2) the screening engine alone on units held in memory, and (3) the whole {@code screen} command from files — the
 * same streaming merge-join path the CLI uses — with its peak heap.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -Xmx1g -cp target/hpf-compliance.jar hpf.compliance.bench.ScreeningBenchmark --units 5000000 --months 36 --dir bench-data
 * </pre>
 * Options: {@code --seed N}, {@code --reuse} (keep existing U.csv/R.csv in the directory), {@code --engine-units N},
 * {@code --screen-only} (skip the parse and engine phases, e.g. for the 5-million-unit heap run).
 */
public final class ScreeningBenchmark {
    private ScreeningBenchmark() {}

    public static void main(String[] args) throws IOException {
        long units = 1_000_000;
        int months = 36;
        long seed = 20260305L;
        Path dir = Path.of("bench-data");
        boolean reuse = false;
        int engineUnits = 50_000;
        boolean phases = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Long.parseLong(args[++i]);
                case "--months" -> months = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--reuse" -> reuse = true;
                case "--engine-units" -> engineUnits = Integer.parseInt(args[++i]);
                case "--screen-only" -> phases = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String assess = "2026-02";
        ScreeningParams params = new ScreeningParams(Months.parseIndex("2025-02"), Months.parseIndex(assess), 3);
        Path u = dir.resolve("U.csv");
        Path r = dir.resolve("R.csv");
        System.out.printf("city: %,d units x %d months, seed %d, dir %s; max heap %,d MiB; %d CPUs%n", units, months, seed,
                dir, Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors());

        if (!(reuse && Files.exists(u) && Files.exists(r))) {
            Measure m = Measure.start();
            long rows = new CityGenerator(seed, months, Months.parseIndex(assess)).write(dir, units);
            System.out.println(m.report("generate (rows written)", rows, "rows"));
        }
        System.out.printf("files: U.csv %,d MiB, R.csv %,d MiB%n", Files.size(u) / 1048576, Files.size(r) / 1048576);

        if (phases) {
            parse(u, r);
            engine(u, r, params, (int) Math.min(engineUnits, units));
        }

        Path out = dir.resolve("out");
        ScreenOptions opt = ScreenOptions.parse(new String[] {"--units", u.toString(), "--remittances", r.toString(),
            "--cutoff", "2025-02", "--assess", assess, "--detail", out.resolve("D.csv").toString(),
            "--summary", out.resolve("S.csv").toString(), "--errors", out.resolve("E.csv").toString()}, 0);
        Measure e2e = Measure.start();
        ScreenCommand.Run run = new ScreenCommand(opt, new PrintStream(OutputStream.nullOutputStream())).execute();
        long unitMonths = run.summary().unitMonths();
        System.out.println(e2e.report("screen command (files)", unitMonths, "unit-months"));
        System.out.printf("  = %,.0f remittance rows/s wall; %,d units screened, %,d targets; outputs in %s%n",
                run.remittanceRows() / e2e.wallSeconds(), run.summary().screenedUnits(),
                run.summary().count(hpf.compliance.core.screening.Outcome.TARGET), out);
    }

    private static void parse(Path u, Path r) {
        Measure parseR = Measure.start();
        long remRows = 0;
        try (RemittanceReader rr = RemittanceReader.open(r, IssueSink.IGNORE)) {
            for (RemittanceLine l = rr.next(); l != null; l = rr.next()) remRows++;
        }
        System.out.println(parseR.report("parse remittances", remRows, "rows"));

        Measure parseU = Measure.start();
        long unitRows = 0;
        try (UnitAccountReader ur = UnitAccountReader.open(u, ImportOptions.DEFAULT, IssueSink.IGNORE)) {
            for (UnitAccount a = ur.next(); a != null; a = ur.next()) unitRows++;
        }
        System.out.println(parseU.report("parse units", unitRows, "rows"));
    }

    /** The engine alone: units and their records already in memory, screened repeatedly for a stable figure. */
    private static void engine(Path u, Path r, ScreeningParams params, int n) {
        List<UnitAccount> units = new ArrayList<>(n);
        List<List<RemittanceLine>> lines = new ArrayList<>(n);
        try (UnitAccountReader ur = UnitAccountReader.open(u, ImportOptions.DEFAULT, IssueSink.IGNORE);
             RemittanceReader rr = RemittanceReader.open(r, IssueSink.IGNORE)) {
            RemittanceLine l = rr.next();
            for (UnitAccount a = ur.next(); a != null && units.size() < n; a = ur.next()) {
                List<RemittanceLine> mine = new ArrayList<>();
                while (l != null && l.accountNo().compareTo(a.accountNo()) < 0) l = rr.next();
                while (l != null && l.accountNo().equals(a.accountNo())) {
                    mine.add(l);
                    l = rr.next();
                }
                units.add(a);
                lines.add(mine);
            }
        }
        UnitScreener screener = new UnitScreener(params);
        long sink = 0;
        for (int w = 0; w < 3; w++) for (int i = 0; i < units.size(); i++) sink += screener.screen(units.get(i), lines.get(i)).owedMonths();
        Measure m = Measure.start();
        long unitMonths = 0;
        int rounds = 0;
        while (m.wallSeconds() < 5 || rounds < 3) {
            for (int i = 0; i < units.size(); i++) {
                var s = screener.screen(units.get(i), lines.get(i));
                unitMonths += s.obligationMonths();
                sink += s.owedMonths();
            }
            rounds++;
        }
        System.out.println(m.report("screening engine (memory)", unitMonths, "unit-months") + " [" + rounds + " rounds of "
                + units.size() + " units, checksum " + sink + "]");
    }
}
