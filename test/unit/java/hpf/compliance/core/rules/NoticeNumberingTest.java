package hpf.compliance.core.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class NoticeNumberingTest {
    static final NoticeNumbering PLAN = NoticeNumbering.compile("阳住金指〔{year}〕{branch}-{seq:4}号");

    @Test
    void formatsThePlanExample() {
        assertEquals("阳住金指〔2026〕YQ01-0001号", PLAN.format(2026, "YQ01", 1));
        assertEquals("阳住金指〔2026〕YQ01-0123号", PLAN.format(2026, "YQ01", 123));
    }

    @Test
    void sequencePastThePaddingGrows() {
        assertEquals("阳住金指〔2026〕YQ01-12345号", PLAN.format(2026, "YQ01", 12345));
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(2026, "YQ01", 12345)), PLAN.parse("阳住金指〔2026〕YQ01-12345号"));
    }

    @Test
    void parsesBack() {
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(2026, "YQ01", 7)), PLAN.parse("阳住金指〔2026〕YQ01-0007号"));
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(2026, "HY", 7)), PLAN.parse(" 阳住金指〔2026〕HY-0007号 "));
    }

    @Test
    void foreignNumbersDoNotParse() {
        assertTrue(PLAN.parse("阳住金指〔2026〕YQ01-007号").isEmpty(), "too few digits");
        assertTrue(PLAN.parse("阳住金指〔26〕YQ01-0007号").isEmpty());
        assertTrue(PLAN.parse("阳住金罚〔2026〕YQ01-0007号").isEmpty());
        assertTrue(PLAN.parse("阳住金指〔2026〕YQ01-0000号").isEmpty(), "sequence 0 is never issued");
        assertTrue(PLAN.parse(null).isEmpty());
        assertFalse(PLAN.matches("阳住金指〔2026〕-0007号"));
    }

    @Test
    void unknownPlaceholderRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NoticeNumbering.compile("阳住金指〔{yr}〕{seq}号"));
        assertTrue(e.getMessage().contains("unknown placeholder {yr}"), e.getMessage());
    }

    @Test
    void badPatternsRefused() {
        assertFalse(NoticeNumbering.validate("阳住金指〔{year}〕{branch}号").isEmpty(), "no seq");
        assertFalse(NoticeNumbering.validate("阳住金指〔{year}〕{branch}-{seq:4号").isEmpty(), "unclosed brace");
        assertFalse(NoticeNumbering.validate("阳住金指}{seq}").isEmpty(), "stray brace");
        assertFalse(NoticeNumbering.validate("{branch}{seq:4}").isEmpty(), "adjacent placeholders");
        assertFalse(NoticeNumbering.validate("{seq}-{seq}").isEmpty(), "seq twice");
        assertFalse(NoticeNumbering.validate("{branch}A{seq}").isEmpty(), "branch followed by a letter");
        assertFalse(NoticeNumbering.validate("{seq:0}").isEmpty());
        assertFalse(NoticeNumbering.validate("  ").isEmpty());
        assertFalse(NoticeNumbering.validate(null).isEmpty());
        assertEquals(java.util.List.of(), NoticeNumbering.validate("第{seq}号"));
    }

    @Test
    void patternWithoutYearOrBranch() {
        NoticeNumbering p = NoticeNumbering.compile("第{seq:3}号");
        assertEquals("第042号", p.format(0, null, 42));
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(null, null, 42)), p.parse("第042号"));
    }

    @Test
    void formatRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> PLAN.format(2026, "YQ01", 0));
        assertThrows(IllegalArgumentException.class, () -> PLAN.format(26, "YQ01", 1));
        assertThrows(IllegalArgumentException.class, () -> PLAN.format(2026, "YQ-01", 1));
        assertThrows(IllegalArgumentException.class, () -> PLAN.format(2026, "", 1));
    }

    @Property
    void parseInvertsFormat(@ForAll @IntRange(min = 1000, max = 9999) int year,
                            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 8) String branch,
                            @ForAll @IntRange(min = 1, max = 999_999) int seq) {
        String n = PLAN.format(year, branch, seq);
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(year, branch, seq)), PLAN.parse(n));
    }

    @Property
    void paddingIsAtLeastTheWidth(@ForAll @IntRange(min = 1, max = 9999) int seq) {
        String n = PLAN.format(2026, "YQ01", seq);
        String digits = n.substring(n.indexOf('-') + 1, n.length() - 1);
        assertEquals(4, digits.length());
        assertEquals(seq, Integer.parseInt(digits));
    }
}
