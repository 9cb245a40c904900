package hpf.compliance.core;

import java.util.ArrayList;
import java.util.List;

/**
 * 统一社会信用代码 (GB 32100-2015). 18 characters: registration authority (1), organization category (1),
 * administrative division of the registering authority (6 digits, GB/T 2260), subject identifier (9, the
 * GB 11714 organization code including its own check character) and the check character.
 *
 * <p>The registration-authority and category letters are not checked against a list: the table in the 2015
 * standard (1 机构编制, 5 民政, 9 工商, Y 其他) has since been extended by the standards body (e.g. 3 司法行政 for law
 * firms, 8 工会, N 农业), so a fixed list would reject codes that are genuinely issued. Everything that the
 * standard fixes arithmetically is checked.
 */
public final class Uscc {
    private Uscc() {}

    /** The 31 characters of the code set: digits and capitals without I, O, S, V, Z. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = new int[17];
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            WEIGHTS[i] = w;
            w = w * 3 % 31;
        }
    }

    public static final String REQUIRED = "Unified social credit code is required";
    public static final String BAD_LENGTH = "Unified social credit code ${code} must have 18 characters, not ${length}";
    public static final String BAD_CHARACTER = "Unified social credit code ${code} contains the character ${char}, which is not allowed";
    public static final String BAD_DIVISION = "Unified social credit code ${code}: characters 3-8 must be an administrative division code of 6 digits";
    public static final String BAD_ORG_CODE = "Unified social credit code ${code}: the organization code part has a wrong check character";
    public static final String BAD_CHECK_DIGIT = "Unified social credit code ${code} has a wrong check character (expected ${expected})";

    /** The value of each character of the code set by its code point below 128, −1 for the others. */
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) VALUE[CHARSET.charAt(i)] = (byte) i;
    }

    /**
     * True when {@link #validate} finds nothing, without making its list, substrings or messages: one pass over the
     * 18 characters (an import checks every unit's code, so this is on the path of every unit row).
     */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) return false;
        int sum = 0;
        int org = 0;
        for (int i = 0; i < 18; i++) {
            char ch = code.charAt(i);
            int v = ch < 128 ? VALUE[ch] : -1;
            if (v < 0) return false;
            if (i >= 2 && i < 8 && v > 9) return false; // the division: digits only
            if (i >= 8 && i < 16) org += (ch <= '9' ? ch - '0' : ch - 'A' + 10) * ORG_WEIGHTS[i - 8]; // GB 11714 values
            if (i < 17) sum += v * WEIGHTS[i];
        }
        int o = 11 - org % 11;
        char orgCheck = o == 10 ? 'X' : o == 11 ? '0' : (char) ('0' + o);
        if (orgCheck != code.charAt(16)) return false;
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c) == code.charAt(17);
    }

    /**
     * True when the code has 18 characters of the code set and its last one is the GB 32100 check character of the
     * first 17. Weaker than {@link #isValid}: it does not look inside (division digits, the organization code's own
     * check character), which is what a registry extract promises and all a matcher needs.
     */
    public static boolean hasValidCheckCharacter(String code) {
        if (code == null || code.length() != 18) return false;
        for (int i = 0; i < 18; i++) if (CHARSET.indexOf(code.charAt(i)) < 0) return false;
        return checkDigit(code.substring(0, 17)) == code.charAt(17);
    }

    /** Check character for the first 17 characters of a code. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("checkDigit needs the first 17 characters of the code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' is not allowed in a unified social credit code");
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** GB 11714 check character of the 8-character organization code body: 11 - (Σ v·w mod 11), 10 → X, 11 → 0. */
    public static char orgCodeCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') v = ch - '0';
            else if (ch >= 'A' && ch <= 'Z') v = ch - 'A' + 10;
            else return '?';
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** All violations of a code; empty when valid. Lower-case input is not corrected: the code is printed upper-case. */
    public static List<Violation> validate(String code) {
        List<Violation> out = new ArrayList<>(1);
        String field = "uscc";
        if (code == null || code.isBlank()) {
            out.add(Violation.of(REQUIRED, field));
            return out;
        }
        if (code.length() != 18) {
            java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
            args.put("code", code);
            args.put("length", code.length());
            out.add(new Violation(BAD_LENGTH, field, args));
            return out;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
                args.put("code", code);
                args.put("char", String.valueOf(code.charAt(i)));
                out.add(new Violation(BAD_CHARACTER, field, args));
                return out;
            }
        }
        for (int i = 2; i < 8; i++) {
            char ch = code.charAt(i);
            if (ch < '0' || ch > '9') {
                out.add(Violation.of(BAD_DIVISION, field, "code", code));
                break;
            }
        }
        if (orgCodeCheck(code.substring(8, 16)) != code.charAt(16)) {
            out.add(Violation.of(BAD_ORG_CODE, field, "code", code));
        }
        char expected = checkDigit(code.substring(0, 17));
        if (expected != code.charAt(17)) {
            java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
            args.put("code", code);
            args.put("expected", String.valueOf(expected));
            out.add(new Violation(BAD_CHECK_DIGIT, field, args));
        }
        return out;
    }
}
