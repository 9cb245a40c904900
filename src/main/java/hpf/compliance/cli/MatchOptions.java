package hpf.compliance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/** Arguments of {@code match}; a bad argument raises IllegalArgumentException with a message for the user. */
public record MatchOptions(Path registry, Path units, LocalDate asOf, Path out, Path errors) {

    private static final Set<String> KNOWN = Set.of("--registry", "--units", "--as-of", "--out", "--errors");

    public static MatchOptions parse(String[] args, int from) {
        Map<String, String> m = CliArgs.parse(args, from, KNOWN, java.util.List.of("--registry", "--units", "--as-of", "--out"));
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(m.get("--as-of").strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of 应为 yyyy-MM-dd 格式的日期：" + m.get("--as-of"));
        }
        return new MatchOptions(Path.of(m.get("--registry")), Path.of(m.get("--units")), asOf, Path.of(m.get("--out")),
                m.containsKey("--errors") ? Path.of(m.get("--errors")) : null);
    }
}
