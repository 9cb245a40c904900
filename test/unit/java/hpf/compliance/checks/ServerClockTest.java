package hpf.compliance.checks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Business dates come from the user's time zone (or, for scheduled jobs, the center's), never from the server's:
 * with the server on UTC and staff in Shanghai, {@code ec.user.nowTimestamp.toLocalDateTime()} is the day before
 * until 08:00. Screens, services and templates therefore take "today" and the local date or time of an instant from
 * {@code hpf.compliance.core.CenterClock} and never convert with the JVM's zone themselves.
 */
class ServerClockTest {
    /** What reads the server's clock or converts an instant with the server's zone, and what to use instead. */
    static final List<String[]> FORBIDDEN = List.of(
            new String[]{"\\.toLocalDateTime\\(\\)", "converts an instant with the server's zone; use CenterClock.dateTimeOf / dateOf"},
            new String[]{"\\b(LocalDate|LocalDateTime|YearMonth|ZonedDateTime|Instant|LocalTime)\\.now\\(", "reads the server's clock and zone; use CenterClock (today(), month(), localNow())"},
            new String[]{"new\\s+(java\\.sql\\.)?Date\\s*\\(", "makes a date from an instant in the server's zone; use CenterClock.todayDate() / sqlDateOf"},
            new String[]{"new\\s+(java\\.sql\\.)?Timestamp\\s*\\(", "makes a time from the server's clock; use ec.user.nowTimestamp"},
            new String[]{"System\\.currentTimeMillis\\(\\)(?!\\s*-)", "reads the server's clock; use ec.user.nowTimestamp (it honours the effective time)"},
            new String[]{"(ZoneId\\.systemDefault|TimeZone\\.getDefault)\\(", "the server's zone is not the user's; use CenterClock"},
            new String[]{"ec\\.l10n\\.format\\(\\s*ec\\.user\\.nowTimestamp", "today's date or year as text: take it from CenterClock (one place for the user's today)"});

    @Test
    void screensServicesAndTemplatesUseTheUsersClock() throws IOException {
        Path component = Checks.componentDir();
        List<String> problems = new ArrayList<>();
        for (String dir : List.of("screen", "service", "template")) {
            try (Stream<Path> files = Files.walk(component.resolve(dir))) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(xml|groovy|ftl)$")).sorted()::iterator)
                    problems.addAll(scan(component.relativize(f).toString(), Files.readString(f)));
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void theScanSeesTheServerZoneConversionsThatShowedYesterday() {
        String screen = """
                <set field="todayDate" from="java.sql.Date.valueOf(ec.user.nowTimestamp.toLocalDateTime().toLocalDate())"/>
                <set field="today" from="new java.sql.Date(ec.user.nowTimestamp.time)"/>
                def m = YearMonth.now()
                <set field="clock" from="hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)"/>
                long started = System.currentTimeMillis(); durationMillis = System.currentTimeMillis() - started
                """;
        List<String> found = scan("x.xml", screen);
        // the clock and a measured duration are fine
        assertEquals(List.of("x.xml:1: .toLocalDateTime()", "x.xml:2: new java.sql.Date(", "x.xml:3: YearMonth.now("),
                found.stream().map(f -> f.split(" — ")[0]).toList(), String.join("\n", found));
    }

    /** Every forbidden use in a file's text, as file:line: what it does. A measured duration (now - started) is allowed. */
    static List<String> scan(String file, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String[] rule : FORBIDDEN) {
                Matcher m = Pattern.compile(rule[0]).matcher(lines[i]);
                if (!m.find()) continue;
                // elapsed time (started = System.currentTimeMillis() ... - started) measures, it does not date anything
                if (rule[0].startsWith("System") && lines[i].matches(".*\\bstarted\\s*=\\s*System\\.currentTimeMillis\\(\\).*")) continue;
                out.add(file + ":" + (i + 1) + ": " + m.group() + " — " + rule[1]);
            }
        }
        return out;
    }
}
