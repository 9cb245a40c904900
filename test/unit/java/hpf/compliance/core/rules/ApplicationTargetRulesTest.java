package hpf.compliance.core.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static hpf.compliance.core.rules.ApplicationTargetRules.TargetState.*;
import static org.junit.jupiter.api.Assertions.*;

class ApplicationTargetRulesTest {

    @Test
    void approvalHandsTheArrearsToTheApprovedTerms() {
        assertEquals(APPLYING, ApplicationTargetRules.onSubmitted());
        assertEquals(REDUCED, ApplicationTargetRules.onApproved(RegularizationKind.RATE_REDUCTION));
        assertEquals(DEFERRED, ApplicationTargetRules.onApproved(RegularizationKind.DEFERRAL));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTargetRules.onApproved(null));
    }

    @Test
    void endedTermsOpenTheMakeUpReopenOrClose() {
        assertEquals(MAKE_UP, ApplicationTargetRules.onTermsEnded(false, 3, BigDecimal.ZERO));
        assertEquals(MAKE_UP, ApplicationTargetRules.onTermsEnded(false, 1, new BigDecimal("500")));
        assertEquals(REOPENED, ApplicationTargetRules.onTermsEnded(false, 0, new BigDecimal("0.01")));
        assertEquals(RECTIFIED, ApplicationTargetRules.onTermsEnded(false, 0, BigDecimal.ZERO));
        assertEquals(RECTIFIED, ApplicationTargetRules.onTermsEnded(false, 0, null));
    }

    @Test
    void aRenewalInReviewOrApprovedKeepsTheTarget() {
        assertEquals(UNCHANGED, ApplicationTargetRules.onTermsEnded(true, 6, new BigDecimal("1000")));
        assertEquals(UNCHANGED, ApplicationTargetRules.onTermsEnded(true, 0, BigDecimal.ZERO));
    }

    @Test
    void rejectionOrWithdrawalGoesBackUnlessTheTermsEndedMeanwhile() {
        // an ordinary application: back to where the target was (served, committed ...)
        assertEquals(PREVIOUS, ApplicationTargetRules.onEndedWithoutApproval(false, false, 0, new BigDecimal("100")));
        // a renewal refused while the first terms still run: back to them
        assertEquals(PREVIOUS, ApplicationTargetRules.onEndedWithoutApproval(true, true, 3, BigDecimal.ZERO));
        // a renewal refused after the first terms ended: what their end would have done
        assertEquals(MAKE_UP, ApplicationTargetRules.onEndedWithoutApproval(true, false, 3, BigDecimal.ZERO));
        assertEquals(REOPENED, ApplicationTargetRules.onEndedWithoutApproval(true, false, 0, BigDecimal.ONE));
        assertEquals(RECTIFIED, ApplicationTargetRules.onEndedWithoutApproval(true, false, 0, BigDecimal.ZERO));
    }
}
