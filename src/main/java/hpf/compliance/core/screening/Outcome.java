package hpf.compliance.core.screening;

/** Where a screened unit goes. */
public enum Outcome {
    /** STOPPED or ARREARS with the first owed month on or before the cut-off: a campaign target (明细表 row). */
    TARGET,
    /** STOPPED or ARREARS that began after the cut-off: reported for the consolidation phase, not a target. */
    NEW_ARREARS,
    /** Every obligation month settled. */
    CLEAR,
    /** Account status 缓缴 (an approved deferral): not screened, listed apart. */
    DEFERRED,
    /** No obligation month up to the assessment month (opened after it, or sealed/closed before owing anything). */
    NO_OBLIGATION
}
