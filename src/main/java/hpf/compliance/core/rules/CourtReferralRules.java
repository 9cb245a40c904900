package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.EnforcementCase.Action;
import hpf.compliance.core.rules.EnforcementCase.ActionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The application to the people's court for enforcement (《强制执行申请书》, 《住房公积金管理条例》第三十八条) and the
 * court case that follows it. Whether the chain allows the step at all is {@link EnforcementRules}' decision (an order
 * whose deadline passed while the unit still owed); this class adds what the application itself needs: the order it
 * rests on reached the unit, one application per order, a day the amounts are counted on that lies after the order's
 * deadline and not after the application, and something still owed that day. For the court case: the dates in their
 * order, a ruling before any execution, and no more recovered than was applied for.
 */
public final class CourtReferralRules {
    private CourtReferralRules() {}

    public static final String REFERRAL_EXISTS = "An application for court enforcement (${documentNumber}) was already made on this order";
    public static final String ORDER_NOT_SERVED = "Order ${documentNumber} has no recorded service; the court can enforce only an order that reached the unit";
    public static final String AS_OF_DATE_REQUIRED = "The date the amount owed is counted on is required";
    public static final String AS_OF_AFTER_APPLICATION = "The amount owed must be counted on or before the application date ${issueDate}, not on ${asOfDate}";
    public static final String AS_OF_NOT_AFTER_DEADLINE = "The amount owed must be counted after the order's deadline ${deadline}, not on ${asOfDate}";
    public static final String NOTHING_OWED = "On ${asOfDate} the unit owed nothing; there is nothing for the court to enforce";

    public static final String COURT_NAME_REQUIRED = "The court the application was filed with is required";
    public static final String CASE_NUMBER_REQUIRED = "The court's case number is required once the case is filed";
    public static final String FILING_DATE_REQUIRED = "The filing date is required once the court gave a case number or ruled";
    public static final String FILING_BEFORE_APPLICATION = "Filing date ${filingDate} cannot be before the application date ${issueDate}";
    public static final String DATE_IN_FUTURE = "${date} is in the future";
    public static final String RULING_BEFORE_FILING = "Ruling date ${rulingDate} cannot be before the filing date ${filingDate}";
    public static final String RULING_RESULT_REQUIRED = "The ruling's result is required with the ruling date";
    public static final String RULING_DATE_REQUIRED = "The ruling date is required with the ruling's result";
    public static final String EXECUTION_NEEDS_ENFORCEMENT_RULING = "An execution result or a recovered amount is possible only after a ruling to enforce";
    public static final String AMOUNT_NEGATIVE = "The amount recovered cannot be negative";
    public static final String AMOUNT_ABOVE_APPLIED = "The amount recovered ${amount} cannot exceed the amount applied for ${applied}";

    /** What the court ruled on the application. */
    public enum Ruling {
        /** 裁定准予强制执行 */
        ENFORCE,
        /** 裁定不准予强制执行 */
        REFUSE,
        /** 申请撤回（单位在执行前缴清等） */
        WITHDRAWN
    }

    /** Where the execution stands. */
    public enum Execution {
        /** 执行中 */
        IN_PROGRESS,
        /** 执行完毕 */
        COMPLETED,
        /** 部分执行到位 */
        PARTIAL,
        /** 终结本次执行程序 */
        TERMINATED
    }

    /**
     * A proposed application.
     *
     * @param issueDate         the day it is made
     * @param asOfDate          the day the amounts owed are counted on
     * @param orderNumber       the order it rests on
     * @param orderDeadline     that order's deadline
     * @param orderServiceDate  the day that order was served; null when no service is recorded
     * @param existingReferral  the number of an application already made on that order; null when none
     * @param amountOwed        the amount owed on {@code asOfDate} (by the screening rule, see OwedAsOf)
     */
    public record Referral(LocalDate issueDate, LocalDate asOfDate, String orderNumber, LocalDate orderDeadline,
                           LocalDate orderServiceDate, String existingReferral, BigDecimal amountOwed) {}

