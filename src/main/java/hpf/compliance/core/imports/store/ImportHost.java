package hpf.compliance.core.imports.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * What the Moqui layer does for an {@link ImportJob} (process#ImportBatch's script implements it): transactions,
 * entity reads and writes, the services it calls, messages and the log. Kept apart from the job so that the core's
 * side of the contract reads on one page.
 */
public interface ImportHost {
    /** The ImportBatch (not from a cache), null when there is none. */
    Map<String, Object> batch(String importBatchId);

    /** The importing user's branch scope (setup#UserBranchContext). */
    BranchScope branchScope();

    /** Enumeration ids of a type by their enumCode. */
    Map<String, String> enumIdsByCode(String enumTypeId);

    /** The Branch rows (branchId, branchCode, branchName). */
    List<Map<String, Object>> branches();

    /** Opens the stored file. */
    InputStream open(String location) throws Exception;

    /** The stored file's path when it is a file on this server's disk (a large upload), else null. */
    Path localFile(String location) throws Exception;

    /** Sets aside the caller's transaction if there is one; whether one was set aside. */
    boolean suspend();

    void resume();

    /** Turns authorization off; whether it was off already. */
    boolean disableAuthz();

    void enableAuthz();

    /**
     * Runs {@code work} on a writer thread of the import (several writers, {@code hpf_import_writers}) with an execution
     * context of that thread's own and authorization off, as the job runs; every call the work makes on this host then
     * uses that thread's context. One writer never calls it.
     */
    default void inWorker(ImportRun.Work work) throws Exception { work.run(); }

    /** Runs {@code work} in a new transaction (committed when it returns, rolled back when it throws). */
    void inTransaction(int timeoutSeconds, String errorText, ImportRun.Work work) throws Exception;

    /** Entity values whose {@code field} is one of {@code values}, not from a cache. */
    List<Map<String, Object>> findIn(String entity, String field, List<?> values) throws Exception;

    /** Creates a value (with a sequenced primary id when asked) and gives it back. */
    Map<String, Object> create(String entity, Map<String, Object> fields, boolean sequencedId) throws Exception;

    /** Sets {@code changes} on a value {@link #findIn} or {@link #create} gave, and updates it. */
    void update(Map<String, Object> value, Map<String, Object> changes) throws Exception;

    /** Updates the record with the primary key and fields of {@code fields}. */
    void updateRecord(String entity, Map<String, Object> fields) throws Exception;

    /** The connection of the current transaction for an entity's group (closed with the transaction). */
    Connection connection(String entity) throws Exception;

    String tableName(String entity);

    String columnName(String entity, String field);

    /** The transaction's timestamp. */
    Timestamp now();

    /** The database time zone's calendar (null: the JVM's). */
    Calendar dbCalendar();

    /** UnitServices.update#UnitsPaidThrough for these units. */
    void updatePaidThrough(List<String> unitIds) throws Exception;

    /** Records the result through update#hpf.compliance.ImportBatch (the status flow is checked). */
    void recordResult(Map<String, Object> fields) throws Exception;

    String localize(String original);

    /** Localizes and expands a message template with {@code values}. */
    String expand(String template, Map<String, Object> values);

    void addError(String message);

    /** The errors of the message facade as one text, null when there are none. */
    String errors();

    void clearErrors();

    /** A message shown in red. */
    void addDangerMessage(String message);

    void logInfo(String message);

    void logError(String message, Throwable t);
}
