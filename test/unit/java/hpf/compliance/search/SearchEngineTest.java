package hpf.compliance.search;

import hpf.compliance.core.search.SearchHit;
import hpf.compliance.core.search.SearchIndex;
import hpf.compliance.core.search.SearchKind;
import hpf.compliance.core.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search against a real OpenSearch 2.19 node (in process, loopback): the component's index template, indices
 * created the way Moqui creates them (its generated mappings set no analyzer), and the core's queries.
 */
class SearchEngineTest {
    static EmbeddedOpenSearch es;

    @BeforeAll
    static void startNode() throws Exception {
        es = EmbeddedOpenSearch.start(0);
        es.ok("PUT", "/_index_template/" + SearchIndex.TEMPLATE_NAME, SearchIndex.template(""));
        for (SearchKind kind : SearchKind.values()) es.ok("PUT", "/" + kind.indexName(), moquiLikeIndex(kind));

        unit("U1", "0101000123", "城区示范科技有限公司", "91410100MA44A8XK1Q", "B_CHENGQU");
        unit("U2", "0101000456", "城区联合贸易有限公司", "91410100MA44B2YY3R", "B_CHENGQU");
        unit("U3", "0201000789", "矿区示范建材有限公司", "91410200MA45C9ZZ5T", "B_KUANGQU");
        unit("U4", "0201001234", "矿区机械制造厂", "91410200MA45D1WW6U", "B_KUANGQU");
        doc(SearchKind.TARGET, "T1", Map.of("targetId", "T1", "unitId", "U1", "unitName", "城区示范科技有限公司",
                "unitAccountNo", "0101000123", "usccCode", "91410100MA44A8XK1Q", "branchId", "B_CHENGQU", "campaignName", "2026年规范缴存专项"));
        doc(SearchKind.NOTICE, "N1", Map.of("noticeId", "N1", "noticeNumber", "CQ-2026-0007", "unitId", "U3",
                "unitName", "矿区示范建材有限公司", "unitAccountNo", "0201000789", "branchId", "B_KUANGQU"));
        doc(SearchKind.ORDER, "A1", Map.of("actionId", "A1", "documentNumber", "KQ-ZL-2026-0002", "unitId", "U4",
                "unitName", "矿区机械制造厂", "unitAccountNo", "0201001234", "branchId", "B_KUANGQU"));
        doc(SearchKind.APPLICATION, "AP1", Map.of("applicationId", "AP1", "unitId", "U2", "unitName", "城区联合贸易有限公司",
                "unitAccountNo", "0101000456", "branchId", "B_CHENGQU"));
        es.ok("POST", "/" + SearchKind.INDEX_ALIAS + "_*/_refresh", null);
    }

    @AfterAll
    static void stopNode() throws Exception { if (es != null) es.close(); }

