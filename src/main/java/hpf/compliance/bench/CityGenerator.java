package hpf.compliance.bench;

import hpf.compliance.core.Months;
import hpf.compliance.core.Uscc;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.warning.ExpiredTerms;
import hpf.compliance.core.warning.HistoryLine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A synthetic city for the benchmark: U.csv (units) and R.csv (remittances), both sorted by account, with a mix of
 * units that pay, owe, stopped, underpay, paid back, were sealed or closed, or are deferred. Deterministic for a seed:
 * each unit draws from its own generator split off the seed, so unit i is the same whatever the city's size.
 *
 * <p>{@code java -cp target/hpf-compliance.jar hpf.compliance.bench.CityGenerator --units 100000 --months 36 --out DIR}
 */
public final class CityGenerator {
    static final String[] BRANCHES = {"城区管理部", "矿区管理部", "郊区管理部", "开发区管理部", "平定管理部", "盂县管理部",
        "华阳集团分中心", "高新区管理部"};
    static final String UNIT_HEADER = "单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n";
    static final String REMITTANCE_HEADER = "单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n";

    /** What a unit does; the share of each is {@link #kind}'s threshold table. */
    enum Kind { PAYS, ARREARS, STOPPED, UNDERPAID, BACK_PAID, SEALED, CLOSED, DEFERRED, OPENED_LATE }

    private final long seed;
    private final int months;
    private final int assess;

    public CityGenerator(long seed, int months, int assessIndex) {
        this.seed = seed;
        this.months = months;
        this.assess = assessIndex;
    }

    public static Kind kind(double u) {
        if (u < 0.70) return Kind.PAYS;
        if (u < 0.76) return Kind.ARREARS;
        if (u < 0.82) return Kind.STOPPED;
        if (u < 0.87) return Kind.UNDERPAID;
        if (u < 0.92) return Kind.BACK_PAID;
        if (u < 0.95) return Kind.SEALED;
        if (u < 0.97) return Kind.CLOSED;
        if (u < 0.99) return Kind.DEFERRED;
        return Kind.OPENED_LATE;
    }

    public static String account(long i) {
        String n = Long.toString(i);
        return "U" + "0".repeat(Math.max(0, 10 - n.length())) + n;
    }

    /** Writes U.csv and R.csv into {@code dir}; returns the number of remittance rows. */
    public long write(Path dir, long units) throws IOException {
        Files.createDirectories(dir);
        long rows = 0;
        try (OutputStream u = new BufferedOutputStream(Files.newOutputStream(dir.resolve("U.csv")), 1 << 20);
             OutputStream r = new BufferedOutputStream(Files.newOutputStream(dir.resolve("R.csv")), 1 << 20)) {
            u.write(UNIT_HEADER.getBytes(StandardCharsets.UTF_8));
            r.write(REMITTANCE_HEADER.getBytes(StandardCharsets.UTF_8));
            StringBuilder ub = new StringBuilder(256);
            StringBuilder rb = new StringBuilder(1 << 16);
            SplittableRandom root = new SplittableRandom(seed);
            for (long i = 0; i < units; i++) {
                SplittableRandom rnd = root.split();
                rows += unit(i, rnd, ub, rb);
                if (ub.length() > 1 << 15) flush(ub, u);
                if (rb.length() > 1 << 16) flush(rb, r);
            }
            flush(ub, u);
            flush(rb, r);
        }
        return rows;
    }

    private static void flush(StringBuilder sb, OutputStream out) throws IOException {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }

