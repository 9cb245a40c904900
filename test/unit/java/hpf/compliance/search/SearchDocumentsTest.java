package hpf.compliance.search;

import hpf.compliance.core.search.SearchHit;
import hpf.compliance.core.search.SearchIndex;
import hpf.compliance.core.search.SearchKind;
import hpf.compliance.core.search.SearchQuery;
import hpf.compliance.core.search.SearchText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search's DataDocuments (data/HpfSearchData.xml) give every kind the fields, types and feed the core's queries rely on. */
class SearchDocumentsTest {
    static final File DATA = new File(System.getProperty("component.dir", "."), "data/HpfSearchData.xml");

    /** dataDocumentId → (field name in the document → mapping type given, or "") */
    static Map<String, Map<String, String>> documentFields() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DATA);
        Map<String, Map<String, String>> out = new HashMap<>();
        NodeList fields = doc.getElementsByTagName("moqui.entity.document.DataDocumentField");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            String path = f.getAttribute("fieldPath");
            String name = f.getAttribute("fieldNameAlias").isEmpty() ? path.substring(path.lastIndexOf(':') + 1) : f.getAttribute("fieldNameAlias");
            // only fields at the document's root (one-relationships flatten there); many-relationship fields nest
            if (path.contains(":") && !path.substring(0, path.indexOf(':')).contains(".")) name = path.substring(0, path.indexOf(':')) + "." + name;
            out.computeIfAbsent(f.getAttribute("dataDocumentId"), k -> new HashMap<>()).put(name, f.getAttribute("fieldType"));
        }
        return out;
    }

    @Test
    void everyKindHasItsDocumentWithTheQueriedFields() throws Exception {
        Map<String, Map<String, String>> docs = documentFields();
        for (SearchKind kind : SearchKind.values()) {
            Map<String, String> fields = docs.get(kind.dataDocumentId());
            assertNotNull(fields, "DataDocument " + kind.dataDocumentId());
            for (String f : SearchQuery.sourceFields(kind)) assertTrue(fields.containsKey(f), kind.dataDocumentId() + " lacks " + f);
            for (String f : SearchQuery.identifierFields(kind))
                assertEquals("keyword", fields.get(f), kind.dataDocumentId() + "." + f + " must be a keyword (exact and prefix match)");
            assertEquals("keyword", fields.get("branchId"), "the branch filter needs branchId as a keyword");
            assertEquals("", fields.get("unitName"), "unitName stays text (analyzed by the cjk default analyzer)");
        }
        assertTrue(docs.get("HpfSearchUnit").keySet().containsAll(List.of("accountStatusEnumId", "paidThroughMonth",
                "targets.owedMonths", "targets.amountOwed")), "unit: account status and current arrears");
    }

    @Test
    void everyDocumentIsInThePushFeedUnderTheAliasWithTheMappingService() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DATA);
        Set<String> inFeed = new HashSet<>();
        NodeList feedDocs = doc.getElementsByTagName("moqui.entity.feed.DataFeedDocument");
        for (int i = 0; i < feedDocs.getLength(); i++) inFeed.add(((Element) feedDocs.item(i)).getAttribute("dataDocumentId"));
        NodeList dds = doc.getElementsByTagName("moqui.entity.document.DataDocument");
        assertEquals(SearchKind.values().length, dds.getLength());
        for (int i = 0; i < dds.getLength(); i++) {
            Element dd = (Element) dds.item(i);
            assertEquals(SearchKind.INDEX_ALIAS, dd.getAttribute("indexName"));
            assertEquals("hpf.compliance.SearchServices.get#SearchIndexMapping", dd.getAttribute("manualMappingServiceName"));
            assertTrue(inFeed.contains(dd.getAttribute("dataDocumentId")));
        }
        Element feed = (Element) doc.getElementsByTagName("moqui.entity.feed.DataFeed").item(0);
        assertEquals("DTFDTP_MAN_PULL", feed.getAttribute("dataFeedTypeEnumId"), "a pull feed until a cluster is there (enable#SearchFeed)");
    }

    @Test
    void kindsIndicesAndPaths() {
        assertEquals("hpf_search_unit", SearchKind.UNIT.indexName());
        assertEquals("hpf_search_application", SearchKind.APPLICATION.indexName());
        assertEquals(SearchKind.ORDER, SearchKind.ofIndex("prod_hpf_search_order"));
        assertEquals(List.of(SearchKind.UNIT, SearchKind.NOTICE), SearchKind.parseList("notice, unit"));
        assertEquals(List.of(SearchKind.values()), SearchKind.parseList(""));
        assertEquals("letter", assertThrows(IllegalArgumentException.class, () -> SearchKind.parseList("unit,letter")).getMessage());
        assertEquals("hpf_search_*", SearchIndex.indexPattern(null));
        assertEquals("prod_hpf_search_*", ((List<?>) SearchIndex.template("prod_").get("index_patterns")).get(0));
    }

    @Test
    void hitsCarryExactlyTheAnswerKeys() {
        SearchHit hit = SearchHit.of(SearchKind.NOTICE, Map.of("noticeId", "N 1", "noticeNumber", "阳住金指〔2026〕YQ01-0001号",
                "unitName", "阳泉市第一中学校", "unitAccountNo", "140301000019", "branchId", "YQ01"));
        assertEquals(List.of("kind", "id", "title", "branchId", "path"), List.copyOf(hit.toMap().keySet()));
        assertEquals("notice", hit.toMap().get("kind"));
        assertEquals("阳住金指〔2026〕YQ01-0001号 · 阳泉市第一中学校（140301000019）", hit.title());
        assertEquals("/qapps/hpf/Notice/EditNotice?noticeId=N+1", hit.path());
        assertNull(SearchHit.of(SearchKind.UNIT, Map.of("unitId", "U1")).branchId());
    }

    @Test
    void branchScopeIsAFilterInsideTheQuery() {
        Map<String, Object> scoped = SearchQuery.build("示范", SearchKind.UNIT, List.of("YQ01"), 20);
        assertTrue(scoped.toString().contains("filter=[{terms={branchId=[YQ01]}}]"), scoped.toString());
        assertTrue(!SearchQuery.build("示范", SearchKind.UNIT, null, 20).toString().contains("filter"));
        assertEquals("城区 示范", SearchText.normalize("  城区\u3000 示范 "));
        assertTrue(SearchText.isIdentifier("91140300MA0TEST"));
        assertTrue(!SearchText.isIdentifier("城区"));
    }
}
