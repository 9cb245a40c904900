package hpf.compliance.bench;

import hpf.compliance.core.Months;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test) of the {@code screen} command end to end against a bare line scan of the same two files,
 * every run a fresh JVM (start-up and class loading included). The variants run alternately, round after round, so
 * a machine shared with other work loads them alike; medians are reported.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/hpf-compliance.jar hpf.compliance.bench.CliBenchmark --units 30000 --months 48 --rounds 7 --dir bench-cli
 * </pre>
 * Variants: {@code noop} (JVM start of the jar), {@code scan} (bare line scan, {@link LineScan}), {@code parse} (the
 * command's readers only), {@code screen} ({@code java -jar … screen} as documented, with {@code -Dhpf.timing=true}
 * whose stderr phases are reported too) and {@code screen-c1} (the same with {@code -XX:TieredStopAtLevel=1}, to show
 * what the C2 compiler's threads cost on a short run; a diagnosis, not a way to run the command). Split: start = noop; read/decode = scan − noop; parse = parse − scan;
 * screen and write = screen − parse.
 */
public final class CliBenchmark {
    private CliBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        long units = 30_000;
        int months = 48;
        int rounds = 7;
        Path dir = Path.of("bench-cli");
        Path jar = Path.of("target/hpf-compliance.jar");
        Path screenJar = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Long.parseLong(args[++i]);
                case "--months" -> months = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--screen-jar" -> screenJar = Path.of(args[++i]); // e.g. an earlier build, to compare
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path u = dir.resolve("U.csv");
        Path r = dir.resolve("R.csv");
        if (!Files.exists(u) || !Files.exists(r)) {
            long rows = new CityGenerator(20260305L, months, Months.parseIndex("2026-02")).write(dir, units);
            System.out.printf("generated %,d units, %,d remittance rows in %s%n", units, rows, dir);
        }
        System.out.printf("U.csv %,d bytes, R.csv %,d bytes, jar %s%n", Files.size(u), Files.size(r), jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = jar.toString();
        Path out = dir.resolve("out");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("noop", List.of(java, "-cp", cp, "hpf.compliance.bench.LineScan", "noop"));
        variants.put("scan", List.of(java, "-cp", cp, "hpf.compliance.bench.LineScan", "scan", u.toString(), r.toString()));
        variants.put("parse", List.of(java, "-cp", cp, "hpf.compliance.bench.LineScan", "parse", u.toString(), r.toString()));
        variants.put("screen", List.of(java, "-Dhpf.timing=true", "-jar", screenJar != null ? screenJar.toString() : cp, "screen", "--units", u.toString(),
                "--remittances", r.toString(), "--cutoff", "2025-02", "--assess", "2026-02",
                "--detail", out.resolve("D.csv").toString(), "--summary", out.resolve("S.csv").toString(),
                "--errors", out.resolve("E.csv").toString()));
        // diagnosis only, not an answer for `java -jar`: the same command with the C2 compiler off
        List<String> c1 = new ArrayList<>(variants.get("screen"));
        c1.add(1, "-XX:TieredStopAtLevel=1");
        variants.put("screen-c1", c1);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> phases = new LinkedHashMap<>();
        for (String v : variants.keySet()) times.put(v, new ArrayList<>());
        Path log = Files.createTempFile("hpf-cli-bench", ".err");
        for (int round = 0; round <= rounds; round++) {
            for (var e : variants.entrySet()) {
                List<String> cmd = new ArrayList<>(e.getValue());
                if (e.getKey().startsWith("screen")) cmd.add(1, "-Dhpf.timing.t0=" + System.currentTimeMillis());
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(log.toFile()).start();
                int rc = p.waitFor();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (rc != 0) throw new IllegalStateException(e.getKey() + " exited " + rc + ": " + Files.readString(log));
                if (round == 0) continue; // warm-up round: page cache and the jar
                times.get(e.getKey()).add(ms);
                if (e.getKey().equals("screen")) {
                    long prev = 0;
                    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                        if (!line.startsWith("[hpf.timing] ")) continue;
                        String[] parts = line.substring(13).replaceFirst(" \\(this thread.*", "").split(" ms ", 2);
                        long at = Long.parseLong(parts[0]);
                        phases.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(at - prev);
                        prev = at;
                    }
                }
            }
            if (round > 0) System.out.printf("round %d: %s%n", round, lastOf(times));
        }
        Files.deleteIfExists(log);
        long noop = median(times.get("noop"));
        long scan = median(times.get("scan"));
        long parse = median(times.get("parse"));
        long screen = median(times.get("screen"));
        System.out.printf("medians of %d rounds (ms): noop %d, scan %d, parse %d, screen %d%n", rounds, noop, scan, parse, screen);
        System.out.printf("ratio screen / scan = %.2f%n", (double) screen / scan);
        System.out.printf("split: JVM start %d ms, read+decode %d ms, parse %d ms, screen+write %d ms%n",
                noop, scan - noop, parse - scan, screen - parse);
        System.out.printf("screen with C2 off (-XX:TieredStopAtLevel=1, diagnosis): %d ms, ratio %.2f%n",
                median(times.get("screen-c1")), (double) median(times.get("screen-c1")) / scan);
        System.out.println("screen phases (median ms since the previous mark; the first since the process started):");
        for (var e : phases.entrySet()) System.out.printf("  %-40s %6d%n", e.getKey(), median(e.getValue()));
    }

    private static String lastOf(Map<String, List<Long>> times) {
        StringBuilder sb = new StringBuilder();
        times.forEach((k, v) -> sb.append(k).append(' ').append(v.get(v.size() - 1)).append(" ms  "));
        return sb.toString();
    }

    private static long median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a.length == 0 ? 0 : a[a.length / 2];
    }
}
