package hpf.compliance.core.rules;

import hpf.compliance.core.rules.CourtReferralRules.CourtCase;
import hpf.compliance.core.rules.CourtReferralRules.Execution;
import hpf.compliance.core.rules.CourtReferralRules.Referral;
import hpf.compliance.core.rules.CourtReferralRules.Ruling;
import hpf.compliance.core.rules.EnforcementCase.Action;
import hpf.compliance.core.rules.EnforcementCase.Type;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.CourtReferralRules.*;
import static hpf.compliance.core.rules.EnforcementCase.ActionType.GUIDANCE_LETTER;
import static org.junit.jupiter.api.Assertions.*;

class CourtReferralRulesTest {
    static final LocalDate LETTER = LocalDate.of(2026, 4, 8), ORDER = LocalDate.of(2026, 5, 6), DEADLINE = LocalDate.of(2026, 6, 5);
    static final LocalDate SERVED = ORDER.plusDays(1), APPLY = LocalDate.of(2026, 6, 20), TODAY = LocalDate.of(2026, 7, 1);
    static final BigDecimal OWED = new BigDecimal("67200.00");

    static EnforcementCase arrears(LocalDate complied) {
        return new EnforcementCase(Type.ARREARS, List.of(Action.of(GUIDANCE_LETTER, LETTER), Action.order(ORDER, DEADLINE)), complied);
    }

    static Referral referral(LocalDate issue, LocalDate asOf, LocalDate served, String existing, BigDecimal owed) {
        return new Referral(issue, asOf, "阳住金责〔2026〕YQ01-0001号", DEADLINE, served, existing, owed);
    }

    @Test
    void anOrderIgnoredAndServedMayGoToCourt() {
        assertNone(checkReferral(arrears(null), referral(APPLY, APPLY, SERVED, null, OWED), TODAY));
        // the amounts may be counted on any day after the deadline up to the application
        assertNone(checkReferral(arrears(null), referral(APPLY, DEADLINE.plusDays(1), SERVED, null, OWED), TODAY));
    }

    @Test
    void theChainDecidesFirst() {
        // before the deadline passed
        assertHas(EnforcementRules.ORDER_DEADLINE_NOT_PASSED, checkReferral(arrears(null), referral(DEADLINE, DEADLINE, SERVED, null, OWED), TODAY));
        // no order at all
        EnforcementCase letterOnly = new EnforcementCase(Type.ARREARS, List.of(Action.of(GUIDANCE_LETTER, LETTER)), null);
        assertHas(EnforcementRules.ORDER_REQUIRED, checkReferral(letterOnly, new Referral(APPLY, APPLY, null, null, null, null, OWED), TODAY));
        // the unit paid up by the deadline, or later but before the application
        assertHas(EnforcementRules.UNIT_COMPLIED, checkReferral(arrears(DEADLINE), referral(APPLY, APPLY, SERVED, null, OWED), TODAY));
        assertHas(EnforcementRules.UNIT_COMPLIED, checkReferral(arrears(APPLY.minusDays(2)), referral(APPLY, APPLY, SERVED, null, OWED), TODAY));
        // a non-registration case never goes to court for contributions
        EnforcementCase nonReg = new EnforcementCase(Type.NON_REGISTRATION, arrears(null).history(), null);
        assertHas(EnforcementRules.COURT_REFERRAL_ONLY_FOR_ARREARS, checkReferral(nonReg, referral(APPLY, APPLY, SERVED, null, OWED), TODAY));
        // an application dated in the future
        assertHas(EnforcementRules.ISSUE_DATE_IN_FUTURE, checkReferral(arrears(null), referral(TODAY.plusDays(1), APPLY, SERVED, null, OWED), TODAY));
    }

    @Test
    void theOrderMustHaveReachedTheUnitAndBeReferredOnce() {
        assertOnly(ORDER_NOT_SERVED, checkReferral(arrears(null), referral(APPLY, APPLY, null, null, OWED), TODAY));
        var v = assertOnly(REFERRAL_EXISTS, checkReferral(arrears(null), referral(APPLY, APPLY, SERVED, "阳住金执〔2026〕YQ01-0001号", OWED), TODAY));
        assertEquals("阳住金执〔2026〕YQ01-0001号", v.args().get("documentNumber"));
    }

