package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moqui loads a component's data files in the order of their names, whatever their types, and the database checks
 * foreign keys as each record goes in. A record that names an enumeration or status the component defines must
 * therefore sit in a file that sorts after the file defining it: found on a real Moqui, where the holiday calendar
 * (HpfCalendarDayData.xml) loaded before its day kinds (HpfTypeData.xml) and every row was refused.
 */
class DataLoadOrderTest {

    @Test
    void recordsComeAfterTheEnumerationsAndStatusesTheyName() throws Exception {
        Path dir = Path.of(System.getProperty("component.dir", ".")).resolve("data");
        Map<String, Document> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".xml")).sorted()::iterator)
                files.put(p.getFileName().toString(), Xml.parse(p));
        }
        assertTrue(files.size() > 3);
        assertEquals(List.of(), problems(files));
    }

    @Test
    void aRecordLoadedBeforeItsEnumerationIsCaught() throws Exception {
        Map<String, Document> files = new LinkedHashMap<>();
        files.put("A.xml", parseString("<entity-facade-xml><hpf.compliance.CalendarDay calendarDate=\"2026-01-01\" dayTypeEnumId=\"HpfCdHoliday\"/></entity-facade-xml>"));
        files.put("B.xml", parseString("<entity-facade-xml><moqui.basic.Enumeration enumId=\"HpfCdHoliday\" enumTypeId=\"T\"/></entity-facade-xml>"));
        List<String> p = problems(files);
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("A.xml") && p.get(0).contains("HpfCdHoliday") && p.get(0).contains("B.xml"), p.get(0));
        Map<String, Document> swapped = new LinkedHashMap<>();
        swapped.put("A.xml", files.get("B.xml"));
        swapped.put("B.xml", files.get("A.xml"));
        assertEquals(List.of(), problems(swapped));
    }

    private static Document parseString(String xml) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Files in load order (sorted by name). */
    static List<String> problems(Map<String, Document> files) {
        Map<String, String> definedIn = new HashMap<>();
        for (Map.Entry<String, Document> f : files.entrySet()) {
            for (Element e : Xml.children(f.getValue().getDocumentElement())) {
                String tag = e.getTagName();
                if (tag.equals("moqui.basic.Enumeration")) definedIn.putIfAbsent(e.getAttribute("enumId"), f.getKey());
                if (tag.equals("moqui.basic.StatusItem")) definedIn.putIfAbsent(e.getAttribute("statusId"), f.getKey());
            }
        }
        // one line per file and value, not per record
        java.util.Set<String> problems = new java.util.LinkedHashSet<>();
        List<String> order = new ArrayList<>(files.keySet());
        for (Map.Entry<String, Document> f : files.entrySet()) {
            for (Element e : Xml.children(f.getValue().getDocumentElement())) {
                if (e.getTagName().startsWith("moqui.basic.Localized")) continue;
                for (Attr a : Xml.attrs(e)) {
                    String field = a.getName();
                    if (!(field.endsWith("EnumId") || field.equals("statusId") || field.equals("toStatusId"))) continue;
                    String home = definedIn.get(a.getValue());
                    if (home != null && order.indexOf(home) > order.indexOf(f.getKey())) {
                        problems.add("data/" + f.getKey() + ": " + e.getTagName() + " names " + a.getValue()
                                + ", which data/" + home + " defines and Moqui loads later");
                    }
                }
            }
        }
        return new ArrayList<>(problems);
    }
}
