package hpf.compliance.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of record the app's search finds: each is one Moqui DataDocument (data/HpfSearchData.xml), so one search
 * index, and one page of the app. Every document carries the unit's name, account number and USCC under the same
 * names, the branch ({@code branchId}) and its own id; letters and orders also their document number.
 */
public enum SearchKind {
    UNIT("unit", "HpfSearchUnit", "unitId", null, "Unit/UnitDetail"),
    TARGET("target", "HpfSearchTarget", "targetId", null, "Target/TargetDetail"),
    NOTICE("notice", "HpfSearchNotice", "noticeId", "noticeNumber", "Notice/EditNotice"),
    ORDER("order", "HpfSearchOrder", "actionId", "documentNumber", "Enforcement/EditEnforcement"),
    APPLICATION("application", "HpfSearchApplication", "applicationId", null, "Application/EditApplication");

    /** The alias Moqui gives every index of these documents (DataDocument.indexName). */
    public static final String INDEX_ALIAS = "hpf_search";

    private final String code;
    private final String dataDocumentId;
    private final String idField;
    private final String numberField;
    private final String screenPath;

    SearchKind(String code, String dataDocumentId, String idField, String numberField, String screenPath) {
        this.code = code;
        this.dataDocumentId = dataDocumentId;
        this.idField = idField;
        this.numberField = numberField;
        this.screenPath = screenPath;
    }

    public String code() { return code; }
    public String dataDocumentId() { return dataDocumentId; }
    /** The primary key field of the document's record, also the page's parameter. */
    public String idField() { return idField; }
    /** The document number field (letters, orders), or null. */
    public String numberField() { return numberField; }
    /** The page of the record, relative to the app root (/qapps/hpf or /apps/hpf). */
    public String screenPath() { return screenPath; }

    /** The index Moqui creates for this document (its ddIdToEsIndex: the id in lower case with underscores), without prefix. */
    public String indexName() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dataDocumentId.length(); i++) {
            char c = dataDocumentId.charAt(i);
            if (Character.isUpperCase(c) && i > 0) sb.append('_');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The page of one record, relative to the app root: {@code Unit/UnitDetail?unitId=U1}. */
    public String pathOf(String id) {
        return screenPath + "?" + idField + "=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static SearchKind ofCode(String code) {
        for (SearchKind k : values()) if (k.code.equals(code)) return k;
        return null;
    }

    /** The kind whose index (with or without a prefix) is the given one, or null. */
    public static SearchKind ofIndex(String index) {
        if (index == null) return null;
        for (SearchKind k : values()) if (index.equals(k.indexName()) || index.endsWith(k.indexName())) return k;
        return null;
    }

    /**
     * The kinds named in a comma-separated list ({@code unit,target}); empty or null means all of them.
     * @throws IllegalArgumentException naming the first unknown kind
     */
    public static List<SearchKind> parseList(String kinds) {
        if (kinds == null || kinds.isBlank()) return Arrays.asList(values());
        Set<SearchKind> out = new LinkedHashSet<>();
        for (String part : kinds.split("[,，\\s]+")) {
            String code = part.trim().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            SearchKind k = ofCode(code);
            if (k == null) throw new IllegalArgumentException(code);
            out.add(k);
        }
        if (out.isEmpty()) return Arrays.asList(values());
        List<SearchKind> ordered = new ArrayList<>();
        for (SearchKind k : values()) if (out.contains(k)) ordered.add(k);
        return ordered;
    }

    public static String codes(Collection<SearchKind> kinds) {
        StringBuilder sb = new StringBuilder();
        for (SearchKind k : kinds) { if (sb.length() > 0) sb.append(','); sb.append(k.code); }
        return sb.toString();
    }
}
