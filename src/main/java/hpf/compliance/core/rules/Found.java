package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the violations of one check. Every rule class reports all broken rules at once rather than the first,
 * because staff correct a whole form in one pass.
 */
final class Found {
    private final List<Violation> list = new ArrayList<>();

    /** Adds a violation; {@code kv} alternates argument names and values (null values are kept as null). */
    void add(String code, String field, Object... kv) {
        if (kv.length % 2 != 0) throw new IllegalArgumentException("arguments must come in name/value pairs");
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) args.put((String) kv[i], kv[i + 1]);
        list.add(new Violation(code, field, args));
    }

    void addAll(List<Violation> more) {
        list.addAll(more);
    }

    List<Violation> list() {
        return Collections.unmodifiableList(list);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