    private int unit(long i, SplittableRandom rnd, StringBuilder ub, StringBuilder rb) {
        Kind kind = kind(rnd.nextDouble());
        String acc = account(i);
        int workers = 1 + rnd.nextInt(200);
        long due = workers * (30_000L + rnd.nextInt(150_000)) / 100 * 100; // fen, whole yuan
        int first = assess - months + 1;
        int opened = kind == Kind.OPENED_LATE ? assess - rnd.nextInt(Math.max(1, months / 3)) : first;
        int end = assess;
        String status = "正常";
        String sealDate = "";
        if (kind == Kind.SEALED || kind == Kind.CLOSED) {
            end = first + months / 2 + rnd.nextInt(Math.max(1, months / 2 - 1));
            status = kind == Kind.SEALED ? "封存" : "销户";
            sealDate = Months.formatIndex(end) + "-10";
            end -= 1;
        } else if (kind == Kind.DEFERRED) {
            status = "缓缴";
        }
        ub.append(acc).append(",单位").append(i).append(',').append(uscc(i)).append(',').append(BRANCHES[(int) (i % BRANCHES.length)]).append(',')
          .append(status).append(',').append(Months.formatIndex(opened)).append("-01,").append(sealDate).append(',')
          .append(workers).append(',').append(yuan(due)).append(",12%,12%\n");

        int gapStart = first + rnd.nextInt(Math.max(1, months - 4));
        int gapLen = 1 + rnd.nextInt(4);
        int stopFrom = assess - 2 - rnd.nextInt(6);
        boolean oldDebt = rnd.nextBoolean(); // a stopped unit that also owes from before the cut-off is a target
        int rows = 0;
        for (int m = opened; m <= end; m++) {
            long paid = due;
            String type = "01";
            switch (kind) {
                case ARREARS -> { if (m >= gapStart && m < gapStart + gapLen) paid = 0; }
                case STOPPED -> { if (m >= stopFrom || oldDebt && m >= first + 2 && m < first + 5) paid = 0; }
                case UNDERPAID -> { if (m >= gapStart && m < gapStart + gapLen) paid = due / 2; }
                case DEFERRED -> { if (m >= gapStart) paid = 0; }
                default -> { }
            }
            if (kind == Kind.STOPPED && m >= stopFrom && rnd.nextBoolean()) continue; // no record at all
            if (kind == Kind.BACK_PAID && m >= gapStart && m < gapStart + gapLen) {
                remittance(rb, acc, m, "01", due, 0, null);
                remittance(rb, acc, m, "02", due, due, m + 3);
                rows += 2;
                continue;
            }
            remittance(rb, acc, m, type, due, paid, paid > 0 ? m : null);
            rows++;
        }
        return rows;
    }

    /** A valid code: registration authority 9 (工商), category 1, division 140300, organization code from i. */
    static String uscc(long i) {
        String n = Long.toString(i % 100_000_000L);
        String body = "0".repeat(8 - n.length()) + n;
        String first17 = "91140300" + body + Uscc.orgCodeCheck(body);
        return first17 + Uscc.checkDigit(first17);
    }

    private static void remittance(StringBuilder rb, String acc, int month, String type, long due, long paid, Integer paidMonth) {
        rb.append(acc).append(',');
        int y = Math.floorDiv(month, 12);
        int mm = Math.floorMod(month, 12) + 1;
        rb.append(y);
        if (mm < 10) rb.append('0');
        rb.append(mm).append(',').append(type).append(',').append(yuan(due)).append(',').append(yuan(paid)).append(',');
        if (paidMonth != null) rb.append(Months.formatIndex(paidMonth)).append("-15");
        rb.append('\n');
    }

