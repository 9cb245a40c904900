package hpf.compliance.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationTest {
    @Test
    void fillsPlaceholdersFromArgs() {
        Violation v = new Violation("Employer rate ${rate} is below the minimum of 5%", "employerRate", Map.of("rate", "4%"));
        assertEquals("Employer rate 4% is below the minimum of 5%", v.message());
    }

    @Test
    void leavesUnknownPlaceholdersVisible() {
        assertEquals("Value ${x} bad", Violation.of("Value ${x} bad", null).message());
    }

    @Test
    void argsAreAnImmutableCopyAndMayHoldNull() {
        Map<String, Object> args = new HashMap<>();
        args.put("rate", null);
        Violation v = new Violation("c ${rate}", "f", args);
        args.put("other", 1);
        assertEquals(1, v.args().size());
        assertThrows(UnsupportedOperationException.class, () -> v.args().put("x", 1));
        assertEquals("c null", v.message());
    }

    @Test
    void requiresACode() {
        assertThrows(IllegalArgumentException.class, () -> Violation.of(" ", "f"));
    }

    @Test
    void nullArgsBecomeEmpty() {
        assertEquals(Map.of(), new Violation("c", null, null).args());
    }
}
