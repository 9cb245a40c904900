package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The REST entry guard (service/hpf/security/RestGuardServices/checkRestCall.groovy) answers 404 for a record of the
 * path that is not there: it must know every {id} of service/hpf.rest.xml, look it up in an entity that exists, and say
 * so in Chinese. Also the refusal texts of the guard (service/HpfSecurity.secas.xml) have their zh rows.
 */
class RestGuardLookupsTest {
    static final Path DIR = Path.of(System.getProperty("component.dir", "."));
    static final Pattern ENTRY = Pattern.compile("^\\s*(\\w+)\\s*:\\s*\\[entity:\\s*(?:null|'([^']+)')");
    static final Pattern MESSAGE = Pattern.compile("message:\\s*'([^']+)'");

    /** id name to [entity or null, message or null], read from the pathRecords map of the guard script */
    static Map<String, String[]> lookups() throws Exception {
        String script = Files.readString(DIR.resolve("service/hpf/security/RestGuardServices/checkRestCall.groovy"));
        int start = script.indexOf("pathRecords = [");
        int end = script.indexOf("\n]", start);
        assertTrue(start > 0 && end > start, "pathRecords map not found in checkRestCall.groovy");
        Map<String, String[]> out = new LinkedHashMap<>();
        // entries may span two lines: join continuation lines (those not starting a new "name: [entity:") first
        StringBuilder joined = new StringBuilder();
        for (String line : script.substring(start + "pathRecords = [".length(), end).split("\n")) {
            String t = line.trim();
            if (t.startsWith("//") || t.isEmpty()) continue;
            if (t.matches("^\\w+\\s*:\\s*\\[entity:.*")) joined.append('\n');
            joined.append(' ').append(t);
        }
        for (String entry : joined.toString().split("\n")) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.find()) continue;
            Matcher msg = MESSAGE.matcher(entry);
            out.put(m.group(1), new String[] { m.group(2), msg.find() ? msg.group(1) : null });
        }
        return out;
    }

    static Set<String> restIds() {
        Component c = Checks.component(DIR);
        Set<String> ids = new LinkedHashSet<>();
        for (Element id : Xml.all(c.root(DIR.resolve("service/hpf.rest.xml")), "id")) ids.add(id.getAttribute("name"));
        return ids;
    }

    @Test
    void everyIdOfTheRestApiHasALookup() throws Exception {
        Map<String, String[]> lookups = lookups();
        List<String> missing = new ArrayList<>();
        for (String id : restIds()) if (!lookups.containsKey(id)) missing.add(id);
        assertEquals(List.of(), missing, "ids of service/hpf.rest.xml without an entry in pathRecords of checkRestCall.groovy");
    }

    @Test
    void everyLookupNamesAnEntityAndATranslatedMessage() throws Exception {
        Component c = Checks.component(DIR);
        Map<String, String> zh = RuleMessagesL10nTest.zhLocalizedMessages(DIR.resolve("data"));
        List<String> problems = new ArrayList<>();
        lookups().forEach((id, l) -> {
            if (l[0] == null) return;
            if (c.entities().find(l[0]) == null) problems.add(id + ": entity " + l[0] + " is not defined");
            if (l[1] == null) problems.add(id + ": no message");
            else if (!zh.containsKey(l[1])) problems.add(id + ": no zh LocalizedMessage for '" + l[1] + "'");
        });
        assertEquals(List.of(), problems);
        assertTrue(lookups().size() >= 15, "the lookups were not read: " + lookups().keySet());
    }

    @Test
    void theGuardsRefusalTextsAreTranslated() throws Exception {
        Map<String, String> zh = RuleMessagesL10nTest.zhLocalizedMessages(DIR.resolve("data"));
        String secas = Files.readString(DIR.resolve("service/HpfSecurity.secas.xml"));
        Matcher m = Pattern.compile("expand\\(\\s*'([^']+)'").matcher(secas);
        List<String> texts = new ArrayList<>();
        while (m.find()) texts.add(m.group(1));
        assertTrue(!texts.isEmpty());
        List<String> missing = texts.stream().filter(t -> !zh.containsKey(t)).toList();
        assertEquals(List.of(), missing);
        // the framework's own message when a transition's condition fails (a stale page's refused action)
        assertTrue(zh.containsKey("Condition failed for transition [${location}], not running actions or redirecting"));
    }
}
