package hpf.compliance.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search request the component sends to OpenSearch/Elasticsearch for one kind (one index), the same body whether
 * Moqui's ElasticClient or a test sends it:
 * <ul>
 *   <li>the unit's name (and branch, campaign names) matched by the cjk analyzer with every bigram required, so any
 *       fragment of two or more characters finds the name;</li>
 *   <li>account number, USCC, the record's id and document number matched exactly (ranked first) or by prefix,
 *       case-insensitively;</li>
 *   <li>the branch scope as a filter inside the query: a branch user's ids only (an empty list matches nothing), or no
 *       filter for center-wide roles ({@code branchIds == null}).</li>
 * </ul>
 */
public final class SearchQuery {
    private SearchQuery() {}

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The identifier fields of a kind: account number, USCC, its id and its document number. */
    public static List<String> identifierFields(SearchKind kind) {
        List<String> fields = new ArrayList<>(List.of("unitAccountNo", "usccCode", kind.idField()));
        if (kind.numberField() != null) fields.add(kind.numberField());
        return fields;
    }

    /** The fields each hit needs from its document's source. */
    public static List<String> sourceFields(SearchKind kind) {
        List<String> fields = new ArrayList<>(List.of(kind.idField(), "unitName", "unitAccountNo", "usccCode", "branchId"));
        if (kind.numberField() != null) fields.add(kind.numberField());
        return fields;
    }

    /**
     * The {@code _search} body for one kind.
     * @param text the normalized search text (see {@link SearchText#normalize}), not empty
     * @param branchIds the user's branches when branch-scoped, null when not scoped
     * @param size hits wanted (1..{@link #MAX_SIZE})
     */
    public static Map<String, Object> build(String text, SearchKind kind, Collection<String> branchIds, int size) {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("empty search text");
        List<Object> should = new ArrayList<>();
        should.add(Map.of("match", Map.of("unitName", Map.of("query", text, "operator", "and", "boost", 2))));
        if (kind == SearchKind.UNIT) should.add(Map.of("match", Map.of("branchName", Map.of("query", text, "operator", "and", "boost", 0.5))));
        if (kind == SearchKind.TARGET) should.add(Map.of("match", Map.of("campaignName", Map.of("query", text, "operator", "and", "boost", 0.5))));
        for (String field : identifierFields(kind)) {
            should.add(Map.of("term", Map.of(field, Map.of("value", text, "case_insensitive", true, "boost", 10))));
            should.add(Map.of("prefix", Map.of(field, Map.of("value", text, "case_insensitive", true, "boost", 4))));
        }
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("should", should);
        bool.put("minimum_should_match", 1);
        if (branchIds != null) bool.put("filter", List.of(Map.of("terms", Map.of("branchId", new ArrayList<>(branchIds)))));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("bool", bool));
        body.put("size", Math.max(1, Math.min(size, MAX_SIZE)));
        body.put("track_total_hits", true);
        body.put("_source", sourceFields(kind));
        body.put("sort", List.of("_score", Map.of(kind.idField(), Map.of("order", "asc", "unmapped_type", "keyword"))));
        return body;
    }

    /** The total of a {@code _search} answer ({@code hits.total.value}, or a plain number from older servers). */
    public static long total(Map<String, ?> response) {
        Object hits = response.get("hits");
        if (!(hits instanceof Map<?, ?> hitsMap)) return 0;
        Object total = hitsMap.get("total");
        if (total instanceof Map<?, ?> t && t.get("value") instanceof Number n) return n.longValue();
        if (total instanceof Number n) return n.longValue();
        return 0;
    }

    /** The hits of a {@code _search} answer for one kind, in the answer's order. */
    public static List<SearchHit> hits(SearchKind kind, Map<String, ?> response) {
        List<SearchHit> out = new ArrayList<>();
        Object hits = response.get("hits");
        if (!(hits instanceof Map<?, ?> hitsMap) || !(hitsMap.get("hits") instanceof List<?> list)) return out;
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> hit) || !(hit.get("_source") instanceof Map<?, ?> source)) continue;
            @SuppressWarnings("unchecked") Map<String, ?> fields = (Map<String, ?>) source;
            if (fields.get(kind.idField()) == null) continue;
            out.add(SearchHit.of(kind, fields));
        }
        return out;
    }
}
