package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record of urging a unit to pay (催缴情况笔录).
 *
 * @param interviewDate    day of the interview
 * @param staff            names of the center's staff present (two at least, as for any enforcement inquiry)
 * @param representatives  the unit's people present
 * @param cause            cause of arrears from the enumeration
 * @param causeText        details, required for {@link ArrearsCause#OTHER}
 * @param commitmentDate   the day the unit undertakes to pay by, if it gave one
 * @param commitmentAmount the amount it undertakes to pay, yuan
 */
public record CollectionInterview(LocalDate interviewDate, List<String> staff, List<Representative> representatives,
                                  ArrearsCause cause, String causeText, LocalDate commitmentDate, BigDecimal commitmentAmount) {

    /** A person speaking for the unit, with the role in which they speak (法定代表人, 经办人, 财务负责人 ...). */
    public record Representative(String name, String role) {}

    public CollectionInterview {
        staff = staff == null ? List.of() : List.copyOf(staff.stream().map(s -> s == null ? "" : s).toList());
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}
