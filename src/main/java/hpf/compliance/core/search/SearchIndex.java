package hpf.compliance.core.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the component's search indices need beyond the mappings Moqui generates from the DataDocuments: Moqui sets no
 * analyzer, so the indices get the {@code cjk} analyzer (CJK bigrams, from OpenSearch's analysis-common module and
 * Elasticsearch's default distribution) as their default, which makes a two-character fragment of a Chinese name
 * match. The same settings go into an index template for {@code <prefix>hpf_search_*} (installed by the re-index
 * service and before the feed first creates the indices) and into the settings Moqui sends when it creates an index
 * itself (the DataDocuments' manual mapping service).
 */
public final class SearchIndex {
    private SearchIndex() {}

    public static final String TEMPLATE_NAME = "hpf_search";
    /** The fields matched exactly or by prefix: keywords, never analyzed. */
    public static final List<String> KEYWORD_FIELDS = List.of("unitId", "unitAccountNo", "usccCode", "branchId",
            "targetId", "noticeId", "noticeNumber", "actionId", "documentNumber", "applicationId", "statusId");
    /** The fields matched by words, or by Chinese bigrams: text with the cjk analyzer. */
    public static final List<String> TEXT_FIELDS = List.of("unitName", "branchName", "campaignName");

    /** Index settings: the cjk analyzer as the default of every text field. */
    public static Map<String, Object> settings() {
        Map<String, Object> analyzer = new LinkedHashMap<>();
        analyzer.put("default", Map.of("type", "cjk"));
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("analyzer", analyzer);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("analysis", analysis);
        return settings;
    }

    /** Mappings for the searched fields, the same types the DataDocuments give them (data/HpfSearchData.xml). */
    public static Map<String, Object> mappings() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String f : KEYWORD_FIELDS) properties.put(f, Map.of("type", "keyword"));
        for (String f : TEXT_FIELDS) properties.put(f, Map.of("type", "text", "analyzer", "cjk"));
        return Map.of("properties", properties);
    }

    /** The index pattern of the component's indices under Moqui's index prefix (elasticsearch_index_prefix). */
    public static String indexPattern(String indexPrefix) {
        return (indexPrefix == null ? "" : indexPrefix) + SearchKind.INDEX_ALIAS + "_*";
    }

    /** Body of {@code PUT _index_template/hpf_search} (composable index template, OpenSearch 1+ and Elasticsearch 7.8+). */
    public static Map<String, Object> template(String indexPrefix) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("settings", settings());
        template.put("mappings", mappings());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index_patterns", List.of(indexPattern(indexPrefix)));
        body.put("priority", 200);
        body.put("template", template);
        body.put("_meta", Map.of("description", "hpf-compliance search: CJK bigram analysis, exact and prefix identifiers"));
        return body;
    }

    /** The settings Moqui's manual mapping service returns with a generated mapping (same analysis as the template). */
    public static Map<String, Object> settingsForMapping() {
        return settings();
    }
}
