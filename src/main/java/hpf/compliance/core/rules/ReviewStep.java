package hpf.compliance.core.rules;

/**
 * Review steps of an application. The 2026 plan has the branch take it in and the office review it, and the center
 * approve; Art. 20 also names the management committee (管委会), which a city may delegate, so that step is optional.
 */
public enum ReviewStep {
    /** 分支机构受理 */
    BRANCH_INTAKE,
    /** 领导小组办公室(征稽执法科)审核 */
    OFFICE_REVIEW,
    /** 管委会审批, only when configured */
    COMMITTEE,
    /** 中心审批 */
    APPROVAL
}
