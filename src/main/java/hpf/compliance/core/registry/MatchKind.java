package hpf.compliance.core.registry;

/** The outcome of matching one registry enterprise, in the order the matcher tries them; the first that applies wins. */
public enum MatchKind {
    /** An account carries the same 统一社会信用代码. */
    USCC,
    /** An old account without a USCC carries the organization code found inside the enterprise's USCC. */
    ORG_CODE,
    /** Accounts whose name is the same once written the same way: a person confirms or rejects each. */
    NAME_CANDIDATE,
    /** Not bound to register now: 注销, 吊销 or 迁出, or set up no more than 30 days before the reference date. */
    EXEMPT,
    /** Active, past the 30 days of Art. 14, and no account: a unit to establish contributions (建缴). */
    UNREGISTERED
}
