package hpf.compliance.core.reminder;

/** How a reminder reaches the unit's contact (经办人). */
public enum ReminderChannel { SMS, EMAIL }
