package hpf.compliance.core.rules;

import java.math.BigDecimal;

/**
 * Where a unit's campaign target stands while its rate-reduction or deferral application moves on. The target says
 * whether an application is in review, whether approved terms handle its arrears, and what follows when they end:
 * the make-up (补缴) of deferred months, a renewed follow-up of arrears still owed, or the end of the case.
 */
public final class ApplicationTargetRules {
    private ApplicationTargetRules() {}

    /** What the target becomes. */
    public enum TargetState {
        /** 申请办理中: an application (or a renewal of terms in force) is in review */
        APPLYING,
        /** arrears handled by an approved rate reduction */
        REDUCED,
        /** arrears handled by an approved deferral */
        DEFERRED,
        /** reopened for the make-up (补缴) of deferred months */
        MAKE_UP,
        /** reopened: the terms ended and arrears are still owed */
        REOPENED,
        /** closed: the terms ended and nothing is owed */
        RECTIFIED,
        /** back to the status it had before the application */
        PREVIOUS,
        /** left as it is (another application of the unit decides) */
        UNCHANGED
    }

    /** Submitted or resubmitted, a renewal of terms in force included: an application is in review. */
    public static TargetState onSubmitted() {
        return TargetState.APPLYING;
    }

    /**
     * Approved by the center: from the decision on the arrears are handled by the approved terms, even when their
     * period begins later.
     */
    public static TargetState onApproved(RegularizationKind kind) {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        return kind == RegularizationKind.DEFERRAL ? TargetState.DEFERRED : TargetState.REDUCED;
    }

    /**
     * The terms of an application ended.
     *
     * @param continued    another application of the unit is in review or approved (a renewal): it decides the target,
     *                     and deferred months are carried to the end of the renewed terms
     * @param makeUpMonths deferred months not yet made up (this deferral and earlier ones carried by renewals)
     * @param stillOwed    arrears the target still shows
     */
    public static TargetState onTermsEnded(boolean continued, int makeUpMonths, BigDecimal stillOwed) {
        if (continued) return TargetState.UNCHANGED;
        if (makeUpMonths > 0) return TargetState.MAKE_UP;
        return stillOwed != null && stillOwed.signum() > 0 ? TargetState.REOPENED : TargetState.RECTIFIED;
    }

    /**
     * An application ended without approval (rejected or withdrawn): the target returns to where it stood before,
     * unless it stood on approved terms that have ended in the meantime; then it follows {@link #onTermsEnded}.
     *
     * @param previousWasTerms the status before the application was {@link TargetState#REDUCED} or {@link TargetState#DEFERRED}
     * @param termsInForce     the unit still has approved terms (approved or in force)
     */
    public static TargetState onEndedWithoutApproval(boolean previousWasTerms, boolean termsInForce, int makeUpMonths, BigDecimal stillOwed) {
        if (previousWasTerms && !termsInForce) return onTermsEnded(false, makeUpMonths, stillOwed);
        return TargetState.PREVIOUS;
    }
}
