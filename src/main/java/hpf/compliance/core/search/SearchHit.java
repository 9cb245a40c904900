package hpf.compliance.core.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** One search result: its kind, id, title, branch and the path of its page in the app. */
public record SearchHit(SearchKind kind, String id, String title, String branchId, String path) {
    /** The web path of the app the paths start with. */
    public static final String APP_ROOT = "/qapps/hpf/";

    /** A hit made from a record's or an indexed document's fields (the unit's name and number, the kind's id...). */
    public static SearchHit of(SearchKind kind, Map<String, ?> fields) {
        String id = str(fields.get(kind.idField()));
        String unitName = str(fields.get("unitName"));
        String accountNo = str(fields.get("unitAccountNo"));
        String number = kind.numberField() == null ? "" : str(fields.get(kind.numberField()));
        String unitPart = unitName.isEmpty() ? accountNo : (accountNo.isEmpty() ? unitName : unitName + "（" + accountNo + "）");
        String title = switch (kind) {
            case UNIT -> unitPart;
            case TARGET, APPLICATION -> unitPart + " · " + id;
            case NOTICE, ORDER -> (number.isEmpty() ? id : number) + " · " + unitPart;
        };
        return new SearchHit(kind, id, title, emptyToNull(str(fields.get("branchId"))), APP_ROOT + kind.pathOf(id));
    }

    /** Exactly the answer's keys: kind, id, title, branchId, path. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.code());
        m.put("id", id);
        m.put("title", title);
        m.put("branchId", branchId);
        m.put("path", path);
        return m;
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }
    private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }
}
