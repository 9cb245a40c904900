package hpf.compliance.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void fullAndHalfWidthBracketsAndSpacesAreWrittenOneWay() {
        String base = Names.normalize("阳泉市新华书店(有限公司)");
        assertEquals(base, Names.normalize("阳泉市新华书店（有限公司）"));
        assertEquals(base, Names.normalize("阳泉市新华书店【有限公司】"));
        assertEquals(base, Names.normalize("阳泉市 新华书店 （有限公司）"));
        assertEquals(base, Names.normalize("阳泉市\u3000新华书店〔有限公司〕"));
    }

    @Test
    void fullWidthLettersAndDigitsAndCase() {
        assertEquals(Names.normalize("ABC科技123有限公司"), Names.normalize("ａｂｃ科技１２３有限公司"));
        assertEquals(Names.normalize("ABC科技有限公司"), Names.normalize("abc科技有限公司"));
    }

    @Test
    void limitedLiabilityCompanyIsALimitedCompany() {
        assertEquals(Names.normalize("阳泉市煤炭运销有限公司"), Names.normalize("阳泉市煤炭运销有限责任公司"));
        // a company limited by shares is another legal form
        assertNotEquals(Names.normalize("阳泉市煤炭运销有限公司"), Names.normalize("阳泉市煤炭运销股份有限公司"));
    }

    @Test
    void otherDifferencesStayDifferences() {
        assertNotEquals(Names.normalize("阳泉市新华书店"), Names.normalize("阳泉市新华书局"));
        assertEquals("", Names.normalize(null));
        assertEquals("", Names.normalize(" \u3000 "));
    }
}
