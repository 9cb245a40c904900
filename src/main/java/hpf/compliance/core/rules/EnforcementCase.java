package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An enforcement case against one unit, with the actions taken so far.
 *
 * @param type         arrears (Art. 38) or non-registration (Art. 37)
 * @param history      actions already issued, any order
 * @param compliedDate the day the unit paid in full (arrears) or registered and opened the accounts
 *                     (non-registration); null while it has not
 */
public record EnforcementCase(Type type, List<Action> history, LocalDate compliedDate) {

    public enum Type {
        /** 欠缴 / 少缴, Art. 38: order to pay, then court enforcement; never a fine */
        ARREARS,
        /** 不办理缴存登记 / 不为职工设立账户, Art. 37: order to register, then a fine of 10,000–50,000 yuan */
        NON_REGISTRATION
    }

    public enum ActionType {
        /** 行政指导意见书 */
        GUIDANCE_LETTER,
        /** 责令限期缴存通知书 (arrears) / 责令限期办理通知书 (non-registration) */
        ORDER_WITH_DEADLINE,
        /** 申请人民法院强制执行 */
        COURT_REFERRAL,
        /** 行政处罚告知书 */
        PENALTY_NOTICE,
        /** 行政处罚决定书 */
        PENALTY_DECISION,
        /** 通报批评 */
        PUBLIC_CRITICISM
    }

    /**
     * One numbered document of the chain.
     *
     * @param type      what it is
     * @param issueDate the day it was issued (for a proposed action: the day it would be)
     * @param deadline  for an order: the day by which the unit must comply; for a penalty notice: the last day to state
     *                  its case or request a hearing (null until the notice is served)
     * @param fine      for a penalty decision: the fine in yuan; null otherwise
     */
    public record Action(ActionType type, LocalDate issueDate, LocalDate deadline, BigDecimal fine) {
        public static Action of(ActionType type, LocalDate issueDate) {
            return new Action(type, issueDate, null, null);
        }

        public static Action order(LocalDate issueDate, LocalDate deadline) {
            return new Action(ActionType.ORDER_WITH_DEADLINE, issueDate, deadline, null);
        }

        public static Action penalty(LocalDate issueDate, BigDecimal fine) {
            return new Action(ActionType.PENALTY_DECISION, issueDate, null, fine);
        }
    }

    public EnforcementCase {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
