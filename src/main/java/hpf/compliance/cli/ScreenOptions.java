package hpf.compliance.cli;

import hpf.compliance.core.Months;
import hpf.compliance.core.screening.ScreeningParams;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Arguments of {@code screen}; a bad argument raises IllegalArgumentException with a message for the user. */
public record ScreenOptions(Path units, Path remittances, ScreeningParams params, Path detail, Path summary, Path errors,
                     Path warnings, Path tempDir) {

    private static final Set<String> KNOWN = Set.of("--units", "--remittances", "--cutoff", "--assess", "--stop-months",
            "--detail", "--summary", "--errors", "--warnings", "--temp-dir");

    public static ScreenOptions parse(String[] args, int from) {
        Map<String, String> m = CliArgs.parse(args, from, KNOWN,
                java.util.List.of("--units", "--remittances", "--cutoff", "--assess", "--detail"));
        int k = ScreeningParams.DEFAULT_STOP_MONTHS;
        if (m.containsKey("--stop-months")) {
            try {
                k = Integer.parseInt(m.get("--stop-months").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--stop-months 应为正整数：" + m.get("--stop-months"));
            }
            if (k < 1) throw new IllegalArgumentException("--stop-months 应为正整数：" + k);
        }
        ScreeningParams params = new ScreeningParams(month(m, "--cutoff"), month(m, "--assess"), k);
        return new ScreenOptions(Path.of(m.get("--units")), Path.of(m.get("--remittances")), params,
                Path.of(m.get("--detail")), path(m, "--summary"), path(m, "--errors"), path(m, "--warnings"),
                path(m, "--temp-dir"));
    }

    private static int month(Map<String, String> m, String key) {
        try {
            return Months.parseIndex(m.get(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "：" + e.getMessage());
        }
    }

    private static Path path(Map<String, String> m, String key) {
        return m.containsKey(key) ? Path.of(m.get(key)) : null;
    }
}
