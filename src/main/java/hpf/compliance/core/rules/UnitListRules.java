package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * Lists of units that the center publishes: 通报批评 (public criticism, the plan's 二(五)), the 失信 list (dishonest:
 * units under court enforcement or refusing after an order) and the 守信 list (trustworthy: units that paid on time
 * for a number of months in a row) for the credit platform. One entry per unit and list; its flow is
 * proposed → approved (by a leader) → published → removed, or proposed → rejected. Removal keeps the entry (the
 * history) with its date and reason: for 通报批评 and 失信 (信用修复) only once the unit has rectified.
 */
public final class UnitListRules {
    private UnitListRules() {}

    public enum ListType {
        /** 通报批评 */
        CRITICISM,
        /** 失信名单 */
        DISHONEST,
        /** 守信名单 */
        TRUSTWORTHY;

        /** The credit lists (失信, 守信) go to the credit platform and need a leader's decision number. */
        public boolean isCreditList() { return this != CRITICISM; }
    }

    public enum Status { PROPOSED, APPROVED, PUBLISHED, REMOVED, REJECTED }

    /**
     * What the data says about a unit.
     *
     * @param orderIgnored          an order to pay whose deadline passed while the unit still owes (期限届满仍未缴存)
     * @param underCourtEnforcement an application to the people's court for enforcement is in force
     * @param stillOwes             the unit still owes contributions on one of its campaign targets
     * @param compliantMonths       months in a row up to the reference month settled by regular payments
     * @param listedAs              the status of the unit's entry on the same list that is not over (proposed,
     *                              approved or published), null when none
     */
    public record Standing(boolean orderIgnored, boolean underCourtEnforcement, boolean stillOwes, int compliantMonths,
                           Status listedAs) {}

    public static final String LIST_TYPE_REQUIRED = "Type of list is required";
    public static final String ORDER_NOT_IGNORED = "Only a unit that ignored an order to pay (its deadline passed while it still owes) can be proposed for public criticism";
    public static final String NOT_DISHONEST = "Only a unit under court enforcement, or one that ignored an order to pay, can be proposed for the dishonest list";
    public static final String NOT_COMPLIANT_LONG_ENOUGH = "The unit paid on time for ${months} months in a row up to ${month}; the trustworthy list requires ${required}";
    public static final String TRUSTWORTHY_WHILE_OWING = "A unit that owes contributions or is under enforcement cannot be on the trustworthy list";
    public static final String ALREADY_LISTED = "The unit is already on this list (${status})";
    public static final String DECISION_NUMBER_REQUIRED = "The decision number is required for a credit list";
    public static final String DECISION_DATE_REQUIRED = "The decision date is required";
    public static final String DECISION_DATE_IN_FUTURE = "The decision date ${date} is in the future";
    public static final String LISTED_BEFORE_DECISION = "The listing date ${listedDate} cannot be before the decision date ${decisionDate}";
    public static final String NOT_PROPOSED = "Only a proposed entry can be approved or rejected";
    public static final String NOT_APPROVED = "Only an approved entry can be published";
    public static final String NOT_ON_LIST = "Only an approved or published entry can be taken off the list";
    public static final String REMOVAL_REASON_REQUIRED = "The reason for taking the unit off the list is required";
    public static final String REMOVAL_STILL_OWES = "The unit still owes contributions; it can be taken off the list once it has rectified";
    public static final String REMOVAL_BEFORE_LISTING = "The removal date ${removedDate} cannot be before the listing date ${listedDate}";
    public static final String PUBLICATION_DATE_IN_FUTURE = "The publication date ${date} is in the future";

