package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.UnitListRules.ListType;
import hpf.compliance.core.rules.UnitListRules.Standing;
import hpf.compliance.core.rules.UnitListRules.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static hpf.compliance.core.rules.UnitListRules.*;
import static org.junit.jupiter.api.Assertions.*;

class UnitListRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final Standing IGNORED_ORDER = new Standing(true, false, true, 0, null);
    static final Standing IN_COURT = new Standing(false, true, true, 0, null);
    static final Standing OWES_NO_ORDER = new Standing(false, false, true, 0, null);
    static final Standing RECTIFIED = new Standing(false, false, false, 3, null);

    static List<String> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    @Test
    void criticismOnlyForAUnitThatIgnoredAnOrder() {
        assertEquals(List.of(), checkProposal(ListType.CRITICISM, IGNORED_ORDER, 24, "2026-06"));
        assertEquals(List.of(ORDER_NOT_IGNORED), codes(checkProposal(ListType.CRITICISM, OWES_NO_ORDER, 24, "2026-06")));
        // under court enforcement alone is not an ignored order for 通报批评
        assertEquals(List.of(ORDER_NOT_IGNORED), codes(checkProposal(ListType.CRITICISM, IN_COURT, 24, "2026-06")));
        assertEquals(List.of(ORDER_NOT_IGNORED), codes(checkProposal(ListType.CRITICISM, RECTIFIED, 24, "2026-06")));
    }

    @Test
    void dishonestForCourtEnforcementOrAnIgnoredOrder() {
        assertEquals(List.of(), checkProposal(ListType.DISHONEST, IGNORED_ORDER, 24, "2026-06"));
        assertEquals(List.of(), checkProposal(ListType.DISHONEST, IN_COURT, 24, "2026-06"));
        assertEquals(List.of(NOT_DISHONEST), codes(checkProposal(ListType.DISHONEST, OWES_NO_ORDER, 24, "2026-06")));
    }

    @Test
    void aUnitIsProposedOnceForTheSameList() {
        Standing listed = new Standing(true, false, true, 0, Status.APPROVED);
        List<Violation> v = checkProposal(ListType.CRITICISM, listed, 24, "2026-06");
        assertEquals(List.of(ALREADY_LISTED), codes(v));
        assertEquals(Status.APPROVED, v.get(0).args().get("status"));
        assertEquals(List.of(LIST_TYPE_REQUIRED), codes(checkProposal(null, IGNORED_ORDER, 24, "2026-06")));
    }

    @Test
    void trustworthyNeedsTheRequiredMonthsInARowAtTheBoundary() {
        assertEquals(List.of(), checkProposal(ListType.TRUSTWORTHY, new Standing(false, false, false, 24, null), 24, "2026-06"));
        assertEquals(List.of(), checkProposal(ListType.TRUSTWORTHY, new Standing(false, false, false, 25, null), 24, "2026-06"));
        List<Violation> v = checkProposal(ListType.TRUSTWORTHY, new Standing(false, false, false, 23, null), 24, "2026-06");
        assertEquals(List.of(NOT_COMPLIANT_LONG_ENOUGH), codes(v));
        assertEquals(23, v.get(0).args().get("months"));
        assertEquals(24, v.get(0).args().get("required"));
        assertEquals("2026-06", v.get(0).args().get("month"));
        // configurable: 12 months suffice when so configured
        assertEquals(List.of(), checkProposal(ListType.TRUSTWORTHY, new Standing(false, false, false, 12, null), 12, "2026-06"));
        assertTrue(qualifiesAsTrustworthy(1, 0));
        assertFalse(qualifiesAsTrustworthy(0, 0));
    }

    @Test
    void aUnitThatOwesOrIsUnderEnforcementIsNeverTrustworthy() {
        assertEquals(List.of(TRUSTWORTHY_WHILE_OWING), codes(checkProposal(ListType.TRUSTWORTHY, new Standing(false, false, true, 30, null), 24, "2026-06")));
        assertEquals(List.of(TRUSTWORTHY_WHILE_OWING), codes(checkProposal(ListType.TRUSTWORTHY, new Standing(false, true, false, 30, null), 24, "2026-06")));
    }

    @Test
    void approvalOfACreditListNeedsADecisionNumberAndConsistentDates() {
        assertEquals(List.of(), checkApproval(ListType.DISHONEST, Status.PROPOSED, "阳住金信〔2026〕1号", TODAY, TODAY, TODAY));
        assertEquals(List.of(DECISION_NUMBER_REQUIRED), codes(checkApproval(ListType.DISHONEST, Status.PROPOSED, " ", TODAY, TODAY, TODAY)));
        assertEquals(List.of(DECISION_NUMBER_REQUIRED), codes(checkApproval(ListType.TRUSTWORTHY, Status.PROPOSED, null, TODAY, null, TODAY)));
        // 通报批评: the number comes with the publication
        assertEquals(List.of(), checkApproval(ListType.CRITICISM, Status.PROPOSED, null, TODAY, null, TODAY));
        assertEquals(List.of(DECISION_DATE_REQUIRED), codes(checkApproval(ListType.CRITICISM, Status.PROPOSED, null, null, null, TODAY)));
        assertEquals(List.of(DECISION_DATE_IN_FUTURE), codes(checkApproval(ListType.CRITICISM, Status.PROPOSED, null, TODAY.plusDays(1), null, TODAY)));
        assertEquals(List.of(LISTED_BEFORE_DECISION), codes(checkApproval(ListType.DISHONEST, Status.PROPOSED, "1", TODAY, TODAY.minusDays(1), TODAY)));
        assertEquals(List.of(NOT_PROPOSED), codes(checkApproval(ListType.CRITICISM, Status.APPROVED, null, TODAY, null, TODAY)));
    }

    @Test
    void onlyApprovedEntriesArePublished() {
        assertEquals(List.of(), checkPublication(Status.APPROVED, TODAY, TODAY));
        assertEquals(List.of(NOT_APPROVED), codes(checkPublication(Status.PROPOSED, TODAY, TODAY)));
        assertEquals(List.of(NOT_APPROVED), codes(checkPublication(Status.PUBLISHED, TODAY, TODAY)));
        assertEquals(List.of(PUBLICATION_DATE_IN_FUTURE), codes(checkPublication(Status.APPROVED, TODAY.plusDays(1), TODAY)));
    }

    @Test
    void removalNeedsARectifiedUnitAndAReason() {
        LocalDate listed = TODAY.minusDays(30);
        assertEquals(List.of(), checkRemoval(ListType.CRITICISM, Status.PUBLISHED, RECTIFIED, "已补缴", TODAY, listed));
        assertEquals(List.of(), checkRemoval(ListType.DISHONEST, Status.APPROVED, RECTIFIED, "信用修复", TODAY, listed));
        assertEquals(List.of(REMOVAL_STILL_OWES), codes(checkRemoval(ListType.DISHONEST, Status.APPROVED, IN_COURT, "x", TODAY, listed)));
        assertEquals(List.of(REMOVAL_STILL_OWES), codes(checkRemoval(ListType.CRITICISM, Status.PUBLISHED, IGNORED_ORDER, "x", TODAY, listed)));
        // a 守信 entry ends for any stated reason, e.g. new arrears
        assertEquals(List.of(), checkRemoval(ListType.TRUSTWORTHY, Status.PUBLISHED, OWES_NO_ORDER, "出现新的欠缴", TODAY, listed));
        assertEquals(List.of(REMOVAL_REASON_REQUIRED), codes(checkRemoval(ListType.TRUSTWORTHY, Status.PUBLISHED, RECTIFIED, "", TODAY, listed)));
        assertEquals(List.of(NOT_ON_LIST), codes(checkRemoval(ListType.CRITICISM, Status.REMOVED, RECTIFIED, "x", TODAY, listed)));
        assertEquals(List.of(NOT_ON_LIST), codes(checkRemoval(ListType.CRITICISM, Status.PROPOSED, RECTIFIED, "x", TODAY, listed)));
        assertEquals(List.of(REMOVAL_BEFORE_LISTING), codes(checkRemoval(ListType.CRITICISM, Status.PUBLISHED, RECTIFIED, "x", listed.minusDays(1), listed)));
    }

    @Test
    void everyMessageHasAChineseText() {
        for (String m : List.of(LIST_TYPE_REQUIRED, ORDER_NOT_IGNORED, NOT_DISHONEST, NOT_COMPLIANT_LONG_ENOUGH, TRUSTWORTHY_WHILE_OWING,
                ALREADY_LISTED, DECISION_NUMBER_REQUIRED, DECISION_DATE_REQUIRED, DECISION_DATE_IN_FUTURE, LISTED_BEFORE_DECISION,
                NOT_PROPOSED, NOT_APPROVED, NOT_ON_LIST, REMOVAL_REASON_REQUIRED, REMOVAL_STILL_OWES, REMOVAL_BEFORE_LISTING,
                PUBLICATION_DATE_IN_FUTURE)) {
            assertNotEquals(m, RuleMessages.zh(m), m);
        }
    }
}
