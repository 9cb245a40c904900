package hpf.compliance.core.rules;

/** The two relief measures of Art. 20: lowering the contribution rate, or deferring contributions. */
public enum RegularizationKind {
    /** 降低缴存比例 */
    RATE_REDUCTION,
    /** 缓缴 */
    DEFERRAL
}