    private static String yuan(long cents) {
        return (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Early-warning city: histories with the patterns that come before arrears (and noise), for the validation of
    // the risk score (EarlyWarningBenchmark). Months first … M+3, where M = the assessment index of this generator.

    /** What a unit of the early-warning city does; {@link #warningKind} gives the shares. */
    public enum WarningKind {
        /** pays on time (with an occasional late month and a little headcount churn) */
        STEADY,
        /** already owes at M: not scored */
        OWES_AT_M,
        /** shows one or two patterns before M, then falls into arrears in M+1 … M+3 */
        PATTERN_FALLS,
        /** shows the same patterns (weaker on average) but keeps paying */
        PATTERN_RECOVERS,
        /** falls into arrears in M+1 … M+3 without any warning before */
        SUDDEN_FALL,
        /** a seasonal business: paid late in M (and some other months), never falls */
        LATE_SOMETIMES
    }

    /** The patterns of {@link WarningKind#PATTERN_FALLS} and {@link WarningKind#PATTERN_RECOVERS}. */
    public enum Pattern { DRIFT, SHORT, SHRINK, SEALED, BACK_PAY, EXPIRED }

    /** One unit of the early-warning city: its account (with payday), its whole history (up to M+3) and its terms. */
    public record WarningUnit(UnitAccount account, List<HistoryLine> lines, List<ExpiredTerms> terms, WarningKind kind,
                              List<Pattern> patterns, int fallMonth) {}

    public static WarningKind warningKind(double u) {
        if (u < 0.80) return WarningKind.STEADY;
        if (u < 0.84) return WarningKind.OWES_AT_M;
        if (u < 0.875) return WarningKind.PATTERN_FALLS;
        if (u < 0.935) return WarningKind.PATTERN_RECOVERS;
        if (u < 0.955) return WarningKind.SUDDEN_FALL;
        return WarningKind.LATE_SOMETIMES;
    }

    /** Generates {@code units} units of the early-warning city, one at a time (deterministic for the seed). */
    public void warningCity(long units, Consumer<WarningUnit> sink) {
        SplittableRandom root = new SplittableRandom(seed ^ 0x5EED_4A11L);
        for (long i = 0; i < units; i++) sink.accept(warningUnit(i, root.split()));
    }

    WarningUnit warningUnit(long i, SplittableRandom rnd) {
        WarningKind kind = warningKind(rnd.nextDouble());
        int m = assess;
        int first = m - months + 1;
        int last = m + 3;
        int payday = 1 + rnd.nextInt(20);
        int workers0 = 5 + rnd.nextInt(196);
        long perWorker = (30_000L + rnd.nextInt(150_000)) / 100 * 100; // fen per worker and month, whole yuan
        List<Pattern> patterns = new ArrayList<>();
        if (kind == WarningKind.PATTERN_FALLS || kind == WarningKind.PATTERN_RECOVERS) {
            Pattern[] all = Pattern.values();
            patterns.add(all[rnd.nextInt(all.length)]);
            if (rnd.nextDouble() < 0.35) {
                Pattern p = all[rnd.nextInt(all.length)];
                if (!patterns.contains(p)) patterns.add(p);
            }
        }
        // a pattern that recovers is weaker on average: its strength is drawn lower
        double strength = kind == WarningKind.PATTERN_RECOVERS ? 0.2 + 0.6 * rnd.nextDouble() : 0.5 + 0.5 * rnd.nextDouble();
        int fall = kind == WarningKind.PATTERN_FALLS || kind == WarningKind.SUDDEN_FALL ? m + 1 + rnd.nextInt(3) : Integer.MAX_VALUE;
        int onset = m - 2 - rnd.nextInt(5); // patterns start 3..7 months before M
        int owesFrom = kind == WarningKind.OWES_AT_M ? m - rnd.nextInt(4) : Integer.MAX_VALUE;

        int[] workers = new int[last - first + 1];
        int[] sealed = new int[last - first + 1];
        int w = workers0, s = rnd.nextInt(3);
        int shrinkTo = (int) Math.round(workers0 * (1 - (0.15 + 0.35 * strength)));
        int sealTo = s + (int) Math.ceil(workers0 * (0.10 + 0.30 * strength));
        for (int x = first; x <= last; x++) {
            int k = x - first;
            if (patterns.contains(Pattern.SHRINK) && x >= onset && x <= m) {
                w = workers0 - (int) Math.round((workers0 - shrinkTo) * (x - onset + 1.0) / (m - onset + 1));
            } else if (rnd.nextDouble() < 0.15) {
                w = Math.max(1, w + rnd.nextInt(5) - 2); // churn
            }
            if (patterns.contains(Pattern.SEALED) && x >= onset && x <= m) {
                s = s + Math.max(0, (int) Math.round((sealTo - s) * 1.0 / (m - x + 1)));
            } else if (rnd.nextDouble() < 0.05) {
                s = Math.max(0, s + rnd.nextInt(3) - 1);
            }
            workers[k] = w;
            sealed[k] = s;
        }
        // short months, back-paid months and the deferral: chosen among onset … M
        int shortMonths = patterns.contains(Pattern.SHORT) ? 1 + (int) Math.round(2 * strength) : 0;
        int backMonths = patterns.contains(Pattern.BACK_PAY) ? 2 + (int) Math.round(2 * strength) : 0;
        boolean[] shortAt = new boolean[last - first + 1];
        boolean[] backAt = new boolean[last - first + 1];
        for (int n = 0; n < shortMonths; n++) shortAt[onset - first + rnd.nextInt(m - onset)] = true;
        for (int n = 0; n < backMonths; n++) backAt[m - 11 - first + rnd.nextInt(11)] = true;
        List<ExpiredTerms> terms = new ArrayList<>();
        int deferFrom = Integer.MAX_VALUE, deferThru = Integer.MIN_VALUE;
        if (patterns.contains(Pattern.EXPIRED)) {
            deferThru = m - 1 - rnd.nextInt(5);
            deferFrom = deferThru - 5;
            terms.add(new ExpiredTerms("缓缴", Months.fromIndex(deferThru).atEndOfMonth()));
        }
        double driftDays = patterns.contains(Pattern.DRIFT) ? 6 + 14 * strength : 0;

        List<HistoryLine> lines = new ArrayList<>(months + 8);
        for (int x = first; x <= last; x++) {
            int k = x - first;
            long due = workers[k] * perWorker;
            YearMonth ym = Months.fromIndex(x);
            int deadline = Math.min(payday, ym.lengthOfMonth()) + 5;
            int late = rnd.nextDouble() < 0.06 ? 1 + rnd.nextInt(6) : 0; // an occasional late month
            if (kind == WarningKind.LATE_SOMETIMES && (x == m || rnd.nextDouble() < 0.25)) late = 3 + rnd.nextInt(12);
            if (driftDays > 0 && x >= onset) late = Math.max(late, (int) Math.round(driftDays * (x - onset + 1.0) / (m - onset + 1)));
            int day = Math.min(ym.lengthOfMonth(), deadline - rnd.nextInt(4) + late);
            LocalDate paidOn = ym.atDay(Math.max(1, day));
            if (x >= fall || x >= owesFrom) {
                boolean partial = rnd.nextDouble() < 0.3;
                lines.add(new HistoryLine(x, BusinessType.REGULAR, due, partial ? due / 2 : 0, partial ? paidOn : null, workers[k], sealed[k]));
            } else if (x >= deferFrom && x <= deferThru) {
                lines.add(new HistoryLine(x, BusinessType.REGULAR, due, 0, null, workers[k], sealed[k]));
                LocalDate back = Months.fromIndex(deferThru + 1).atDay(Math.min(28, payday + 3));
                lines.add(new HistoryLine(x, BusinessType.BACK_PAYMENT, due, due, back, null, null));
            } else if (shortAt[k] || backAt[k]) {
                long part = shortAt[k] ? due * (40 + rnd.nextInt(40)) / 100 : 0;
                lines.add(new HistoryLine(x, BusinessType.REGULAR, due, part, part > 0 ? paidOn : null, workers[k], sealed[k]));
                LocalDate back = Months.fromIndex(x + 1).atDay(Math.min(28, payday + 1 + rnd.nextInt(10)));
                lines.add(new HistoryLine(x, BusinessType.BACK_PAYMENT, due - part, due - part, back, null, null));
            } else {
                lines.add(new HistoryLine(x, BusinessType.REGULAR, due, due, paidOn, workers[k], sealed[k]));
            }
        }
        UnitAccount account = new UnitAccount(account(i), "单位" + i, uscc(i), BRANCHES[(int) (i % BRANCHES.length)],
                AccountStatus.NORMAL, Months.fromIndex(first).atDay(1), null, workers[m - first],
                workers[m - first] * perWorker, null, null, null, null, null, payday, null, 0);
        return new WarningUnit(account, lines, terms, kind, List.copyOf(patterns), fall);
    }

    public static void main(String[] args) throws IOException {
        long units = 100_000;
        int months = 36;
        long seed = 20260305L;
        String assess = "2026-02";
        Path out = Path.of("bench-data");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Long.parseLong(args[i + 1]);
                case "--months" -> months = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--assess" -> assess = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        long rows = new CityGenerator(seed, months, Months.parseIndex(assess)).write(out, units);
        System.out.printf("wrote %,d units and %,d remittance rows to %s in %.1f s%n", units, rows, out, (System.nanoTime() - t0) / 1e9);
    }
}
