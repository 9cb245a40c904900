package hpf.compliance.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrganizationCodesTest {
    @Test
    void withOrWithoutHyphenAndInAnyCase() {
        assertEquals("12345678X", OrganizationCodes.normalize("12345678-X"));
        assertEquals("12345678X", OrganizationCodes.normalize("12345678x"));
        assertEquals("12345678X", OrganizationCodes.normalize(" １２３４５６７８－Ｘ "));
    }

    @Test
    void anythingElseIsNotAnOrganizationCode() {
        assertNull(OrganizationCodes.normalize(""));
        assertNull(OrganizationCodes.normalize(null));
        assertNull(OrganizationCodes.normalize("1234567-89"));
        assertNull(OrganizationCodes.normalize("1234567890"));
        assertNull(OrganizationCodes.normalize("12345678-"));
        assertNull(OrganizationCodes.normalize("1234567?9"));
    }

    @Test
    void theUsccIsComparedTrimmedAndUpperCase() {
        assertEquals(Codes.uscc(1), OrganizationCodes.normalizeUscc(" " + Codes.uscc(1).toLowerCase() + " "));
        assertNull(OrganizationCodes.normalizeUscc("  "));
    }
}
