package hpf.compliance.core.reminder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether and how a unit is reminded (提醒) by SMS and e-mail: never twice for the same reason in the same month (on
 * any channel; a message that failed for good does not count, one waiting for a retry does), SMS only to a valid
 * mainland mobile number of a unit not marked "do not contact by SMS", e-mail only to a plausible address.
 */
public final class ReminderRules {
    private ReminderRules() {}

    /** What became of a message already logged. */
    public enum Outcome { SENT, PENDING, FAILED }

    /** A reminder already logged for the unit. */
    public record Logged(ReminderReason reason, YearMonth month, ReminderChannel channel, Outcome outcome) {}

    /** The unit's contact as known. */
    public record Contact(String mobile, String email, boolean noSms) {}

    /** Why a channel is not used. */
    public enum Skip { ALREADY_REMINDED_THIS_MONTH, NO_SMS_WANTED, NO_MOBILE, INVALID_MOBILE, NO_EMAIL, INVALID_EMAIL }

    /** A channel left out, and why. */
    public record Skipped(ReminderChannel channel, Skip why) {}

    /** The channels to send on now (possibly none) and the ones left out with their reason. */
    public record Decision(List<ReminderChannel> channels, List<Skipped> skipped) {
        public boolean send() { return !channels.isEmpty(); }
    }

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A mainland mobile number, spaces, dashes and a leading +86 or 86 ignored; null when it is not one. */
    public static String normalizeMobile(String s) {
        if (s == null) return null;
        String d = s.replaceAll("[\\s\\-()]", "");
        if (d.startsWith("+86")) d = d.substring(3);
        else if (d.startsWith("86") && d.length() == 13) d = d.substring(2);
        return MOBILE.matcher(d).matches() ? d : null;
    }

    public static boolean validEmail(String s) {
        return s != null && EMAIL.matcher(s.strip()).matches();
    }

    /** True when the unit was already reminded for {@code reason} in {@code month} (sent, or waiting for a retry). */
    public static boolean remindedThisMonth(ReminderReason reason, YearMonth month, Collection<Logged> log) {
        for (Logged l : log) {
            if (l.reason() == reason && l.month().equals(month) && l.outcome() != Outcome.FAILED) return true;
        }
        return false;
    }

    /** The channels for a reminder for {@code reason} on {@code today}, given the unit's contact and its log. */
    public static Decision decide(ReminderReason reason, LocalDate today, Contact contact, Collection<Logged> log) {
        List<ReminderChannel> channels = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (remindedThisMonth(reason, YearMonth.from(today), log)) {
            for (ReminderChannel c : ReminderChannel.values()) skipped.add(new Skipped(c, Skip.ALREADY_REMINDED_THIS_MONTH));
            return new Decision(List.of(), List.copyOf(skipped));
        }
        String mobile = contact.mobile();
        if (contact.noSms()) skipped.add(new Skipped(ReminderChannel.SMS, Skip.NO_SMS_WANTED));
        else if (mobile == null || mobile.isBlank()) skipped.add(new Skipped(ReminderChannel.SMS, Skip.NO_MOBILE));
        else if (normalizeMobile(mobile) == null) skipped.add(new Skipped(ReminderChannel.SMS, Skip.INVALID_MOBILE));
        else channels.add(ReminderChannel.SMS);
        String email = contact.email();
        if (email == null || email.isBlank()) skipped.add(new Skipped(ReminderChannel.EMAIL, Skip.NO_EMAIL));
        else if (!validEmail(email)) skipped.add(new Skipped(ReminderChannel.EMAIL, Skip.INVALID_EMAIL));
        else channels.add(ReminderChannel.EMAIL);
        return new Decision(List.copyOf(channels), List.copyOf(skipped));
    }

    /**
     * True when a reminder {@code daysBefore} a deadline is due on {@code today}: from that many days before the
     * deadline up to the deadline itself (calendar days), so a run missed on the exact day still reminds.
     */
    public static boolean dueBeforeDeadline(LocalDate deadline, LocalDate today, int daysBefore) {
        if (deadline == null || daysBefore < 0) return false;
        return !today.isBefore(deadline.minusDays(daysBefore)) && !today.isAfter(deadline);
    }
}