    /** Everything that refuses {@code r} in case {@code c} on {@code today}, the chain's reasons first. */
    public static List<Violation> checkReferral(EnforcementCase c, Referral r, LocalDate today) {
        Found f = new Found();
        f.addAll(EnforcementRules.check(c, Action.of(ActionType.COURT_REFERRAL, r.issueDate()), EnforcementConfig.defaults(), today));
        if (r.existingReferral() != null) f.add(REFERRAL_EXISTS, "actionType", "documentNumber", r.existingReferral());
        if (r.orderNumber() != null && r.orderServiceDate() == null) f.add(ORDER_NOT_SERVED, "actionType", "documentNumber", r.orderNumber());
        if (r.asOfDate() == null) {
            f.add(AS_OF_DATE_REQUIRED, "asOfDate");
        } else {
            if (r.issueDate() != null && r.asOfDate().isAfter(r.issueDate())) {
                f.add(AS_OF_AFTER_APPLICATION, "asOfDate", "issueDate", r.issueDate(), "asOfDate", r.asOfDate());
            }
            if (r.orderDeadline() != null && !r.asOfDate().isAfter(r.orderDeadline())) {
                f.add(AS_OF_NOT_AFTER_DEADLINE, "asOfDate", "deadline", r.orderDeadline(), "asOfDate", r.asOfDate());
            }
            if (r.amountOwed() != null && r.amountOwed().signum() <= 0) f.add(NOTHING_OWED, "asOfDate", "asOfDate", r.asOfDate());
        }
        return f.list();
    }

    /**
     * The court case as recorded.
     *
     * @param amountRecovered yuan recovered through the court; null while none
     */
    public record CourtCase(String courtName, String caseNumber, LocalDate filingDate, LocalDate rulingDate, Ruling ruling,
                            Execution execution, BigDecimal amountRecovered) {}

    /** Everything wrong with {@code cc} on the application of {@code applicationDate} for {@code amountApplied}. */
    public static List<Violation> checkCase(CourtCase cc, LocalDate applicationDate, BigDecimal amountApplied, LocalDate today) {
        Found f = new Found();
        if (Found.blank(cc.courtName())) f.add(COURT_NAME_REQUIRED, "courtName");
        boolean ruled = cc.rulingDate() != null || cc.ruling() != null;
        if (cc.filingDate() == null) {
            if (!Found.blank(cc.caseNumber()) || ruled) f.add(FILING_DATE_REQUIRED, "filingDate");
        } else {
            if (Found.blank(cc.caseNumber())) f.add(CASE_NUMBER_REQUIRED, "caseNumber");
            if (applicationDate != null && cc.filingDate().isBefore(applicationDate)) {
                f.add(FILING_BEFORE_APPLICATION, "filingDate", "filingDate", cc.filingDate(), "issueDate", applicationDate);
            }
            if (cc.filingDate().isAfter(today)) f.add(DATE_IN_FUTURE, "filingDate", "date", cc.filingDate());
        }
        if (cc.rulingDate() != null) {
            if (cc.filingDate() != null && cc.rulingDate().isBefore(cc.filingDate())) {
                f.add(RULING_BEFORE_FILING, "rulingDate", "rulingDate", cc.rulingDate(), "filingDate", cc.filingDate());
            }
            if (cc.rulingDate().isAfter(today)) f.add(DATE_IN_FUTURE, "rulingDate", "date", cc.rulingDate());
            if (cc.ruling() == null) f.add(RULING_RESULT_REQUIRED, "rulingResult");
        } else if (cc.ruling() != null) {
            f.add(RULING_DATE_REQUIRED, "rulingDate");
        }
        boolean executing = cc.execution() != null || (cc.amountRecovered() != null && cc.amountRecovered().signum() != 0);
        if (executing && cc.ruling() != Ruling.ENFORCE) f.add(EXECUTION_NEEDS_ENFORCEMENT_RULING, "executionResult");
        if (cc.amountRecovered() != null) {
            if (cc.amountRecovered().signum() < 0) {
                f.add(AMOUNT_NEGATIVE, "amountRecovered");
            } else if (amountApplied != null && cc.amountRecovered().compareTo(amountApplied) > 0) {
                f.add(AMOUNT_ABOVE_APPLIED, "amountRecovered", "amount", yuan(cc.amountRecovered()), "applied", yuan(amountApplied));
            }
        }
        return f.list();
    }

    /** Yuan as the messages write them, with two decimals (a stored amount may come back as 60400 or 60400.0000). */
    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
