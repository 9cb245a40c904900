package hpf.compliance.core.warning;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The score of one unit as of a month: {@code eligible} is false for units the early warning does not score (in
 * arrears already, deferred, sealed or closed, not yet obliged), with {@code score} 0 and no reasons then.
 */
public record RiskScore(String accountNo, boolean eligible, double score, List<RiskReason> reasons) {

    /** The reasons' sentences, one a line, highest points first. */
    public String reasonText() {
        return reasons.stream().map(RiskReason::text).collect(Collectors.joining("\n"));
    }

    /** The codes of the signals that fired, comma separated. */
    public String reasonCodes() {
        return reasons.stream().map(r -> r.signal().name()).collect(Collectors.joining(","));
    }
}
