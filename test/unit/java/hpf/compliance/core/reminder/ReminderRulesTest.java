package hpf.compliance.core.reminder;

import hpf.compliance.core.reminder.ReminderRules.Contact;
import hpf.compliance.core.reminder.ReminderRules.Logged;
import hpf.compliance.core.reminder.ReminderRules.Outcome;
import hpf.compliance.core.reminder.ReminderRules.Skip;
import hpf.compliance.core.reminder.ReminderRules.Skipped;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static hpf.compliance.core.reminder.ReminderChannel.EMAIL;
import static hpf.compliance.core.reminder.ReminderChannel.SMS;
import static hpf.compliance.core.reminder.ReminderReason.*;
import static org.junit.jupiter.api.Assertions.*;

class ReminderRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final Contact BOTH = new Contact("138 0353 1234", "caiwu@hongda.example", false);

    @Test
    void aFirstReminderGoesOnEveryUsableChannel() {
        ReminderRules.Decision d = ReminderRules.decide(ALERT_OPENED, TODAY, BOTH, List.of());
        assertEquals(List.of(SMS, EMAIL), d.channels());
        assertTrue(d.skipped().isEmpty());
        assertTrue(d.send());
    }

    @Test
    void neverTwiceForTheSameReasonInTheSameMonth() {
        List<Logged> log = List.of(new Logged(ALERT_OPENED, YearMonth.of(2026, 5), EMAIL, Outcome.SENT));
        ReminderRules.Decision again = ReminderRules.decide(ALERT_OPENED, TODAY, BOTH, log);
        assertFalse(again.send());
        assertEquals(List.of(new Skipped(SMS, Skip.ALREADY_REMINDED_THIS_MONTH), new Skipped(EMAIL, Skip.ALREADY_REMINDED_THIS_MONTH)), again.skipped());
        // another reason, or the same reason next month, is a new reminder
        assertTrue(ReminderRules.decide(ORDER_DEADLINE, TODAY, BOTH, log).send());
        assertTrue(ReminderRules.decide(ALERT_OPENED, LocalDate.of(2026, 6, 1), BOTH, log).send());
        // the last day of the month is still the same month
        assertFalse(ReminderRules.decide(ALERT_OPENED, LocalDate.of(2026, 5, 31), BOTH, log).send());
    }

    @Test
    void aMessageWaitingForARetryCountsAFailedOneDoesNot() {
        YearMonth may = YearMonth.of(2026, 5);
        assertTrue(ReminderRules.remindedThisMonth(DEFERRAL_ENDING, may, List.of(new Logged(DEFERRAL_ENDING, may, SMS, Outcome.PENDING))));
        assertFalse(ReminderRules.remindedThisMonth(DEFERRAL_ENDING, may, List.of(new Logged(DEFERRAL_ENDING, may, SMS, Outcome.FAILED))));
    }

    @Test
    void smsOnlyToAValidMobileOfAUnitThatAcceptsSms() {
        assertEquals(List.of(new Skipped(SMS, Skip.NO_SMS_WANTED)),
                ReminderRules.decide(ALERT_OPENED, TODAY, new Contact("13803531234", "a@b.cn", true), List.of()).skipped());
        assertEquals(List.of(new Skipped(SMS, Skip.INVALID_MOBILE)),
                ReminderRules.decide(ALERT_OPENED, TODAY, new Contact("0353-2020001", "a@b.cn", false), List.of()).skipped());
        assertEquals(List.of(new Skipped(SMS, Skip.NO_MOBILE), new Skipped(EMAIL, Skip.INVALID_EMAIL)),
                ReminderRules.decide(ALERT_OPENED, TODAY, new Contact(" ", "caiwu", false), List.of()).skipped());
        assertEquals(List.of(new Skipped(EMAIL, Skip.NO_EMAIL)),
                ReminderRules.decide(ALERT_OPENED, TODAY, new Contact("13803531234", null, false), List.of()).skipped());
    }

    @Test
    void mobileNumbersAreNormalized() {
        assertEquals("13803531234", ReminderRules.normalizeMobile("+86 138-0353-1234"));
        assertEquals("13803531234", ReminderRules.normalizeMobile("8613803531234"));
        assertNull(ReminderRules.normalizeMobile("12803531234"));
        assertNull(ReminderRules.normalizeMobile("1380353123"));
        assertNull(ReminderRules.normalizeMobile(null));
    }

    @Test
    void aDeadlineReminderIsDueFromItsDaysBeforeUpToTheDeadline() {
        LocalDate deadline = LocalDate.of(2026, 6, 8);
        assertFalse(ReminderRules.dueBeforeDeadline(deadline, deadline.minusDays(4), 3));
        assertTrue(ReminderRules.dueBeforeDeadline(deadline, deadline.minusDays(3), 3));
        assertTrue(ReminderRules.dueBeforeDeadline(deadline, deadline, 3));
        assertFalse(ReminderRules.dueBeforeDeadline(deadline, deadline.plusDays(1), 3));
        assertFalse(ReminderRules.dueBeforeDeadline(null, deadline, 3));
    }
}
