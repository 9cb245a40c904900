package hpf.compliance.bench;

import hpf.compliance.core.Months;
import hpf.compliance.core.Uscc;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

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
