package hpf.compliance.core.search;

import java.util.Locale;

/** The text a user typed into the search box: trimmed, bounded, and whether it reads as an identifier. */
public final class SearchText {
    private SearchText() {}

    public static final int MAX_LENGTH = 100;

    /** Trimmed, inner white space collapsed (full-width spaces too), cut to {@link #MAX_LENGTH}; null or blank gives "". */
    public static String normalize(String q) {
        if (q == null) return "";
        String s = q.replace('\u3000', ' ').trim().replaceAll("\\s+", " ");
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    /** Letters and digits only (account numbers, USCC, record ids, document numbers without Chinese). */
    public static boolean isIdentifier(String q) {
        return !q.isEmpty() && q.matches("[0-9A-Za-z_\\-]+");
    }

    /** The upper-case form in which USCCs are stored. */
    public static String upper(String q) {
        return q.toUpperCase(Locale.ROOT);
    }
}
