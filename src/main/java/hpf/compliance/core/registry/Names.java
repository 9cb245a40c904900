package hpf.compliance.core.registry;

import java.text.Normalizer;

/**
 * Writes an enterprise name the one way the matcher compares it: full-width letters, digits and punctuation as their
 * half-width forms (NFKC), every kind of bracket as ( ), no spaces of any width, Latin letters upper-case, and
 * 有限责任公司 as 有限公司 (both name the same legal form and accounts opened long ago often use the longer one).
 */
public final class Names {
    private Names() {}

    public static String normalize(String name) {
        if (name == null) return "";
        String n = plain(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            switch (c) {
                case '[', '{', '【', '〔', '〖', '〈', '《', '「', '『' -> sb.append('(');
                case ']', '}', '】', '〕', '〗', '〉', '》', '」', '』' -> sb.append(')');
                default -> sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
            }
        }
        return sb.toString().replace("有限责任公司", "有限公司");
    }

    /**
     * True when NFKC would leave the text as it is: ASCII and the CJK unified ideographs have no compatibility
     * forms. Most names are just that, and skipping the normalizer for them halves the cost of a match.
     */
    static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) return false;
        }
        return true;
    }
}