    @Test
    void theAmountsAreCountedAfterTheDeadlineAndNotAfterTheApplication() {
        assertOnly(AS_OF_DATE_REQUIRED, checkReferral(arrears(null), referral(APPLY, null, SERVED, null, null), TODAY));
        assertOnly(AS_OF_NOT_AFTER_DEADLINE, checkReferral(arrears(null), referral(APPLY, DEADLINE, SERVED, null, OWED), TODAY));
        assertOnly(AS_OF_AFTER_APPLICATION, checkReferral(arrears(null), referral(APPLY, APPLY.plusDays(1), SERVED, null, OWED), TODAY));
        assertOnly(NOTHING_OWED, checkReferral(arrears(null), referral(APPLY, APPLY, SERVED, null, new BigDecimal("0.00")), TODAY));
    }

    static final LocalDate FILED = LocalDate.of(2026, 6, 25), RULED = LocalDate.of(2026, 6, 30);

    static CourtCase courtCase(String court, String number, LocalDate filed, LocalDate ruled, Ruling ruling, Execution ex, String amount) {
        return new CourtCase(court, number, filed, ruled, ruling, ex, amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void aCaseNeedsItsCourtAndItsDatesInOrder() {
        assertNone(checkCase(courtCase("阳泉市城区人民法院", null, null, null, null, null, null), APPLY, OWED, TODAY));
        assertNone(checkCase(courtCase("阳泉市城区人民法院", "（2026）晋0302执1号", FILED, RULED, Ruling.ENFORCE, Execution.COMPLETED, "67200.00"), APPLY, OWED, TODAY));
        assertOnly(COURT_NAME_REQUIRED, checkCase(courtCase(" ", null, null, null, null, null, null), APPLY, OWED, TODAY));
        assertOnly(CASE_NUMBER_REQUIRED, checkCase(courtCase("法院", null, FILED, null, null, null, null), APPLY, OWED, TODAY));
        assertOnly(FILING_DATE_REQUIRED, checkCase(courtCase("法院", "（2026）晋0302执1号", null, null, null, null, null), APPLY, OWED, TODAY));
        assertOnly(FILING_BEFORE_APPLICATION, checkCase(courtCase("法院", "案号", APPLY.minusDays(1), null, null, null, null), APPLY, OWED, TODAY));
        assertOnly(DATE_IN_FUTURE, checkCase(courtCase("法院", "案号", TODAY.plusDays(1), null, null, null, null), APPLY, OWED, TODAY));
        assertOnly(RULING_BEFORE_FILING, checkCase(courtCase("法院", "案号", FILED, FILED.minusDays(1), Ruling.REFUSE, null, null), APPLY, OWED, TODAY));
        assertOnly(RULING_RESULT_REQUIRED, checkCase(courtCase("法院", "案号", FILED, RULED, null, null, null), APPLY, OWED, TODAY));
        assertOnly(RULING_DATE_REQUIRED, checkCase(courtCase("法院", "案号", FILED, null, Ruling.ENFORCE, null, null), APPLY, OWED, TODAY));
    }

    @Test
    void executionFollowsARulingToEnforceAndRecoversAtMostTheAmountApplied() {
        assertOnly(EXECUTION_NEEDS_ENFORCEMENT_RULING, checkCase(courtCase("法院", "案号", FILED, null, null, Execution.IN_PROGRESS, null), APPLY, OWED, TODAY));
        assertOnly(EXECUTION_NEEDS_ENFORCEMENT_RULING, checkCase(courtCase("法院", "案号", FILED, RULED, Ruling.REFUSE, null, "100.00"), APPLY, OWED, TODAY));
        assertOnly(AMOUNT_NEGATIVE, checkCase(courtCase("法院", "案号", FILED, RULED, Ruling.ENFORCE, Execution.PARTIAL, "-1.00"), APPLY, OWED, TODAY));
        var v = assertOnly(AMOUNT_ABOVE_APPLIED, checkCase(courtCase("法院", "案号", FILED, RULED, Ruling.ENFORCE, Execution.COMPLETED, "67200.01"), APPLY, OWED, TODAY));
        assertEquals("67200.01", v.args().get("amount"));
        // a stored amount without its scale is still written with two decimals
        var w = assertOnly(AMOUNT_ABOVE_APPLIED, checkCase(courtCase("法院", "案号", FILED, RULED, Ruling.ENFORCE, Execution.COMPLETED, "60401"), APPLY, new BigDecimal("60400"), TODAY));
        assertEquals("60401.00", w.args().get("amount"));
        assertEquals("60400.00", w.args().get("applied"));
        assertNone(checkCase(courtCase("法院", "案号", FILED, RULED, Ruling.ENFORCE, Execution.PARTIAL, "30000.00"), APPLY, OWED, TODAY));
    }
}
