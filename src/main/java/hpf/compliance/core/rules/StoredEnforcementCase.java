package hpf.compliance.core.rules;

import hpf.compliance.core.rules.EnforcementCase.Action;
import hpf.compliance.core.rules.EnforcementCase.ActionType;
import hpf.compliance.core.screening.store.StoreValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A target's enforcement case built from its stored rows (GuidanceNotice, EnforcementAction as maps of field name to
 * value), the one reading that get#EnforcementCase (a target) and check#CourtReferrals (a page of the worklist
 * 期限届满仍未缴存) share, so both judge a target the same way.
 */
public final class StoredEnforcementCase {
    /** Action types by their enumeration id (HpfEnforcementActionType); others are not part of the chain. */
    public static final Map<String, ActionType> TYPE_BY_ENUM_ID = Map.of(
            "HpfEaOrderToPay", ActionType.ORDER_WITH_DEADLINE, "HpfEaOrderToRegister", ActionType.ORDER_WITH_DEADLINE,
            "HpfEaCourtReferral", ActionType.COURT_REFERRAL, "HpfEaPenaltyNotice", ActionType.PENALTY_NOTICE,
            "HpfEaPenaltyDecision", ActionType.PENALTY_DECISION, "HpfEaPublicCriticism", ActionType.PUBLIC_CRITICISM,
            "HpfEaRegistrationLetter", ActionType.GUIDANCE_LETTER);
    public static final String ORDER_TO_PAY = "HpfEaOrderToPay", COURT_REFERRAL = "HpfEaCourtReferral";
    public static final String CANCELLED = "HpfEnfCancelled", DRAFT = "HpfEnfDraft";
    static final List<String> ORDER_IN_FORCE = List.of("HpfEnfIssued", "HpfEnfEscalated");

    /**
     * The case and what was read on the way.
     *
     * @param openOrderId    the order to pay in force (issued, or escalated to the court), null when none
     * @param servedNoticeId the first of the served guidance letters given (the latest), null when none
     */
    public record Built(EnforcementCase enforcementCase, String openOrderId, String servedNoticeId) {}

    private StoredEnforcementCase() {}

    /**
     * @param nonRegistration  a target of a unit found without registration (应缴未缴): an Art. 37 case
     * @param servedLetters    the target's guidance letters that were served (noticeId, issueDate), latest first
     * @param actions          the target's enforcement actions (actionId, actionTypeEnumId, statusId, issueDate,
     *                         dueDate, fineAmount, compliedDate); cancelled and draft ones are left out here
     * @param rectifiedOn      the day the target was found rectified when its status says so without a complied
     *                         order (its resolution day, else today); null when it is not rectified
     */
    public static Built build(boolean nonRegistration, List<? extends Map<String, ?>> servedLetters,
                              List<? extends Map<String, ?>> actions, LocalDate rectifiedOn) {
        List<Action> history = new ArrayList<>();
        for (Map<String, ?> n : servedLetters) {
            history.add(Action.of(ActionType.GUIDANCE_LETTER, StoreValues.date(n.get("issueDate"))));
        }
        String servedNoticeId = servedLetters.isEmpty() ? null : str(servedLetters.get(0).get("noticeId"));
        LocalDate complied = null;
        String openOrderId = null;
        for (Map<String, ?> a : actions) {
            String status = str(a.get("statusId"));
            if (CANCELLED.equals(status) || DRAFT.equals(status)) continue;
            ActionType t = TYPE_BY_ENUM_ID.get(str(a.get("actionTypeEnumId")));
            if (t != null) history.add(new Action(t, StoreValues.date(a.get("issueDate")), StoreValues.date(a.get("dueDate")),
                    (BigDecimal) a.get("fineAmount")));
            LocalDate c = StoreValues.date(a.get("compliedDate"));
            if (c != null && (complied == null || c.isBefore(complied))) complied = c;
            // an order taken to court (escalated) stays in force: no second order while the court deals with the first
            if (ORDER_TO_PAY.equals(a.get("actionTypeEnumId")) && ORDER_IN_FORCE.contains(status)) openOrderId = str(a.get("actionId"));
        }
        if (complied == null) complied = rectifiedOn;
        EnforcementCase.Type type = nonRegistration ? EnforcementCase.Type.NON_REGISTRATION : EnforcementCase.Type.ARREARS;
        return new Built(new EnforcementCase(type, history, complied), openOrderId, servedNoticeId);
    }

    /** The latest order to pay issued on or before {@code day} (cancelled and draft ones left out), null when none. */
    public static Map<String, ?> latestOrder(List<? extends Map<String, ?>> actions, LocalDate day) {
        return actions.stream()
                .filter(a -> ORDER_TO_PAY.equals(a.get("actionTypeEnumId")))
                .filter(a -> !CANCELLED.equals(a.get("statusId")) && !DRAFT.equals(a.get("statusId")))
                .filter(a -> StoreValues.date(a.get("issueDate")) != null && !StoreValues.date(a.get("issueDate")).isAfter(day))
                .max(Comparator.comparing(a -> StoreValues.date(a.get("issueDate"))))
                .orElse(null);
    }

    /** An application to the court already made on the order {@code orderActionId} (any status but cancelled). */
    public static Map<String, ?> referralOn(List<? extends Map<String, ?>> actions, String orderActionId) {
        if (orderActionId == null) return null;
        for (Map<String, ?> a : actions) {
            if (COURT_REFERRAL.equals(a.get("actionTypeEnumId")) && orderActionId.equals(str(a.get("priorActionId")))
                    && !CANCELLED.equals(a.get("statusId"))) return a;
        }
        return null;
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }
}
