package hpf.compliance.core.screening;

/** Why a unit was classified as it was; a result carries every reason that applied. */
public enum Reason {
    /** at least one obligation month is not settled */
    OWED_MONTHS,
    /** an owed month with no payment at all */
    UNPAID_MONTHS,
    /** an owed month paid in part (少缴) */
    UNDERPAID,
    /** normal account with no payment in each of the last k months */
    STOPPED_K_MONTHS,
    /** the k-month stop pattern holds but the account is not 正常, so it is arrears, not a stop */
    STATUS_NOT_NORMAL,
    /** sealed (封存) account owing for months before sealing */
    SEALED_DEBT,
    /** closed (销户) account owing for months before closing */
    CLOSED_DEBT,
    /** sealed or closed status without a seal/close date: obligations run to the assessment month */
    SEAL_DATE_MISSING,
    /** status 缓缴: not screened */
    DEFERRED_SKIPPED,
    /** opened after the assessment month */
    OPENED_AFTER_ASSESS,
    /** sealed or closed in or before its opening month */
    NO_OBLIGATION_MONTHS,
    /** arrears began after the cut-off month */
    FIRST_OWED_AFTER_CUTOFF,
    /** every obligation month settled */
    SETTLED,
    /** some month is settled only thanks to back payments (补缴) */
    BACK_PAID,
    /** no remittance record at all: every month is due at the monthly amount */
    NO_REMITTANCES,
    /** records for months outside the obligation months were ignored */
    RECORDS_OUTSIDE_OBLIGATION
}
