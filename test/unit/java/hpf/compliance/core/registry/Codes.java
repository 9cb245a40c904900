package hpf.compliance.core.registry;

import hpf.compliance.core.Uscc;

/** Valid codes for tests: a USCC (GB 32100) built around a valid organization code (GB 11714). */
final class Codes {
    private Codes() {}

    /** Organization code (9 characters, no hyphen) of 8 digits {@code n}. */
    static String org(int n) {
        String body = String.format("%08d", n);
        return body + Uscc.orgCodeCheck(body);
    }

    static String uscc(int n) {
        String first17 = "91140300" + org(n);
        return first17 + Uscc.checkDigit(first17);
    }

    /** The same code with a wrong final check character. */
    static String badUscc(int n) {
        String good = uscc(n);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        return good.substring(0, 17) + wrong;
    }
}
