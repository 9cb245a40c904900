package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
        Violation v = Checks.assertOnly(NoticeNumbering.UNKNOWN_PLACEHOLDER, NoticeNumbering.checkPattern("阳住金指〔{yr}〕{seq}号"));
        assertEquals("{yr}", v.args().get("placeholder"));
        assertEquals("pattern", v.field());
    }

    @Test
    void badPatternsRefused() {
        Checks.assertOnly(NoticeNumbering.SEQ_MISSING, NoticeNumbering.checkPattern("阳住金指〔{year}〕{branch}号"));
        Violation v = Checks.assertHas(NoticeNumbering.UNBALANCED_BRACE, NoticeNumbering.checkPattern("阳住金指〔{year}〕{branch}-{seq:4号"));
        assertEquals("-{seq:4号", v.args().get("text"));
        Checks.assertHas(NoticeNumbering.UNBALANCED_BRACE, NoticeNumbering.checkPattern("阳住金指}{seq}"));
        Checks.assertOnly(NoticeNumbering.PLACEHOLDERS_ADJACENT, NoticeNumbering.checkPattern("{branch}{seq:4}"));
        Checks.assertOnly(NoticeNumbering.PLACEHOLDER_REPEATED, NoticeNumbering.checkPattern("{seq}-{seq}"));
        Checks.assertOnly(NoticeNumbering.PLACEHOLDER_REPEATED, NoticeNumbering.checkPattern("{year}-{year}-{seq}"));
        Checks.assertOnly(NoticeNumbering.PLACEHOLDER_REPEATED, NoticeNumbering.checkPattern("{branch}-{branch}-{seq}"));
        Checks.assertOnly(NoticeNumbering.CODE_CHAR_AFTER_PLACEHOLDER, NoticeNumbering.checkPattern("{branch}A{seq}"));
        Checks.assertOnly(NoticeNumbering.CODE_CHAR_AFTER_PLACEHOLDER, NoticeNumbering.checkPattern("{seq}_x"));
        Checks.assertOnly(NoticeNumbering.SEQ_WIDTH_OUT_OF_RANGE, NoticeNumbering.checkPattern("{seq:0}"));
        Checks.assertOnly(NoticeNumbering.SEQ_WIDTH_OUT_OF_RANGE, NoticeNumbering.checkPattern("{seq:13}"));
        Checks.assertNone(NoticeNumbering.checkPattern("{seq:12}"));
        Checks.assertNone(NoticeNumbering.checkPattern("{year}{branch}-{seq}号"));
        Checks.assertOnly(NoticeNumbering.PATTERN_EMPTY, NoticeNumbering.checkPattern("  "));
        Checks.assertOnly(NoticeNumbering.PATTERN_EMPTY, NoticeNumbering.checkPattern(null));
        Checks.assertNone(NoticeNumbering.checkPattern("第{seq}号"));
        // a Chinese character may follow a placeholder: only ASCII letters and digits make a number ambiguous
        Checks.assertNone(NoticeNumbering.checkPattern("{branch}字{seq}号"));
    }

    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /**
     * A year, a branch code of ASCII letters and digits and a sequence; boundaries: the ends of the year and sequence
     * ranges with one-character, all-digit (it touches the year's digits) and longest codes.
     */
    static Stream<Arguments> numbers(int maxBranchLength, int maxSeq) {
        List<String> branches = List.of("0", "Z", "a", "09", "9".repeat(maxBranchLength), "zZ".repeat(maxBranchLength / 2));
        return Cases.of(1000).boundaries(Cases.grid(Gen.edges(1000, 9999), branches, Gen.edges(1, maxSeq)))
                .random(g -> arguments(g.between(1000, 9999), g.string(1, maxBranchLength, ALNUM), g.between(1, maxSeq)));
    }

    static Stream<Arguments> shortNumbers() { return numbers(6, 99_999); }

    static Stream<Arguments> longNumbers() { return numbers(8, 999_999); }

    @Property
    @MethodSource("shortNumbers")
    void yearMayTouchOtherPlaceholders(int year, String branch, int seq) {
        for (String pattern : java.util.List.of("{year}{branch}-{seq:3}", "{branch}{year}-{seq}", "{branch}-{seq}{year}号")) {
            NoticeNumbering p = NoticeNumbering.compile(pattern);
            assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(year, branch, seq)), p.parse(p.format(year, branch, seq)), pattern);
        }
    }

    /** validate gives the filled-in English texts the campaign service shows (and translates by exact text). */
    @Test
    void validateGivesPlainTexts() {
        assertEquals(java.util.List.of("{seq} is missing, so numbers would repeat"), NoticeNumbering.validate("阳住金指〔{year}〕{branch}号"));
        assertEquals(java.util.List.of("unknown placeholder {yr}; use {year}, {branch}, {seq} or {seq:N}"), NoticeNumbering.validate("{yr}-{seq}"));
        assertEquals(java.util.List.of(), NoticeNumbering.validate("第{seq}号"));
    }

    @Test
    void patternAccessors() {
        assertEquals("阳住金指〔{year}〕{branch}-{seq:4}号", PLAN.pattern());
        assertTrue(PLAN.usesYear());
        assertTrue(PLAN.usesBranch());
        assertFalse(NoticeNumbering.compile("第{seq}号").usesYear());
    }

    @Test
    void absurdlyLongSequenceDoesNotParse() {
        assertTrue(PLAN.parse("阳住金指〔2026〕YQ01-1234567890号").isEmpty());
        assertTrue(PLAN.parse("阳住金指〔2026〕YQ01-123456789号").isPresent());
        assertTrue(PLAN.matches("阳住金指〔2026〕YQ01-0001号"));
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
    @MethodSource("longNumbers")
    void parseInvertsFormat(int year, String branch, int seq) {
        String n = PLAN.format(year, branch, seq);
        assertEquals(Optional.of(new NoticeNumbering.NoticeNumber(year, branch, seq)), PLAN.parse(n));
    }

    /** Sequences 1..9999; boundaries: the range ends and every change in the number of digits. */
    static Stream<Arguments> sequences() {
        Cases cases = Cases.of(1000);
        for (int seq : Gen.edges(1, 9999)) cases.boundary(seq);
        for (int seq : List.of(9, 10, 99, 100, 999, 1000)) cases.boundary(seq);
        return cases.random(g -> arguments(g.between(1, 9999)));
    }

    @Property
    @MethodSource("sequences")
    void paddingIsAtLeastTheWidth(int seq) {
        String n = PLAN.format(2026, "YQ01", seq);
        String digits = n.substring(n.indexOf('-') + 1, n.length() - 1);
        assertEquals(4, digits.length());
        assertEquals(seq, Integer.parseInt(digits));
    }
}
