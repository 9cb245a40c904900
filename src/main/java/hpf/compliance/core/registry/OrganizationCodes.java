package hpf.compliance.core.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 组织机构代码 (GB 11714): 8 body characters and a check character, written with or without a hyphen before the check
 * character (12345678-9 or 123456789). Old unit accounts carry it instead of a 统一社会信用代码.
 */
public final class OrganizationCodes {
    private OrganizationCodes() {}

    /** The 9-character code without hyphen, or null when {@code text} is not an organization code. */
    public static String normalize(String text) {
        if (text == null) return null;
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replace(" ", "");
        if (t.length() == 10 && t.charAt(8) == '-') t = t.substring(0, 8) + t.charAt(9);
        if (t.length() != 9) return null;
        for (int i = 0; i < 9; i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) return null;
        }
        return t;
    }

    /** A USCC as the matcher compares it: trimmed, half-width, upper-case; null when blank. */
    public static String normalizeUscc(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (!Names.plain(t)) t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        t = t.toUpperCase(Locale.ROOT).replace(" ", "");
        return t.isEmpty() ? null : t;
    }
}
