package hpf.compliance.bench;

import hpf.compliance.cli.MatchCommand;
import hpf.compliance.cli.MatchOptions;
import hpf.compliance.core.Uscc;
import hpf.compliance.core.registry.MatchKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Benchmark (not a test) of {@code match}: a deterministic registry extract and unit export, then the whole command
 * from files with its peak heap. Accounts: most with a USCC, some old ones with only an organization code (in its own
 * column, hyphenated), some whose name differs from the registry only in how it is written. Registry: every account's
 * enterprise plus many that never registered, some closed, revoked or moved out, some set up in the last month.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -Xmx1g -cp target/hpf-compliance.jar hpf.compliance.bench.MatchBenchmark --registry 1000000 --units 200000 --dir bench-data
 * </pre>
 * Options: {@code --seed N}, {@code --reuse} (keep existing REG.csv and UM.csv in the directory).
 */
public final class MatchBenchmark {
    private MatchBenchmark() {}

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    public static void main(String[] args) throws IOException {
        int registryRows = 1_000_000;
        int units = 200_000;
        long seed = 20260305L;
        Path dir = Path.of("bench-data");
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--registry" -> registryRows = Integer.parseInt(args[++i]);
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--reuse" -> reuse = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (units > registryRows) throw new IllegalArgumentException("--units must not exceed --registry");
        Files.createDirectories(dir);
        Path reg = dir.resolve("REG.csv");
        Path u = dir.resolve("UM.csv");
        System.out.printf("match: %,d registry rows x %,d accounts, seed %d, dir %s; max heap %,d MiB; %d CPUs%n",
                registryRows, units, seed, dir, Runtime.getRuntime().maxMemory() / 1048576,
                Runtime.getRuntime().availableProcessors());
        if (!(reuse && Files.exists(reg) && Files.exists(u))) {
            Measure g = Measure.start();
            generate(reg, u, registryRows, units, seed);
            System.out.println(g.report("generate (registry rows)", registryRows, "rows"));
        }
        System.out.printf("files: REG.csv %,d MiB, UM.csv %,d MiB%n", Files.size(reg) / 1048576, Files.size(u) / 1048576);

        Path out = dir.resolve("out");
        MatchOptions opt = MatchOptions.parse(new String[] {"--registry", reg.toString(), "--units", u.toString(),
            "--as-of", AS_OF.toString(), "--out", out.resolve("M.csv").toString(), "--errors", out.resolve("ME.csv").toString()}, 0);
        Measure m = Measure.start();
        MatchCommand.Run run = new MatchCommand(opt, new PrintStream(OutputStream.nullOutputStream())).execute();
        System.out.println(m.report("match command (files)", run.registryRows(), "registry rows"));
        StringBuilder kinds = new StringBuilder();
        for (MatchKind k : MatchKind.values()) kinds.append(k).append(' ').append(String.format("%,d", run.byKind().get(k))).append("  ");
        System.out.println("  " + kinds.toString().strip() + "; rejected " + run.registryRejected() + "; outputs in " + out);
    }

    /** Enterprise {@code i}: its organization code and USCC (valid check characters) and its name. */
    private static String org(int i) {
        String body = String.format("%08d", 10_000_000 + i);
        return body + Uscc.orgCodeCheck(body);
    }

    private static String uscc(int i) {
        String first17 = "91140300" + org(i);
        return first17 + Uscc.checkDigit(first17);
    }

    private static String name(int i) {
        return "阳泉市" + Integer.toString(i, 36).toUpperCase() + "号商贸有限公司";
    }

    private static void generate(Path reg, Path u, int registryRows, int units, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        // the accounts are every (registryRows / units)-th enterprise
        int step = registryRows / units;
        try (BufferedWriter w = Files.newBufferedWriter(u, StandardCharsets.UTF_8)) {
            w.write("单位账号,单位名称,统一社会信用代码,组织机构代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n");
            for (int a = 0; a < units; a++) {
                int i = a * step;
                double kind = rnd.nextDouble();
                String usccCell = uscc(i);
                String orgCell = "";
                String nameCell = name(i);
                if (kind < 0.08) {
                    usccCell = "";
                    orgCell = org(i).substring(0, 8) + "-" + org(i).charAt(8);
                } else if (kind < 0.12) {
                    // the account's own code is missing and the name carries the longer legal form
                    usccCell = "";
                    nameCell = nameCell.replace("有限公司", "有限责任公司");
                }
                w.write(String.format("%09d,%s,%s,%s,YQ0%d,正常,2010-01-01,,%d,%d,12%%,12%%%n", a + 1, nameCell, usccCell,
                        orgCell, 1 + a % 6, 3 + a % 50, 1000 + a % 9000));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(reg, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,法定代表人,成立日期,登记状态,住所,行业,从业人数\n");
            for (int i = 0; i < registryRows; i++) {
                double r = rnd.nextDouble();
                String status = r < 0.06 ? "注销" : r < 0.08 ? "吊销，未注销" : r < 0.09 ? "迁出" : "存续（在营、开业、在册）";
                LocalDate est = rnd.nextDouble() < 0.02 ? AS_OF.minusDays(rnd.nextInt(45))
                        : LocalDate.of(1995 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                w.write(uscc(i) + "," + name(i) + ",法人" + (i % 1000) + "," + est + "," + status + ",阳泉市城区" + (i % 500)
                        + "号,批发和零售业," + rnd.nextInt(300) + "\n");
            }
        }
    }
}
