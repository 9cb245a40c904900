package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the center knows about the applying unit, read from its account and its other applications.
 *
 * @param unitAccountNo               单位账号
 * @param employerRate                current employer rate (fraction)
 * @param employeeRate                current employee rate (fraction)
 * @param workerCount                 缴存人数, the base of the two-thirds signature rule
 * @param hasWorkersCongress          whether the unit has a workers' congress; null when not known
 * @param termsInForce                an approved rate reduction or deferral of the unit still running, or null
 * @param applicationsInProgress      ids of the unit's other applications not yet decided
 */
public record UnitFacts(String unitAccountNo, BigDecimal employerRate, BigDecimal employeeRate, Integer workerCount,
                        Boolean hasWorkersCongress, TermsPeriod termsInForce, List<String> applicationsInProgress) {

    public UnitFacts {
        applicationsInProgress = applicationsInProgress == null ? List.of() : List.copyOf(applicationsInProgress);
    }
}