    /** The body Moqui sends when it creates a DataDocument's index: mapping types only, no analyzer, the alias. */
    static Map<String, Object> moquiLikeIndex(SearchKind kind) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("_entity", Map.of("type", "keyword"));
        props.put(kind.idField(), Map.of("type", "keyword"));
        props.put("unitId", Map.of("type", "keyword"));
        props.put("unitAccountNo", Map.of("type", "keyword"));
        props.put("usccCode", Map.of("type", "keyword"));
        props.put("unitName", Map.of("type", "text"));
        props.put("branchId", Map.of("type", "keyword"));
        if (kind.numberField() != null) props.put(kind.numberField(), Map.of("type", "keyword"));
        return Map.of("mappings", Map.of("properties", props), "aliases", Map.of(SearchKind.INDEX_ALIAS, Map.of()));
    }

    static void unit(String id, String accountNo, String name, String uscc, String branchId) throws Exception {
        doc(SearchKind.UNIT, id, Map.of("unitId", id, "unitAccountNo", accountNo, "unitName", name, "usccCode", uscc,
                "branchId", branchId, "accountStatusEnumId", "HpfAcsNormal", "paidThroughMonth", "2025-12"));
    }

    static void doc(SearchKind kind, String id, Map<String, Object> source) throws Exception {
        es.ok("PUT", "/" + kind.indexName() + "/_doc/" + id, source);
    }

    @SuppressWarnings("unchecked")
    static List<SearchHit> search(String text, SearchKind kind, Collection<String> branchIds) throws Exception {
        Map<String, Object> answer = es.ok("POST", "/" + kind.indexName() + "/_search", SearchQuery.build(text, kind, branchIds, 20));
        return SearchQuery.hits(kind, answer);
    }

    static List<String> ids(List<SearchHit> hits) {
        List<String> ids = new ArrayList<>();
        for (SearchHit h : hits) ids.add(h.id());
        return ids;
    }

    @Test
    @SuppressWarnings("unchecked")
    void templateGivesMoquisIndicesTheCjkAnalyzer() throws Exception {
        Map<String, Object> settings = es.ok("GET", "/" + SearchKind.UNIT.indexName() + "/_settings", null);
        Map<String, Object> index = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) settings
                .get(SearchKind.UNIT.indexName())).get("settings")).get("index");
        Map<String, Object> analyzer = (Map<String, Object>) ((Map<String, Object>) index.get("analysis")).get("analyzer");
        assertEquals("cjk", ((Map<String, Object>) analyzer.get("default")).get("type"));

        Map<String, Object> analyzed = es.ok("POST", "/" + SearchKind.UNIT.indexName() + "/_analyze",
                Map.of("field", "unitName", "text", "城区示范科技"));
        List<String> tokens = new ArrayList<>();
        for (Object t : (List<Object>) analyzed.get("tokens")) tokens.add((String) ((Map<String, Object>) t).get("token"));
        assertEquals(List.of("城区", "区示", "示范", "范科", "科技"), tokens);

        Map<String, Object> mapping = es.ok("GET", "/" + SearchKind.UNIT.indexName() + "/_mapping", null);
        Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) mapping
                .get(SearchKind.UNIT.indexName())).get("mappings")).get("properties");
        assertEquals("keyword", ((Map<String, Object>) props.get("usccCode")).get("type"));
        assertEquals("text", ((Map<String, Object>) props.get("unitName")).get("type"));
    }

    @Test
    void twoCharacterFragmentOfAChineseNameFindsTheUnit() throws Exception {
        assertEquals(List.of("U1", "U3"), sorted(ids(search("示范", SearchKind.UNIT, null))));
        assertEquals(List.of("U4"), ids(search("机械", SearchKind.UNIT, null)));
        assertEquals(List.of("U2"), ids(search("联合贸易", SearchKind.UNIT, null)));
        assertEquals(List.of(), ids(search("示贸", SearchKind.UNIT, null)), "a pair that is not in any name");
        assertEquals(List.of("T1"), ids(search("示范", SearchKind.TARGET, null)));
    }

    @Test
    void accountNumberMatchesExactlyOrByPrefix() throws Exception {
        List<SearchHit> exact = search("0101000123", SearchKind.UNIT, null);
        assertEquals(List.of("U1"), ids(exact));
        assertEquals("城区示范科技有限公司（0101000123）", exact.get(0).title());
        assertEquals("/qapps/hpf/Unit/UnitDetail?unitId=U1", exact.get(0).path());
        assertEquals(List.of("U1", "U2"), sorted(ids(search("010100", SearchKind.UNIT, null))));
        assertEquals(List.of("U3", "U4"), sorted(ids(search("0201", SearchKind.UNIT, null))));
        assertEquals(List.of(), ids(search("0101000124", SearchKind.UNIT, null)));
        assertEquals(List.of(), ids(search("101000123", SearchKind.UNIT, null)), "not a prefix: the middle of a number does not match");
    }

    @Test
    void usccMatchesExactlyOrByPrefixInAnyCase() throws Exception {
        assertEquals(List.of("U3"), ids(search("91410200MA45C9ZZ5T", SearchKind.UNIT, null)));
        assertEquals(List.of("U3"), ids(search("91410200ma45c9zz5t", SearchKind.UNIT, null)));
        assertEquals(List.of("U3", "U4"), sorted(ids(search("91410200MA45", SearchKind.UNIT, null))));
        assertEquals(List.of("U1"), ids(search("91410100ma44a", SearchKind.UNIT, null)));
    }

    @Test
    void documentNumbersMatchByPrefix() throws Exception {
        assertEquals(List.of("N1"), ids(search("CQ-2026", SearchKind.NOTICE, null)));
        assertEquals(List.of("A1"), ids(search("kq-zl-2026-0002", SearchKind.ORDER, null)));
        assertEquals(List.of("AP1"), ids(search("贸易", SearchKind.APPLICATION, null)));
    }

    @Test
    void branchFilterInsideTheQuery() throws Exception {
        assertEquals(List.of("U1"), ids(search("示范", SearchKind.UNIT, List.of("B_CHENGQU"))));
        assertEquals(List.of("U3"), ids(search("示范", SearchKind.UNIT, List.of("B_KUANGQU"))));
        assertEquals(List.of(), ids(search("0201000789", SearchKind.UNIT, List.of("B_CHENGQU"))), "another branch's account number");
        assertEquals(List.of(), ids(search("示范", SearchKind.UNIT, List.of())), "no branch: nothing");
        assertEquals(List.of(), ids(search("CQ-2026", SearchKind.NOTICE, List.of("B_CHENGQU"))), "letter of the other branch");
        Map<String, Object> answer = es.ok("POST", "/" + SearchKind.UNIT.indexName() + "/_search",
                SearchQuery.build("示范", SearchKind.UNIT, List.of("B_CHENGQU"), 20));
        assertEquals(1, SearchQuery.total(answer), "the total counts only the branch's hits");
        assertFalse(ids(search("示范", SearchKind.UNIT, List.of("B_CHENGQU", "B_KUANGQU"))).isEmpty());
    }

    @Test
    void exactAccountNumberRanksFirst() throws Exception {
        // "0101000456" is exact for U2 and no prefix of U1, but both share the prefix "0101000"
        List<SearchHit> hits = search("0101000", SearchKind.UNIT, null);
        assertEquals(2, hits.size());
        assertTrue(ids(search("0101000456", SearchKind.UNIT, null)).get(0).equals("U2"));
    }

    static List<String> sorted(List<String> in) { List<String> s = new ArrayList<>(in); s.sort(null); return s; }
}
