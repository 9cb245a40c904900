package hpf.compliance.bench;

import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.imports.ImportOptions;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.ParallelRemittanceReader;
import hpf.compliance.core.imports.UnitAccountReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Baselines for the {@code screen} command, each run as its own JVM by {@link CliBenchmark}:
 * <ul>
 * <li>{@code noop}: starts and exits (JVM start-up of the shaded jar);</li>
 * <li>{@code scan U.csv R.csv}: the bare line scan — reads both files line by line as UTF-8, counting lines and
 * characters (reading and decoding);</li>
 * <li>{@code parse U.csv R.csv}: the command's own readers over both files, no screening, nothing written.</li>
 * </ul>
 */
public final class LineScan {
    private LineScan() {}

    public static void main(String[] args) throws IOException {
        String mode = args.length == 0 ? "noop" : args[0];
        switch (mode) {
            case "noop" -> System.out.println("noop");
            case "scan" -> {
                long lines = 0;
                long chars = 0;
                for (int i = 1; i < args.length; i++) {
                    try (BufferedReader r = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
                        for (String l = r.readLine(); l != null; l = r.readLine()) {
                            lines++;
                            chars += l.length();
                        }
                    }
                }
                System.out.println(lines + " lines, " + chars + " chars");
            }
            case "parse" -> {
                long units = 0;
                long rems = 0;
                try (UnitAccountReader ur = UnitAccountReader.open(Path.of(args[1]), ImportOptions.DEFAULT, IssueSink.IGNORE)) {
                    for (UnitAccount a = ur.next(); a != null; a = ur.next()) units++;
                }
                try (ParallelRemittanceReader rr = ParallelRemittanceReader.open(Path.of(args[2]), IssueSink.IGNORE)) {
                    while (rr.advance()) rems++;
                }
                System.out.println(units + " units, " + rems + " remittance rows");
            }
            default -> throw new IllegalArgumentException("mode noop|scan|parse");
        }
    }
}
