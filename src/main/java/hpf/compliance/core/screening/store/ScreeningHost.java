package hpf.compliance.core.screening.store;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the Moqui layer does for a {@link ScreeningJob} (execute#Screening's script implements it): transactions and
 * their connection, sequenced ids, the finds that go through the entity filters (the campaign as the user may see it),
 * the branch scope, the archive refusal, the working-day calendar, localized messages, asynchronous service calls,
 * logging. Kept apart from the job so that the core's side of the contract reads on one page.
 */
public interface ScreeningHost {
    /** A campaign as the screening needs it. */
    record Campaign(String campaignId, String campaignName, String cutoffMonth, String assessMonth,
                           Number stopThresholdMonths, Number alertContactDays) {}

    /** The user's branch scope: scoped (branch staff) and the user's branches. */
    record BranchScope(boolean scoped, List<String> branchIds) {}

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws Exception;
    }

    /** The message in the user's language (LocalizedMessage), the original when there is none. */
    String localize(String original);

    /** The template localized, then expanded with the values. */
    String expand(String template, Map<String, Object> values);

    /** The campaign as the user may see it (entity filters apply); null when not found. */
    Campaign campaign(String campaignId);

    /** The active campaign issued last, or null. */
    Campaign latestActiveCampaign();

    BranchScope branchScope();

    /** The archive's refusal of writes to an archived campaign's targets, or null. */
    String archivedMessage(String campaignId);

    /** The entity's table and columns. */
    TableMap table(String entityName);

    /** enumId to enumCode of an enumeration type. */
    Map<String, String> enumCodes(String enumTypeId);

    /** A new sequenced primary id of the entity ({@code bank}: ids reserved at a time, null for the default). */
    String nextId(String entityName, Integer bank);

    /**
     * Runs {@code work} in a transaction of its own (committed when it returns, rolled back when it throws, the
     * failure rethrown) with a connection of the entity's group.
     */
    <T> T transaction(int timeoutSeconds, String errorMessage, String entityName, SqlWork<T> work);

    /**
     * Runs {@code work} on a reader thread of the screening's own (not Moqui's: give it what a call needs for its
     * duration) in a transaction of its own with a connection of the entity's group.
     */
    default <T> T inReader(String entityName, SqlWork<T> work) {
        return transaction(3600, "Could not read units and remittances", entityName, work);
    }

    /** The effective now. */
    Timestamp now();

    /** The user, visit and artifact stack for the audit log. */
    ScreeningWriter.Auditor auditor();

    /** The date a number of working days after {@code start} (holiday calendar). */
    java.sql.Date addWorkingDays(LocalDate start, int days);

    /** Starts the run as a background job of the same run service. */
    void startInBackground(boolean survey, Map<String, Object> parameters);

    /** The reminder of an alert opened (asynchronous). */
    void sendReminder(ScreeningWriter.OpenedAlert alert);

    /** The targets written, to the search feed. */
    void feedTargets(List<String> targetIds);

    void logError(String message, Throwable e);
}
