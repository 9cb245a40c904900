package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on violation lists; every code seen must have a Chinese translation in {@link RuleMessages}. */
final class Checks {
    private Checks() {}

    static List<String> codes(List<Violation> vs) {
        vs.forEach(v -> assertTrue(RuleMessages.all().containsKey(v.code()), "untranslated template: " + v.code()));
        return vs.stream().map(Violation::code).collect(Collectors.toList());
    }

    static void assertNone(List<Violation> vs) {
        assertEquals(List.of(), vs.stream().map(Violation::message).collect(Collectors.toList()));
    }

    /** Exactly one violation, with this code. */
    static Violation assertOnly(String code, List<Violation> vs) {
        assertEquals(List.of(code), codes(vs), () -> vs.stream().map(Violation::message).collect(Collectors.joining("; ")));
        return vs.get(0);
    }

    static Violation assertHas(String code, List<Violation> vs) {
        assertTrue(codes(vs).contains(code), () -> "expected " + code + " in " + codes(vs));
        return vs.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }
}
