package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.EnforcementCase.Action;
import hpf.compliance.core.rules.EnforcementCase.ActionType;
import hpf.compliance.core.rules.EnforcementCase.Type;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether the next step of the enforcement chain may be taken. The chain follows the regulation: a guidance letter
 * (the plan's first step), then an order with a deadline; then, for arrears (Art. 38), an application to the
 * people's court once the deadline passed unpaid; for non-registration (Art. 37), a penalty notice and a penalty
 * decision with a fine of 10,000–50,000 yuan. Art. 37's fine has no counterpart in Art. 38, so a fine in an
 * arrears case is always refused. Public criticism (the plan's 通报批评) may accompany either once an order was ignored.
 */
public final class EnforcementRules {
    private EnforcementRules() {}

    public static final String CASE_TYPE_REQUIRED = "Case type (arrears or non-registration) is required";
    public static final String ACTION_TYPE_REQUIRED = "Type of the enforcement action is required";
    public static final String ISSUE_DATE_REQUIRED = "Issue date of the enforcement action is required";
    public static final String ISSUE_DATE_IN_FUTURE = "Issue date ${issueDate} is in the future";
    public static final String FINE_NOT_ALLOWED_FOR_ARREARS = "A fine cannot be imposed for arrears: the regulation (Art. 38) provides an order to pay and court enforcement only";
    public static final String PENALTY_ONLY_FOR_NON_REGISTRATION = "Administrative penalties apply only to units that failed to register or open accounts (Art. 37), not to arrears";
    public static final String COURT_REFERRAL_ONLY_FOR_ARREARS = "Court enforcement of unpaid contributions applies only to arrears cases (Art. 38)";
    public static final String FINE_ONLY_ON_PENALTY_DECISION = "A fine can only be set by a penalty decision";
    public static final String GUIDANCE_LETTER_FIRST = "An order with a deadline requires a guidance letter issued first";
    public static final String ORDER_DEADLINE_REQUIRED = "The order needs a deadline";
    public static final String ORDER_DEADLINE_NOT_AFTER_ISSUE = "Deadline ${deadline} must be after the issue date ${issueDate}";
    public static final String ORDER_DEADLINE_TOO_LONG = "Deadline of ${days} days exceeds the maximum of ${max} days";
    public static final String ORDER_REQUIRED = "This step requires an order with a deadline issued first";
    public static final String ORDER_DEADLINE_NOT_PASSED = "This step is possible only after the order's deadline ${deadline} has passed";
    public static final String UNIT_COMPLIED = "The unit complied on ${compliedDate}; this step is no longer possible";
    public static final String PENALTY_NOTICE_FIRST = "A penalty decision requires a penalty notice issued first";
    public static final String FINE_REQUIRED = "The penalty decision needs the amount of the fine";
    public static final String FINE_OUT_OF_RANGE = "Fine ${fine} must be between ${min} and ${max} yuan (Art. 37 of the Regulations on the Administration of Housing Provident Fund)";
    public static final String PENALTY_NOTICE_NOT_SERVED = "A penalty decision requires the penalty notice to have been served, since the days to state the case count from its service";
    public static final String STATEMENT_PERIOD_NOT_OVER = "The unit may state its case or request a hearing until ${replyBy}; a penalty decision is possible only after that day (Administrative Penalty Law Art. 62)";
    public static final String PENALTY_ALREADY_DECIDED = "A penalty decision was already made on ${decidedOn}; the same failure is not fined twice (Administrative Penalty Law Art. 29)";

    /**
     * Working days the unit has, from the day the penalty notice is served, to state its case (陈述、申辩) and to request
     * a hearing (听证). 《行政处罚法》(2021) 第六十四条第一项: a hearing is requested within five days of the notice;
     * 第八十五条: its 「五日」 are working days, without public holidays. The same five working days are given for the
     * statement, so one date is printed and the decision waits for it (第六十二条).
     */
    public static final int STATEMENT_WORKING_DAYS = 5;

    /** All reasons {@code proposed} may not be issued in case {@code c}; empty when it may. */
    public static List<Violation> check(EnforcementCase c, Action proposed, EnforcementConfig cfg, LocalDate today) {
        Found f = new Found();
        if (c.type() == null) f.add(CASE_TYPE_REQUIRED, "caseType");
        if (proposed.type() == null) f.add(ACTION_TYPE_REQUIRED, "actionType");
        LocalDate on = proposed.issueDate();
        if (on == null) f.add(ISSUE_DATE_REQUIRED, "issueDate");
        else if (on.isAfter(today)) f.add(ISSUE_DATE_IN_FUTURE, "issueDate", "issueDate", on);

        // checked before anything else and whatever the action: arrears are never fined
        if (c.type() == Type.ARREARS && proposed.fine() != null) f.add(FINE_NOT_ALLOWED_FOR_ARREARS, "fine");
        else if (proposed.fine() != null && proposed.type() != null && proposed.type() != ActionType.PENALTY_DECISION) {
            f.add(FINE_ONLY_ON_PENALTY_DECISION, "fine");
        }
        if (c.type() == null || proposed.type() == null || on == null) return f.list();

        prerequisites(c, proposed.type(), on, f);
        switch (proposed.type()) {
            case ORDER_WITH_DEADLINE -> checkOrderDeadline(proposed, cfg, f);
            case PENALTY_DECISION -> {
                if (c.type() == Type.NON_REGISTRATION) checkFine(proposed, cfg, f);
            }
            default -> { }
        }
        return f.list();
    }

    /** The action types whose preconditions hold in {@code c} on {@code date} (for offering the next step). */
    public static List<ActionType> allowedActions(EnforcementCase c, LocalDate date) {
        List<ActionType> out = new ArrayList<>();
        for (ActionType t : ActionType.values()) {
            Found f = new Found();
            prerequisites(c, t, date, f);
            if (f.list().isEmpty()) out.add(t);
        }
        return out;
    }

    private static void prerequisites(EnforcementCase c, ActionType type, LocalDate on, Found f) {
        switch (type) {
            case GUIDANCE_LETTER -> { }
            case ORDER_WITH_DEADLINE -> {
                // Art. 37 orders the unit to register directly; the guidance letter comes first only for arrears
                if (c.type() == Type.ARREARS && latest(c, ActionType.GUIDANCE_LETTER, on).isEmpty()) {
                    f.add(GUIDANCE_LETTER_FIRST, "actionType");
                }
            }
            case COURT_REFERRAL -> {
                if (c.type() != Type.ARREARS) {
                    f.add(COURT_REFERRAL_ONLY_FOR_ARREARS, "actionType");
                    return;
                }
                // the court is asked only to enforce what the unit still owes after ignoring the order
                if (orderIgnored(c, on, f) && c.compliedDate() != null && !c.compliedDate().isAfter(on)) {
                    f.add(UNIT_COMPLIED, "actionType", "compliedDate", c.compliedDate());
                }
            }
            case PENALTY_NOTICE -> {
                if (c.type() != Type.NON_REGISTRATION) {
                    f.add(PENALTY_ONLY_FOR_NON_REGISTRATION, "actionType");
                    return;
                }
                // Art. 37 fines the failure to comply by the deadline, even if the unit registered later
                orderIgnored(c, on, f);
            }
            case PENALTY_DECISION -> {
                if (c.type() != Type.NON_REGISTRATION) {
                    f.add(PENALTY_ONLY_FOR_NON_REGISTRATION, "actionType");
                    return;
                }
                // 一事不再罚 (行政处罚法 第二十九条): one decision per case
                Optional<Action> decided = latest(c, ActionType.PENALTY_DECISION, on);
                if (decided.isPresent()) {
                    f.add(PENALTY_ALREADY_DECIDED, "actionType", "decidedOn", decided.get().issueDate());
                    return;
                }
                // the unit must have been told of the intended penalty and heard (行政处罚法 告知 before 决定): the notice's
                // deadline is the last day to state its case or request a hearing, known once the notice was served
                Optional<Action> notice = latest(c, ActionType.PENALTY_NOTICE, on);
                if (notice.isEmpty()) f.add(PENALTY_NOTICE_FIRST, "actionType");
                else if (notice.get().deadline() == null) f.add(PENALTY_NOTICE_NOT_SERVED, "actionType");
                else if (!on.isAfter(notice.get().deadline())) {
                    f.add(STATEMENT_PERIOD_NOT_OVER, "issueDate", "replyBy", notice.get().deadline());
                }
            }
            case PUBLIC_CRITICISM -> orderIgnored(c, on, f);
        }
    }

    /**
     * True when the latest order before {@code on} has a deadline that passed without compliance; otherwise adds
     * the reason and returns false.
     */
    private static boolean orderIgnored(EnforcementCase c, LocalDate on, Found f) {
        Optional<Action> order = latest(c, ActionType.ORDER_WITH_DEADLINE, on);
        if (order.isEmpty() || order.get().deadline() == null) {
            f.add(ORDER_REQUIRED, "actionType");
            return false;
        }
        LocalDate deadline = order.get().deadline();
        if (!on.isAfter(deadline)) {
            f.add(ORDER_DEADLINE_NOT_PASSED, "issueDate", "deadline", deadline);
            return false;
        }
        if (c.compliedDate() != null && !c.compliedDate().isAfter(deadline)) {
            f.add(UNIT_COMPLIED, "actionType", "compliedDate", c.compliedDate());
            return false;
        }
        return true;
    }

    private static Optional<Action> latest(EnforcementCase c, ActionType type, LocalDate onOrBefore) {
        return c.history().stream()
                .filter(a -> a.type() == type && a.issueDate() != null && !a.issueDate().isAfter(onOrBefore))
                .max(Comparator.comparing(Action::issueDate));
    }

    private static void checkOrderDeadline(Action order, EnforcementConfig cfg, Found f) {
        LocalDate deadline = order.deadline();
        if (deadline == null) {
            f.add(ORDER_DEADLINE_REQUIRED, "deadline");
            return;
        }
        if (!deadline.isAfter(order.issueDate())) {
            f.add(ORDER_DEADLINE_NOT_AFTER_ISSUE, "deadline", "deadline", deadline, "issueDate", order.issueDate());
            return;
        }
        long days = ChronoUnit.DAYS.between(order.issueDate(), deadline);
        if (days > cfg.maxOrderDays()) f.add(ORDER_DEADLINE_TOO_LONG, "deadline", "days", days, "max", cfg.maxOrderDays());
    }

    private static void checkFine(Action decision, EnforcementConfig cfg, Found f) {
        if (decision.fine() == null) {
            f.add(FINE_REQUIRED, "fine");
        } else if (decision.fine().compareTo(cfg.minFine()) < 0 || decision.fine().compareTo(cfg.maxFine()) > 0) {
            f.add(FINE_OUT_OF_RANGE, "fine", "fine", decision.fine().toPlainString(),
                    "min", cfg.minFine().toPlainString(), "max", cfg.maxFine().toPlainString());
        }
    }
}
