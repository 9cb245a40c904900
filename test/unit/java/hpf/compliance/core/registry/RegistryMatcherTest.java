package hpf.compliance.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryMatcherTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final LocalDate LONG_AGO = LocalDate.of(2015, 3, 1);

    RegistryMatcher m;

    @BeforeEach
    void accounts() {
        m = new RegistryMatcher();
        m.add(new UnitAccountKey("A1", "阳泉市甲有限公司", Codes.uscc(1), null, 2));
        m.add(new UnitAccountKey("A2", "阳泉市乙公司", null, Codes.org(2), 3));
        m.add(new UnitAccountKey("A3", "阳泉市丙有限责任公司", null, null, 4));
        m.add(new UnitAccountKey("A4", "阳泉市丙有限公司（城区）", null, null, 5));
        m.add(new UnitAccountKey("A5", "阳泉市丙有限公司(城区)", Codes.uscc(5), null, 6));
        // an account with a USCC is not an old account: its organization code part is not indexed
        m.add(new UnitAccountKey("A6", "阳泉市己公司", Codes.uscc(6), Codes.org(6), 7));
    }

    static RegistryEntry entry(String uscc, String name, LocalDate established, RegistrationStatus status) {
        return new RegistryEntry(uscc, name, null, established, status, null, null, null, 1);
    }

    MatchResult match(String uscc, String name, LocalDate est, RegistrationStatus status) {
        return m.match(entry(uscc, name, est, status), AS_OF);
    }

    @Test
    void theSameUsccWinsOverEverythingElse() {
        MatchResult r = match(Codes.uscc(1), "完全不同的名称", AS_OF, RegistrationStatus.DEREGISTERED);
        assertEquals(MatchKind.USCC, r.kind());
        assertEquals(List.of("A1"), r.accountNos());
    }

    @Test
    void theOrganizationCodeInsideTheUsccFindsAnOldAccount() {
        MatchResult r = match(Codes.uscc(2), "另一个名称", LONG_AGO, RegistrationStatus.ACTIVE);
        assertEquals(MatchKind.ORG_CODE, r.kind());
        assertEquals(List.of("A2"), r.accountNos());
        // characters 9 to 17 of the USCC are the organization code
        assertEquals(Codes.org(2), entry(Codes.uscc(2), "x", LONG_AGO, RegistrationStatus.ACTIVE).organizationCode());
    }

    @Test
    void theOrganizationCodeOfANewStyleAccountIsNotAMatch() {
        // another USCC around A6's organization code: A6 has a USCC of its own, so it is not an old account
        String first17 = "91140100" + Codes.org(6);
        String other = first17 + hpf.compliance.core.Uscc.checkDigit(first17);
        assertEquals(MatchKind.UNREGISTERED, match(other, "无关", LONG_AGO, RegistrationStatus.ACTIVE).kind());
    }

    @Test
    void sameNameWrittenDifferentlyGivesEveryCandidate() {
        MatchResult r = match(Codes.uscc(9), "阳泉市丙有限公司（城区）", LONG_AGO, RegistrationStatus.ACTIVE);
        assertEquals(MatchKind.NAME_CANDIDATE, r.kind());
        assertEquals(List.of("A4", "A5"), r.accountNos());
        MatchResult legalForm = match(Codes.uscc(10), "阳泉市丙有限公司", LONG_AGO, RegistrationStatus.ACTIVE);
        assertEquals(List.of("A3"), legalForm.accountNos());
    }

    @Test
    void aNameCandidateComesBeforeExemption() {
        assertEquals(MatchKind.NAME_CANDIDATE, match(Codes.uscc(11), "阳泉市乙公司", LONG_AGO, RegistrationStatus.REVOKED).kind());
    }

    @Test
    void closedRevokedAndMovedOutEnterprisesAreExempt() {
        for (RegistrationStatus s : List.of(RegistrationStatus.DEREGISTERED, RegistrationStatus.REVOKED, RegistrationStatus.MOVED_OUT)) {
            assertEquals(MatchKind.EXEMPT, match(Codes.uscc(20), "阳泉市未登记公司", LONG_AGO, s).kind(), s.name());
        }
        assertEquals(MatchKind.UNREGISTERED, match(Codes.uscc(20), "阳泉市未登记公司", LONG_AGO, RegistrationStatus.ACTIVE).kind());
    }

    @Test
    void thirtyDaysAfterSetUpIsStillInsideTheWindow() {
        assertEquals(MatchKind.EXEMPT, match(Codes.uscc(21), "新公司", AS_OF.minusDays(30), RegistrationStatus.ACTIVE).kind());
        assertEquals(MatchKind.UNREGISTERED, match(Codes.uscc(21), "新公司", AS_OF.minusDays(31), RegistrationStatus.ACTIVE).kind());
        assertEquals(MatchKind.EXEMPT, match(Codes.uscc(21), "新公司", AS_OF, RegistrationStatus.ACTIVE).kind());
        assertEquals(MatchKind.EXEMPT, match(Codes.uscc(21), "新公司", AS_OF.plusDays(5), RegistrationStatus.ACTIVE).kind());
        assertTrue(RegistryMatcher.mustRegister(entry(Codes.uscc(21), "x", AS_OF.minusDays(31), RegistrationStatus.ACTIVE), AS_OF));
        assertFalse(RegistryMatcher.mustRegister(entry(Codes.uscc(21), "x", AS_OF.minusDays(30), RegistrationStatus.ACTIVE), AS_OF));
    }

    @Test
    void registryStatusTexts() {
        assertEquals(RegistrationStatus.ACTIVE, RegistrationStatus.fromText("存续（在营、开业、在册）"));
        assertEquals(RegistrationStatus.ACTIVE, RegistrationStatus.fromText("在业"));
        assertEquals(RegistrationStatus.ACTIVE, RegistrationStatus.fromText(null));
        assertEquals(RegistrationStatus.REVOKED, RegistrationStatus.fromText("吊销，未注销"));
        assertEquals(RegistrationStatus.DEREGISTERED, RegistrationStatus.fromText("注销"));
        assertEquals(RegistrationStatus.MOVED_OUT, RegistrationStatus.fromText("迁出"));
    }

    @Test
    void anAccountListedTwiceIsOneCandidate() {
        RegistryMatcher twice = new RegistryMatcher();
        twice.add(new UnitAccountKey("B1", "重复公司", Codes.uscc(30), null, 2));
        twice.add(new UnitAccountKey("B1", "重复公司", Codes.uscc(30), null, 3));
        twice.add(new UnitAccountKey("B2", "重复公司", Codes.uscc(30), null, 4));
        assertEquals(List.of("B1", "B2"), twice.match(entry(Codes.uscc(30), "x", LONG_AGO, RegistrationStatus.ACTIVE), AS_OF).accountNos());
    }
}
