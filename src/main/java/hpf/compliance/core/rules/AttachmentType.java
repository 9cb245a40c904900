package hpf.compliance.core.rules;

/** Documents a rate-reduction or deferral application must carry (the plan: resolution, notice, hardship proof). */
public enum AttachmentType {
    /** 申请表 */
    APPLICATION_FORM,
    /** 职工代表大会 / 工会决议 (or the workers' signature list) */
    RESOLUTION,
    /** 公示证明: photo or statement that the decision was posted in the unit */
    NOTICE_EVIDENCE,
    /** 经营困难证明: financial statements, tax returns and the like */
    HARDSHIP_PROOF
}
