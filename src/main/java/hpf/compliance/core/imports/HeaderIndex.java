package hpf.compliance.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the header row to column positions. Columns may come in any order, extra columns are ignored, and a header may
 * be the Chinese name, the data-standard code, or both as {@code 单位账号(DWZH)}.
 */
final class HeaderIndex {
    private HeaderIndex() {}

    static String normalize(String h) {
        if (h == null) return "";
        StringBuilder sb = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c) || c == '\u3000' || c == '*') continue;
            if (c == '（') c = '(';
            if (c == '）') c = ')';
            sb.append(c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** Position of each column in the header (-1 when an optional column is absent); fails naming missing columns. */
    static int[] resolve(String fileLabel, String[] header, List<Column> columns) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String n = normalize(header[i]);
            byName.putIfAbsent(n, i);
            int open = n.indexOf('(');
            if (open > 0 && n.endsWith(")")) {
                byName.putIfAbsent(n.substring(0, open), i);
                byName.putIfAbsent(n.substring(open + 1, n.length() - 1), i);
            }
        }
        int[] pos = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            Integer found = byName.get(normalize(col.label()));
            if (found == null && col.code() != null) found = byName.get(normalize(col.code()));
            for (int a = 0; found == null && a < col.aliases().size(); a++) found = byName.get(normalize(col.aliases().get(a)));
            pos[c] = found == null ? -1 : found;
            if (found == null && col.required()) missing.add(col.display());
        }
        if (!missing.isEmpty()) {
            throw new ImportException(fileLabel + " 缺少必需的列：" + String.join("、", missing)
                    + "（表头为：" + String.join(",", header) + "）");
        }
        return pos;
    }
}
