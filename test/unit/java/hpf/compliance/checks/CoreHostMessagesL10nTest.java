package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Core classes that run a service through a Moqui host (e.g. ScreeningJob) hand English originals to
 * {@code host.localize("...")} and {@code host.expand("...", …)}; Moqui translates them through LocalizedMessage. Every
 * such original must have a zh row in data/, or staff would see English where the service's script said Chinese.
 */
class CoreHostMessagesL10nTest {
    static final Pattern HOST_MESSAGE = Pattern.compile("host\\.(?:localize|expand)\\(\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Every file of a hosted job that calls host.localize/expand (the run's claim says its refusals too). */
    static final List<String> HOSTED = List.of("src/main/java/hpf/compliance/core/screening/store/ScreeningJob.java",
            "src/main/java/hpf/compliance/core/screening/store/ScreeningRunClaim.java");

    static List<String> originals(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = HOST_MESSAGE.matcher(source);
        while (m.find()) out.add(m.group(1).replace("\\\"", "\""));
        return out;
    }

    @Test
    void everyMessageACoreJobLocalizesHasItsZhRow() throws Exception {
        Path component = Path.of(System.getProperty("component.dir", "."));
        Map<String, String> zh = RuleMessagesL10nTest.zhLocalizedMessages(component.resolve("data"));
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (String file : HOSTED) {
            List<String> found = originals(Files.readString(component.resolve(file)));
            // each listed file is scanned for real (a moved call would otherwise leave a file with nothing to check)
            assertFalse(found.isEmpty(), file + ": no host.localize/expand call found");
            total += found.size();
            for (String original : found) if (!zh.containsKey(original)) missing.add(file + ": no zh LocalizedMessage for: " + original);
        }
        assertTrue(total >= 10, "the messages are found (" + total + ")");
        assertEquals(List.of(), missing);
    }

    @Test
    void theScanSeesBothCallsAndALiteralOnly() {
        assertEquals(List.of("Campaign not found", "${fieldLabel} must be at least 1"),
                originals("host.localize(\"Campaign not found\"); host.expand(\"${fieldLabel} must be at least 1\", m); host.localize(label)"));
    }
}
