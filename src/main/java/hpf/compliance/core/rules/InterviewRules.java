package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an interview record (催缴情况笔录). It is evidence if the case goes to an order or to court, so it needs
 * two staff members, a named unit representative in a stated role, and a cause of arrears the summaries can count.
 */
public final class InterviewRules {
    private InterviewRules() {}

    public static final String DATE_REQUIRED = "Interview date is required";
    public static final String DATE_IN_FUTURE = "Interview date ${date} is in the future";
    public static final String TWO_STAFF_REQUIRED = "At least two staff members must attend the interview (${count} recorded)";
    public static final String REPRESENTATIVE_REQUIRED = "At least one representative of the unit is required";
    public static final String REPRESENTATIVE_NAME_REQUIRED = "Name of the unit's representative is required";
    public static final String REPRESENTATIVE_ROLE_REQUIRED = "Role of the unit's representative ${name} is required";
    public static final String CAUSE_REQUIRED = "Cause of arrears is required";
    public static final String OTHER_CAUSE_TEXT_REQUIRED = "Describe the cause of arrears when it is 'other'";
    public static final String COMMITMENT_BEFORE_INTERVIEW = "Commitment date ${commitmentDate} must be on or after the interview date ${date}";
    public static final String COMMITMENT_AMOUNT_REQUIRED = "Amount the unit commits to pay by ${commitmentDate} must be more than zero";
    public static final String COMMITMENT_DATE_REQUIRED = "A committed amount needs the date by which it will be paid";

    public static List<Violation> check(CollectionInterview r, LocalDate today) {
        Found f = new Found();
        LocalDate date = r.interviewDate();
        if (date == null) f.add(DATE_REQUIRED, "interviewDate");
        else if (date.isAfter(today)) f.add(DATE_IN_FUTURE, "interviewDate", "date", date);

        int staff = distinctNames(r.staff());
        if (staff < 2) f.add(TWO_STAFF_REQUIRED, "staff", "count", staff);

        if (r.representatives().isEmpty()) f.add(REPRESENTATIVE_REQUIRED, "representatives");
        for (int i = 0; i < r.representatives().size(); i++) {
            CollectionInterview.Representative p = r.representatives().get(i);
            if (p == null || Found.blank(p.name())) f.add(REPRESENTATIVE_NAME_REQUIRED, "representatives[" + i + "].name");
            if (p == null || Found.blank(p.role())) {
                f.add(REPRESENTATIVE_ROLE_REQUIRED, "representatives[" + i + "].role", "name", p == null || p.name() == null ? "" : p.name().strip());
            }
        }

        if (r.cause() == null) f.add(CAUSE_REQUIRED, "cause");
        else if (r.cause() == ArrearsCause.OTHER && Found.blank(r.causeText())) f.add(OTHER_CAUSE_TEXT_REQUIRED, "causeText");

        LocalDate by = r.commitmentDate();
        if (by != null) {
            if (date != null && by.isBefore(date)) f.add(COMMITMENT_BEFORE_INTERVIEW, "commitmentDate", "commitmentDate", by, "date", date);
            if (r.commitmentAmount() == null || r.commitmentAmount().signum() <= 0) {
                f.add(COMMITMENT_AMOUNT_REQUIRED, "commitmentAmount", "commitmentDate", by);
            }
        } else if (r.commitmentAmount() != null) {
            // an amount without a date cannot be followed up
            f.add(COMMITMENT_DATE_REQUIRED, "commitmentDate");
        }
        return f.list();
    }

    /** The day to check whether the unit kept its word: the commitment date, when it gave one. */
    public static Optional<LocalDate> followUpDeadline(CollectionInterview r) {
        return Optional.ofNullable(r.commitmentDate());
    }

    private static int distinctNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) if (!Found.blank(n)) seen.add(n.strip());
        return seen.size();
    }
}
