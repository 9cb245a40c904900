package hpf.compliance.core;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Property;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {
    /** Published codes of real enterprises (printed on their business licences). */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "91110108551385082Q"})
    void acceptsIssuedCodes(String code) {
        assertTrue(Uscc.isValid(code), () -> Uscc.validate(code).toString());
        assertEquals(code.charAt(17), Uscc.checkDigit(code.substring(0, 17)));
    }

    @Test
    void checkDigitThirtyOneBecomesZero() {
        // find a 17-char prefix whose weighted sum is a multiple of 31: its check character must be '0'
        String prefix = "91350100M000100Y4";
        for (char c : Uscc.CHARSET.toCharArray()) {
            String p = prefix.substring(0, 16) + c;
            int sum = 0;
            int w = 1;
            for (int i = 0; i < 17; i++) {
                sum += Uscc.CHARSET.indexOf(p.charAt(i)) * w;
                w = w * 3 % 31;
            }
            if (sum % 31 == 0) {
                assertEquals('0', Uscc.checkDigit(p));
                return;
            }
        }
        fail("no prefix with sum divisible by 31 in this family");
    }

    @Test
    void wrongCheckCharacterIsReportedWithTheExpectedOne() {
        List<Violation> v = Uscc.validate("91350100M000100Y44");
        assertEquals(List.of(Uscc.BAD_CHECK_DIGIT), v.stream().map(Violation::code).toList());
        assertEquals("3", v.get(0).args().get("expected"));
    }

    @Test
    void wrongLengthAndCharacters() {
        assertEquals(Uscc.BAD_LENGTH, Uscc.validate("91350100M000100Y4").get(0).code());
        assertEquals(Uscc.BAD_CHARACTER, Uscc.validate("91350100M000100I43").get(0).code());
        assertEquals(Uscc.BAD_CHARACTER, Uscc.validate("91350100m000100y43").get(0).code());
        assertEquals(Uscc.REQUIRED, Uscc.validate("").get(0).code());
        assertEquals(Uscc.REQUIRED, Uscc.validate(null).get(0).code());
    }

    @Test
    void divisionMustBeDigits() {
        String body = "9135A100M000100Y4";
        String code = body + Uscc.checkDigit(body);
        assertEquals(List.of(Uscc.BAD_DIVISION), Uscc.validate(code).stream().map(Violation::code).toList());
    }

    @Test
    void organizationCodePartHasItsOwnCheck() {
        // organization code M000100Y-4 becomes M000100Y-5; recompute the outer check so only the inner one fails
        String body = "91350100M000100Y5";
        String code = body + Uscc.checkDigit(body);
        assertEquals(List.of(Uscc.BAD_ORG_CODE), Uscc.validate(code).stream().map(Violation::code).toList());
    }

    @Test
    void organizationCodeCheckMapsTenToX() {
        assertEquals('X', Uscc.orgCodeCheck("40000000"));
        assertEquals('0', Uscc.orgCodeCheck("00000000"));
    }

    @Test
    void checkDigitRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkDigit("123"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkDigit("91350100M000100I4"));
    }

    /** Every position with every character of the code's alphabet: 18 x 31 = 558 cases, the whole domain. */
    static Stream<Arguments> positionsAndCharacters() {
        return Cases.exhaustive(IntStream.range(0, 18).boxed().toList(),
                Uscc.CHARSET.chars().mapToObj(c -> (char) c).toList());
    }

    @Property
    @MethodSource("positionsAndCharacters")
    void anySingleCharacterChangeIsDetected(int pos, char replacement) {
        String code = "91110108551385082Q";
        if (code.charAt(pos) == replacement) return;
        String changed = code.substring(0, pos) + replacement + code.substring(pos + 1);
        assertFalse(Uscc.isValid(changed), changed);
    }

    /** Valid codes, codes one or two characters off, other lengths, lower case, blanks and characters beyond ASCII. */
    static Stream<Arguments> anyCodes() {
        return Cases.of(2000)
                .boundary("91110108551385082Q").boundary("").boundary(" ".repeat(18)).boundary("91110108551385082q")
                .random(g -> {
                    // a valid code from random parts: check characters computed, then perhaps changed
                    StringBuilder sb = new StringBuilder();
                    sb.append(g.oneOf('1', '5', '9', 'Y', 'N', '3')).append(g.oneOf('1', '2', '3', '9'));
                    for (int i = 0; i < 6; i++) sb.append((char) ('0' + g.between(0, 9)));
                    String body = g.string(8, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY");
                    sb.append(body).append(Uscc.orgCodeCheck(body));
                    sb.append(Uscc.checkDigit(sb.toString()));
                    String code = sb.toString();
                    int changes = g.between(0, 2);
                    for (int k = 0; k < changes; k++) {
                        int pos = g.between(0, 17);
                        char c = g.chance(80) ? g.oneOf(Uscc.CHARSET.chars().mapToObj(x -> (char) x).toList())
                                : g.chance(50) ? g.oneOf('a', 'i', 'O', 'S', 'V', 'Z', 'X', ' ', '-') : g.bmpChar();
                        code = code.substring(0, pos) + c + code.substring(pos + 1);
                    }
                    if (g.chance(5)) code = code.substring(0, g.between(0, 17));
                    else if (g.chance(5)) code = code + g.oneOf("0", "X", " ");
                    return Arguments.of(code);
                });
    }

    @Property
    @MethodSource("anyCodes")
    void isValidAgreesWithValidate(String code) {
        assertEquals(Uscc.validate(code).isEmpty(), Uscc.isValid(code), code);
    }
}
