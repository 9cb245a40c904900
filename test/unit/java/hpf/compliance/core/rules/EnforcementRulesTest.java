package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.EnforcementCase.Action;
import hpf.compliance.core.rules.EnforcementCase.ActionType;
import hpf.compliance.core.rules.EnforcementCase.Type;
import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.EnforcementRules.*;
import static hpf.compliance.core.rules.EnforcementCase.ActionType.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EnforcementRulesTest {
    static final EnforcementConfig CFG = EnforcementConfig.defaults();
    static final LocalDate LETTER = LocalDate.of(2026, 4, 8), ORDER = LocalDate.of(2026, 5, 6), DEADLINE = LocalDate.of(2026, 6, 5);
    static final LocalDate AFTER = DEADLINE.plusDays(1), TODAY = LocalDate.of(2026, 7, 1);

    static final List<Action> LETTER_AND_ORDER = List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE));

    static EnforcementCase arrears(List<Action> history) {
        return new EnforcementCase(Type.ARREARS, history, null);
    }

    static EnforcementCase nonRegistration(List<Action> history) {
        return new EnforcementCase(Type.NON_REGISTRATION, history, null);
    }

    static List<Violation> check(EnforcementCase c, Action a) {
        return EnforcementRules.check(c, a, CFG, TODAY);
    }

    @Test
    void guidanceLetterIsTheFirstStep() {
        assertNone(check(arrears(List.of()), Action.of(GUIDANCE_LETTER, LETTER)));
        assertOnly(GUIDANCE_LETTER_FIRST, check(arrears(List.of()), Action.order(ORDER, DEADLINE)));
        // a letter issued after the proposed order does not count
        assertOnly(GUIDANCE_LETTER_FIRST, check(arrears(List.of(Action.of(GUIDANCE_LETTER, ORDER.plusDays(1)))), Action.order(ORDER, DEADLINE)));
        assertNone(check(arrears(List.of(Action.of(GUIDANCE_LETTER, LETTER))), Action.order(ORDER, DEADLINE)));
    }

    @Test
    void orderDeadlineAtMostThirtyDays() {
        EnforcementCase c = arrears(List.of(Action.of(GUIDANCE_LETTER, LETTER)));
        assertNone(check(c, Action.order(ORDER, ORDER.plusDays(30))));
        Violation v = assertOnly(ORDER_DEADLINE_TOO_LONG, check(c, Action.order(ORDER, ORDER.plusDays(31))));
        assertEquals(31L, v.args().get("days"));
        assertOnly(ORDER_DEADLINE_REQUIRED, check(c, Action.order(ORDER, null)));
        assertOnly(ORDER_DEADLINE_NOT_AFTER_ISSUE, check(c, Action.order(ORDER, ORDER)));
        assertOnly(ORDER_DEADLINE_TOO_LONG, EnforcementRules.check(c, Action.order(ORDER, ORDER.plusDays(16)), CFG.withMaxOrderDays(15), TODAY));
    }

    @Test
    void courtReferralOnlyAfterOrderDeadlinePassedUnpaid() {
        assertNone(check(arrears(LETTER_AND_ORDER), Action.of(COURT_REFERRAL, AFTER)));
        Violation v = assertOnly(ORDER_DEADLINE_NOT_PASSED, check(arrears(LETTER_AND_ORDER), Action.of(COURT_REFERRAL, DEADLINE)));
        assertEquals(DEADLINE, v.args().get("deadline"));
        assertOnly(ORDER_REQUIRED, check(arrears(List.of(Action.of(GUIDANCE_LETTER, LETTER))), Action.of(COURT_REFERRAL, AFTER)));
        EnforcementCase paidLate = new EnforcementCase(Type.ARREARS, LETTER_AND_ORDER, AFTER.plusDays(2));
        assertOnly(UNIT_COMPLIED, check(paidLate, Action.of(COURT_REFERRAL, AFTER.plusDays(5))));
        assertNone(check(paidLate, Action.of(COURT_REFERRAL, AFTER)));
        EnforcementCase paidInTime = new EnforcementCase(Type.ARREARS, LETTER_AND_ORDER, DEADLINE);
        assertOnly(UNIT_COMPLIED, check(paidInTime, Action.of(COURT_REFERRAL, AFTER)));
    }

    @Test
    void missingOrderIsReportedOnceEvenIfTheUnitPaid() {
        EnforcementCase paid = new EnforcementCase(Type.ARREARS, List.of(Action.of(GUIDANCE_LETTER, LETTER)), ORDER);
        assertOnly(ORDER_REQUIRED, check(paid, Action.of(COURT_REFERRAL, AFTER)));
        EnforcementCase early = new EnforcementCase(Type.ARREARS, LETTER_AND_ORDER, ORDER);
        assertOnly(ORDER_DEADLINE_NOT_PASSED, check(early, Action.of(COURT_REFERRAL, DEADLINE)));
    }

    @Test
    void courtReferralNotForNonRegistration() {
        assertOnly(COURT_REFERRAL_ONLY_FOR_ARREARS, check(nonRegistration(LETTER_AND_ORDER), Action.of(COURT_REFERRAL, AFTER)));
    }

    /** Art. 38 has no fine: whatever the action, its date or the history, a fine in an arrears case is refused. */
    @Test
    void fineForArrearsIsAlwaysRefused() {
        List<Action> full = List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE), Action.of(PENALTY_NOTICE, AFTER));
        for (ActionType t : ActionType.values()) {
            Action withFine = new Action(t, AFTER.plusDays(3), t == ORDER_WITH_DEADLINE ? AFTER.plusDays(10) : null, new BigDecimal("20000"));
            assertHas(FINE_NOT_ALLOWED_FOR_ARREARS, check(arrears(full), withFine));
        }
        assertHas(FINE_NOT_ALLOWED_FOR_ARREARS, check(arrears(full), Action.penalty(AFTER, BigDecimal.ZERO)));
        List<String> c = codes(check(arrears(full), Action.penalty(AFTER.plusDays(3), new BigDecimal("10000"))));
        assertTrue(c.contains(PENALTY_ONLY_FOR_NON_REGISTRATION), c::toString);
    }

    /**
     * Fines of 0..1,000,000 yuan on any action, 0..200 days after the letter; boundaries: every action type with the
     * ends of both ranges, and the statutory fine limits of Art. 37 (10,000 and 50,000 yuan).
     */
    static Stream<Arguments> fines() {
        return Cases.of(1000)
                .boundaries(Cases.grid(Gen.edges(0, 1_000_000), List.of(ActionType.values()), List.of(0, 200)))
                .boundaries(Cases.grid(List.of(10_000, 50_000), List.of(PENALTY_DECISION, PENALTY_NOTICE), List.of(59)))
                .random(g -> arguments(g.between(0, 1_000_000), g.oneOf(ActionType.class), g.between(0, 200)));
    }

    @Property
    @MethodSource("fines")
    void anyFineInAnArrearsCaseIsRefused(int yuan, ActionType type, int dayOffset) {
        List<Action> full = List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE), Action.of(PENALTY_NOTICE, AFTER));
        Action a = new Action(type, LETTER.plusDays(dayOffset), null, BigDecimal.valueOf(yuan));
        List<Violation> vs = EnforcementRules.check(arrears(full), a, CFG, LETTER.plusDays(dayOffset));
        assertTrue(vs.stream().anyMatch(v -> v.code().equals(FINE_NOT_ALLOWED_FOR_ARREARS)));
    }

    @Test
    void penaltyNoticeForNonRegistrationAfterIgnoredOrder() {
        assertNone(check(nonRegistration(LETTER_AND_ORDER), Action.of(PENALTY_NOTICE, AFTER)));
        assertOnly(ORDER_DEADLINE_NOT_PASSED, check(nonRegistration(LETTER_AND_ORDER), Action.of(PENALTY_NOTICE, DEADLINE)));
        assertOnly(PENALTY_ONLY_FOR_NON_REGISTRATION, check(arrears(LETTER_AND_ORDER), Action.of(PENALTY_NOTICE, AFTER)));
        // registering after the deadline does not undo the failure Art. 37 fines
        assertNone(check(new EnforcementCase(Type.NON_REGISTRATION, LETTER_AND_ORDER, AFTER), Action.of(PENALTY_NOTICE, AFTER.plusDays(3))));
        assertOnly(UNIT_COMPLIED, check(new EnforcementCase(Type.NON_REGISTRATION, LETTER_AND_ORDER, DEADLINE.minusDays(3)), Action.of(PENALTY_NOTICE, AFTER)));
    }

    @Test
    void penaltyDecisionNeedsNoticeAndFineInRange() {
        List<Action> noticed = List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE),
                new Action(PENALTY_NOTICE, AFTER, AFTER.plusDays(6), null));
        LocalDate decided = AFTER.plusDays(7);
        assertNone(check(nonRegistration(noticed), Action.penalty(decided, new BigDecimal("10000"))));
        assertNone(check(nonRegistration(noticed), Action.penalty(decided, new BigDecimal("50000"))));
        Violation v = assertOnly(FINE_OUT_OF_RANGE, check(nonRegistration(noticed), Action.penalty(decided, new BigDecimal("9999.99"))));
        assertEquals("10000", v.args().get("min"));
        assertOnly(FINE_OUT_OF_RANGE, check(nonRegistration(noticed), Action.penalty(decided, new BigDecimal("50000.01"))));
        assertTrue(FINE_OUT_OF_RANGE.contains("Art. 37"), "the refusal names the article");
        assertOnly(FINE_REQUIRED, check(nonRegistration(noticed), Action.penalty(decided, null)));
        assertOnly(PENALTY_NOTICE_FIRST, check(nonRegistration(LETTER_AND_ORDER), Action.penalty(decided, new BigDecimal("20000"))));
        assertOnly(PENALTY_ONLY_FOR_NON_REGISTRATION, check(arrears(noticed), Action.of(PENALTY_DECISION, decided)));
    }

    @Test
    void nonRegistrationStartsWithTheOrderToRegister() {
        // Art. 37: 责令限期办理 directly, no guidance letter required; arrears still need the letter first
        assertNone(check(nonRegistration(List.of()), Action.order(ORDER, DEADLINE)));
        assertOnly(GUIDANCE_LETTER_FIRST, check(arrears(List.of()), Action.order(ORDER, DEADLINE)));
        assertEquals(List.of(GUIDANCE_LETTER, ORDER_WITH_DEADLINE), EnforcementRules.allowedActions(nonRegistration(List.of()), LETTER));
        // the order to register is capped like any order
        assertOnly(ORDER_DEADLINE_TOO_LONG, check(nonRegistration(List.of()), Action.order(ORDER, ORDER.plusDays(31))));
        // no penalty notice while the order's deadline runs, none without an order
        assertOnly(ORDER_REQUIRED, check(nonRegistration(List.of()), Action.of(PENALTY_NOTICE, AFTER)));
        List<Action> ordered = List.of(Action.order(ORDER, DEADLINE));
        assertOnly(ORDER_DEADLINE_NOT_PASSED, check(nonRegistration(ordered), Action.of(PENALTY_NOTICE, DEADLINE)));
        assertNone(check(nonRegistration(ordered), Action.of(PENALTY_NOTICE, AFTER)));
    }

    @Test
    void decisionWaitsForTheServedNoticeAndItsStatementDays() {
        List<Action> ordered = List.of(Action.order(ORDER, DEADLINE));
        LocalDate replyBy = AFTER.plusDays(8);
        List<Action> unserved = List.of(Action.order(ORDER, DEADLINE), Action.of(PENALTY_NOTICE, AFTER));
        List<Action> served = List.of(Action.order(ORDER, DEADLINE), new Action(PENALTY_NOTICE, AFTER, replyBy, null));
        BigDecimal fine = new BigDecimal("20000");
        assertOnly(PENALTY_NOTICE_FIRST, check(nonRegistration(ordered), Action.penalty(replyBy.plusDays(1), fine)));
        assertOnly(PENALTY_NOTICE_NOT_SERVED, check(nonRegistration(unserved), Action.penalty(replyBy.plusDays(1), fine)));
        // the last day to reply is still the unit's: no decision on it (Administrative Penalty Law Art. 62)
        Violation v = assertOnly(STATEMENT_PERIOD_NOT_OVER, check(nonRegistration(served), Action.penalty(replyBy, fine)));
        assertEquals(replyBy, v.args().get("replyBy"));
        assertNone(check(nonRegistration(served), Action.penalty(replyBy.plusDays(1), fine)));
        assertFalse(EnforcementRules.allowedActions(nonRegistration(served), replyBy).contains(PENALTY_DECISION));
        assertTrue(EnforcementRules.allowedActions(nonRegistration(served), replyBy.plusDays(1)).contains(PENALTY_DECISION));
        // one decision per case (Art. 29)
        List<Action> decided = List.of(Action.order(ORDER, DEADLINE), new Action(PENALTY_NOTICE, AFTER, replyBy, null),
                Action.penalty(replyBy.plusDays(1), fine));
        assertOnly(PENALTY_ALREADY_DECIDED, check(nonRegistration(decided), Action.penalty(replyBy.plusDays(2), fine)));
        assertFalse(EnforcementRules.allowedActions(nonRegistration(decided), replyBy.plusDays(2)).contains(PENALTY_DECISION));
        assertEquals(5, STATEMENT_WORKING_DAYS);
    }

    @Test
    void fineOnlyOnPenaltyDecision() {
        assertOnly(FINE_ONLY_ON_PENALTY_DECISION, check(nonRegistration(LETTER_AND_ORDER),
                new Action(PUBLIC_CRITICISM, AFTER, null, new BigDecimal("20000"))));
    }

    @Test
    void publicCriticismAfterIgnoredOrderInEitherCase() {
        assertNone(check(arrears(LETTER_AND_ORDER), Action.of(PUBLIC_CRITICISM, AFTER)));
        assertNone(check(nonRegistration(LETTER_AND_ORDER), Action.of(PUBLIC_CRITICISM, AFTER)));
        assertOnly(ORDER_DEADLINE_NOT_PASSED, check(arrears(LETTER_AND_ORDER), Action.of(PUBLIC_CRITICISM, ORDER.plusDays(2))));
        assertOnly(ORDER_REQUIRED, check(arrears(List.of(Action.of(GUIDANCE_LETTER, LETTER))), Action.of(PUBLIC_CRITICISM, AFTER)));
    }

    @Test
    void latestOrderCounts() {
        // a second order with a later deadline postpones the next step until that deadline
        List<Action> twoOrders = List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE), Action.order(AFTER, AFTER.plusDays(20)));
        assertOnly(ORDER_DEADLINE_NOT_PASSED, check(arrears(twoOrders), Action.of(COURT_REFERRAL, AFTER.plusDays(5))));
        assertNone(check(arrears(twoOrders), Action.of(COURT_REFERRAL, AFTER.plusDays(21))));
    }

    @Test
    void requiredFieldsAndNoFutureDates() {
        assertHas(CASE_TYPE_REQUIRED, check(new EnforcementCase(null, List.of(), null), Action.of(GUIDANCE_LETTER, LETTER)));
        assertOnly(ACTION_TYPE_REQUIRED, check(arrears(List.of()), Action.of(null, LETTER)));
        assertOnly(ISSUE_DATE_REQUIRED, check(arrears(List.of()), Action.of(GUIDANCE_LETTER, null)));
        assertOnly(ISSUE_DATE_IN_FUTURE, check(arrears(List.of()), Action.of(GUIDANCE_LETTER, TODAY.plusDays(1))));
    }

    @Test
    void allowedActionsFollowTheChain() {
        assertEquals(List.of(GUIDANCE_LETTER), EnforcementRules.allowedActions(arrears(List.of()), LETTER));
        assertEquals(List.of(GUIDANCE_LETTER, ORDER_WITH_DEADLINE), EnforcementRules.allowedActions(arrears(LETTER_AND_ORDER), DEADLINE));
        assertEquals(List.of(GUIDANCE_LETTER, ORDER_WITH_DEADLINE, COURT_REFERRAL, PUBLIC_CRITICISM),
                EnforcementRules.allowedActions(arrears(LETTER_AND_ORDER), AFTER));
        assertEquals(List.of(GUIDANCE_LETTER, ORDER_WITH_DEADLINE, PENALTY_NOTICE, PUBLIC_CRITICISM),
                EnforcementRules.allowedActions(nonRegistration(LETTER_AND_ORDER), AFTER));
    }

    @Test
    void configRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new EnforcementConfig(0, BigDecimal.ONE, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> new EnforcementConfig(30, BigDecimal.TEN, BigDecimal.ONE));
    }
}
