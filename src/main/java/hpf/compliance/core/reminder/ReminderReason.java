package hpf.compliance.core.reminder;

/** Why a unit is reminded: each reason at most once a month (ReminderRules). */
public enum ReminderReason {
    /** a monitoring alert opened on the unit (new arrears or a stop) */
    ALERT_OPENED,
    /** the deadline of an order to pay is near */
    ORDER_DEADLINE,
    /** the unit's deferral period ends soon (the deferred months fall due) */
    DEFERRAL_ENDING
}
