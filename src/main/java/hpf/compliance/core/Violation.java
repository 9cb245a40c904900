package hpf.compliance.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A broken rule. {@code code} is the English message template (e.g. {@code Employer rate ${rate} is below the
 * minimum of 5%}); the Moqui layer localizes it through LocalizedMessage, so the template text is the stable key
 * and must not change casually. {@code field} names the input the user has to correct (may be null when the
 * violation concerns the record as a whole).
 */
public record Violation(String code, String field, Map<String, Object> args) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    public Violation {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("violation code is required");
        // an unmodifiable copy that keeps insertion order and tolerates null values, unlike Map.copyOf
        args = args == null || args.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public static Violation of(String code, String field) {
        return new Violation(code, field, Map.of());
    }

    public static Violation of(String code, String field, String key, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(key, value);
        return new Violation(code, field, args);
    }

    /** The template with its arguments filled in, in English; for logs, the CLI and tests (screens localize code). */
    public String message() {
        Matcher m = PLACEHOLDER.matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = args.containsKey(key) ? String.valueOf(args.get(key)) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
