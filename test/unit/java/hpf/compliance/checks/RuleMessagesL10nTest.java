package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hpf.compliance.core.rules.RuleMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The core returns rule violations as English message templates; Moqui shows them through LocalizedMessage. Every
 * template must therefore have a zh row in data/, and that row must say what the core's own Chinese text says
 * (same placeholders), or staff would see English or a different wording than the documents.
 */
class RuleMessagesL10nTest {
    @Test
    void everyRuleMessageHasItsZhTranslationInData() throws Exception {
        Map<String, String> zhRows = zhLocalizedMessages(Path.of(System.getProperty("component.dir", ".")).resolve("data"));
        List<String> missing = new ArrayList<>();
        RuleMessages.all().forEach((english, chinese) -> {
            String loaded = zhRows.get(english);
            if (loaded == null) missing.add("no zh LocalizedMessage for: " + english);
            else if (!placeholders(loaded).equals(placeholders(chinese)))
                missing.add("zh text of '" + english + "' has other placeholders than the core's: " + loaded);
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void placeholderComparisonSeesADroppedArgument() {
        assertFalse(placeholders("比例${rate}低于下限").equals(placeholders("比例低于下限")));
    }

    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        while (m.find()) names.add(m.group(1));
        names.sort(null);
        return names;
    }

    static Map<String, String> zhLocalizedMessages(Path dataDir) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".xml"))::iterator) {
                NodeList list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                        .getElementsByTagName("moqui.basic.LocalizedMessage");
                for (int i = 0; i < list.getLength(); i++) {
                    Element row = (Element) list.item(i);
                    String locale = row.getAttribute("locale");
                    if ("zh".equals(locale) || "zh_CN".equals(locale)) rows.put(row.getAttribute("original"), row.getAttribute("localized"));
                }
            }
        }
        return rows;
    }
}
