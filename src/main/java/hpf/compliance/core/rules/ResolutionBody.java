package hpf.compliance.core.rules;

/** Who approved the unit's request (Art. 20: the workers' congress or the union; else the workers themselves). */
public enum ResolutionBody {
    /** 职工代表大会 */
    WORKERS_CONGRESS,
    /** 工会 */
    TRADE_UNION,
    /** 全体职工签字: a unit with no workers' congress, where at least two thirds of the workers sign */
    WORKER_SIGNATURES
}