    /** Whether {@code unit} may be proposed for {@code type}; {@code requiredMonths} and {@code month} only for 守信. */
    public static List<Violation> checkProposal(ListType type, Standing unit, int requiredMonths, String month) {
        Found f = new Found();
        if (type == null) {
            f.add(LIST_TYPE_REQUIRED, "listTypeEnumId");
            return f.list();
        }
        if (unit.listedAs() != null) f.add(ALREADY_LISTED, "unitId", "status", unit.listedAs());
        switch (type) {
            case CRITICISM -> {
                if (!unit.orderIgnored()) f.add(ORDER_NOT_IGNORED, "unitId");
            }
            case DISHONEST -> {
                if (!unit.orderIgnored() && !unit.underCourtEnforcement()) f.add(NOT_DISHONEST, "unitId");
            }
            case TRUSTWORTHY -> {
                if (unit.stillOwes() || unit.orderIgnored() || unit.underCourtEnforcement()) {
                    f.add(TRUSTWORTHY_WHILE_OWING, "unitId");
                } else if (!qualifiesAsTrustworthy(unit.compliantMonths(), requiredMonths)) {
                    f.add(NOT_COMPLIANT_LONG_ENOUGH, "unitId", "months", unit.compliantMonths(), "month", month,
                            "required", requiredMonths);
                }
            }
        }
        return f.list();
    }

    /** 守信: at least {@code requiredMonths} (at least 1) compliant months in a row. */
    public static boolean qualifiesAsTrustworthy(int compliantMonths, int requiredMonths) {
        return compliantMonths >= Math.max(1, requiredMonths);
    }

    /** A leader's approval: credit lists need a decision number; dates as decided, listing not before the decision. */
    public static List<Violation> checkApproval(ListType type, Status status, String decisionNumber, LocalDate decisionDate,
                                                LocalDate listedDate, LocalDate today) {
        Found f = new Found();
        if (status != Status.PROPOSED) f.add(NOT_PROPOSED, "statusId");
        if (type != null && type.isCreditList() && Found.blank(decisionNumber)) f.add(DECISION_NUMBER_REQUIRED, "decisionNumber");
        if (decisionDate == null) f.add(DECISION_DATE_REQUIRED, "decisionDate");
        else if (decisionDate.isAfter(today)) f.add(DECISION_DATE_IN_FUTURE, "decisionDate", "date", decisionDate);
        if (decisionDate != null && listedDate != null && listedDate.isBefore(decisionDate)) {
            f.add(LISTED_BEFORE_DECISION, "listedDate", "listedDate", listedDate, "decisionDate", decisionDate);
        }
        return f.list();
    }

    /** Publication (通报 on a channel, or the credit platform): approved entries only, not dated in the future. */
    public static List<Violation> checkPublication(Status status, LocalDate publishedDate, LocalDate today) {
        Found f = new Found();
        if (status != Status.APPROVED) f.add(NOT_APPROVED, "statusId");
        if (publishedDate != null && publishedDate.isAfter(today)) f.add(PUBLICATION_DATE_IN_FUTURE, "publishedDate", "date", publishedDate);
        return f.list();
    }

    /**
     * Taking a unit off a list (信用修复 for 失信): the entry stays with its removal date and reason. 通报批评 and 失信
     * end only when the unit has rectified; a 守信 entry may end for any stated reason (e.g. new arrears).
     */
    public static List<Violation> checkRemoval(ListType type, Status status, Standing unit, String reason,
                                               LocalDate removedDate, LocalDate listedDate) {
        Found f = new Found();
        if (status != Status.APPROVED && status != Status.PUBLISHED) f.add(NOT_ON_LIST, "statusId");
        if (Found.blank(reason)) f.add(REMOVAL_REASON_REQUIRED, "removalReason");
        if (type != ListType.TRUSTWORTHY && (unit.stillOwes() || unit.orderIgnored())) {
            f.add(REMOVAL_STILL_OWES, "unitId");
        }
        if (removedDate != null && listedDate != null && removedDate.isBefore(listedDate)) {
            f.add(REMOVAL_BEFORE_LISTING, "removedDate", "removedDate", removedDate, "listedDate", listedDate);
        }
        return f.list();
    }
}
