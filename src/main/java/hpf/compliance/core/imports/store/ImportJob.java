package hpf.compliance.core.imports.store;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.imports.Encodings;
import hpf.compliance.core.imports.ImportException;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.ImportOptions;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.ParallelRemittanceReader;
import hpf.compliance.core.imports.RegistryReader;
import hpf.compliance.core.imports.RemittanceReader;
import hpf.compliance.core.imports.Rows;
import hpf.compliance.core.imports.UnitAccountReader;
import hpf.compliance.core.registry.RegistryEntry;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of process#ImportBatch, without Moqui: checks the batch, picks the reader and the writer of its import type,
 * streams the stored file through an {@link ImportRun} (a transaction per batch of rows), turns a stop into the
 * batch's localized failure text, brings the paid-through month of the units it changed up to date in chunks of
 * {@value #PAID_THROUGH_CHUNK} (a sign of life of the batch after each) and records the counts and the final status.
 * Everything the facade does (transactions, entity writes, services, messages, log) goes through the {@link Host}.
 */
public final class ImportJob {
    public static final long MAX_STORED_ISSUES = 10000;
    public static final int PAID_THROUGH_CHUNK = 5000;
    public static final String UNITS = "HpfImpUnits", REMITTANCES = "HpfImpRemittances", REGISTRY = "HpfImpRegistry";
    public static final String RUNNING = "HpfImbRunning", COMPLETED = "HpfImbCompleted", FAILED = "HpfImbFailed";
    static final String BATCH = "hpf.compliance.ImportBatch";

    // originals of the messages (their translations are in data/HpfL10n*.xml)
    static final String NOT_FOUND = "Import batch not found";
    static final String ALREADY_PROCESSED = "This import batch has already been processed";
    static final String UNEXPECTED = "An unexpected error stopped the import (see the server log)";
    static final String IMPORT_FAILED = "The import failed";
    static final String COLLISION = "Lines ${fromLine} to ${toLine} could not be saved because another import was writing the same rows at the same time; the lines before them are saved. Import the file again when the other import has finished.";
    static final String DATABASE = "Lines ${fromLine} to ${toLine} could not be saved because of a database error (see the server log); the lines before them are saved. Import the file again once the cause is removed.";

    /** What the Moqui layer does for the job. */
    public interface Host {
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

    /** The out-parameters of the service. */
    public record Outcome(String statusId, long totalRows, ImportCounts counts, String failure) {
        public Map<String, Object> outParameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("statusId", statusId);
            m.put("totalRows", totalRows);
            m.put("createdRows", counts.created);
            m.put("updatedRows", counts.updated);
            m.put("unchangedRows", counts.unchanged);
            m.put("rejectedRows", counts.rejected);
            m.put("warningRows", counts.warnings);
            return m;
        }
    }

    private final Host host;
    private final String importBatchId;
    private final int batchSize;
    private final int rowsPerInsert;
    private Rows<?> reader;

    public ImportJob(Host host, String importBatchId, int batchSize) {
        this(host, importBatchId, batchSize, rowsPerInsertProperty());
    }

    ImportJob(Host host, String importBatchId, int batchSize, int rowsPerInsert) {
        this.host = host;
        this.importBatchId = importBatchId;
        this.batchSize = batchSize;
        this.rowsPerInsert = rowsPerInsert;
    }

    /** Rows per multi-row INSERT of remittances: the system property {@code hpf_import_rows_per_insert}, default 100. */
    static int rowsPerInsertProperty() {
        String v = System.getProperty("hpf_import_rows_per_insert");
        return v == null || v.isBlank() ? 100 : Integer.parseInt(v.trim());
    }

    /** Runs the import; null (with an error message) when the batch is missing or no longer running. */
    public Outcome run() throws Exception {
        Map<String, Object> batch = host.batch(importBatchId);
        if (batch == null) {
            host.addError(host.localize(NOT_FOUND));
            return null;
        }
        if (!RUNNING.equals(batch.get("statusId"))) {
            host.addError(host.localize(ALREADY_PROCESSED));
            return null;
        }
        String type = str(batch.get("importTypeEnumId")), fileName = str(batch.get("fileName"));
        // branch staff import only their own branch's rows; lookups run without the entity filters so that a row of
        // another branch is rejected with a reason instead of being taken for a new unit
        BranchScope scope = host.branchScope();

        // every batch commits on its own: a transaction of the caller (a REST request or a screen) is set aside
        // meanwhile, or its timeout would run out during a long import and the calls after the batches be refused
        boolean suspended = host.suspend();
        try {
            ImportRun.Result result = null;
            String failure = null, encoding = null;
            boolean wasDisabled = host.disableAuthz();
            try {
                String location = str(batch.get("fileLocation"));
                if ("CSV".equals(batch.get("fileFormat"))) {
                    try (InputStream head = host.open(location)) {
                        byte[] b = head.readNBytes(64 * 1024);
                        encoding = Encodings.detect(b, 0, b.length).name();
                    }
                }
                long t0 = System.nanoTime(), cpu0 = cpuNanos();
                result = switch (type == null ? "" : type) {
                    case REMITTANCES -> read(fileName, remittanceWriter(scope), sink -> {
                        // a CSV on disk is parsed on the other cores while this thread writes (same rows, issues, lines)
                        Path local = "CSV".equals(batch.get("fileFormat")) ? host.localFile(location) : null;
                        return local != null && local.getFileName().toString().equals(fileName)
                                ? new ParallelRows(ParallelRemittanceReader.open(local, sink)) : RemittanceReader.open(host.open(location), fileName, sink);
                    });
                    case UNITS -> read(fileName, unitWriter(scope),
                            sink -> UnitAccountReader.open(host.open(location), fileName, ImportOptions.DEFAULT, sink));
                    default -> read(fileName, new RegistryWriter(f -> host.create("hpf.compliance.RegistryEnterprise", f, true),
                            importBatchId), sink -> RegistryReader.open(host.open(location), fileName, sink));
                };
                host.logInfo(String.format(java.util.Locale.ROOT, "Import batch %s: rows phase %d rows in %.1f s, process CPU %.1f s, %s",
                        importBatchId, result.rowsRead(), (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9, result.counts()));
                failure = failureText(result.failure());
            } catch (ImportException e) {
                failure = e.getMessage();
            } catch (Exception e) {
                host.logError("Import batch " + importBatchId + " failed", e);
                failure = host.localize(UNEXPECTED) + ": " + e;
            } finally {
                if (reader instanceof AutoCloseable c) {
                    try { c.close(); } catch (Exception ignored) { }
                }
                if (!wasDisabled) host.enableAuthz();
            }
            return finish(result, failure, encoding);
        } finally {
            if (suspended) host.resume();
        }
    }

    /** Reads the file through a run writing with {@code writer}; the reader is kept to be closed. */
    private <T> ImportRun.Result read(String fileName, BatchWriter<T> writer, ReaderOpener<T> opener) throws Exception {
        ImportRun<T> run = new ImportRun<>(fileName, batchSize, MAX_STORED_ISSUES, new RunHost<>(writer));
        Rows<T> rows = opener.open(run.sink());
        reader = rows;
        return run.run(rows);
    }

    @FunctionalInterface
    interface ReaderOpener<T> {
        Rows<T> open(IssueSink sink) throws Exception;
    }

    BatchWriter<RemittanceLine> remittanceWriter(BranchScope scope) {
        Map<String, String> typeIds = host.enumIdsByCode("HpfRemitType");
        Map<BusinessType, String> typeEnumIds = new EnumMap<>(BusinessType.class);
        for (BusinessType t : BusinessType.values()) {
            String id = typeIds.get(t.code());
            if (id != null && !id.isEmpty()) typeEnumIds.put(t, id);
        }
        String units = "hpf.compliance.EmployerUnit", remittances = "hpf.compliance.UnitRemittance";
        RemittanceStore store = new RemittanceStore(new RemittanceStore.Layout(host.tableName(units),
                columns(units, RemittanceStore.UNIT_FIELDS), host.tableName(remittances),
                columns(remittances, RemittanceStore.FIELDS)), importBatchId, scope, typeEnumIds, rowsPerInsert);
        return (rows, b) -> store.write(host.connection(remittances), rows, b, host.now(), host.dbCalendar());
    }

    private Map<String, String> columns(String entity, List<String> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : fields) m.put(f, host.columnName(entity, f));
        return m;
    }

    BatchWriter<UnitAccount> unitWriter(BranchScope scope) {
        String entity = "hpf.compliance.EmployerUnit";
        return new UnitAccountWriter(new UnitAccountWriter.Units() {
            public List<Map<String, Object>> findByAccountNos(List<String> accountNos) throws Exception {
                return host.findIn(entity, "unitAccountNo", accountNos);
            }

            public Map<String, Object> create(Map<String, Object> fields) throws Exception {
                return host.create(entity, fields, true);
            }

            public void update(Map<String, Object> stored, Map<String, Object> changes) throws Exception {
                host.update(stored, changes);
            }
        }, importBatchId, UnitAccountWriter.branchKeys(host.branches()), host.enumIdsByCode("HpfAccountStatus"), scope);
    }

    /** The batch's text for a stop of the run (null when it ran through), logging an unexpected error. */
    String failureText(ImportRun.Failure f) {
        if (f == null) return null;
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("fromLine", f.fromLine());
        lines.put("toLine", f.toLine());
        return switch (f.kind()) {
            case FILE -> f.message();
            case COLLISION -> host.expand(COLLISION, lines);
            case DATABASE -> host.expand(DATABASE, lines);
            case UNEXPECTED -> {
                host.logError("Import batch " + importBatchId + " failed", f.cause());
                yield host.localize(UNEXPECTED) + ": " + f.message();
            }
        };
    }

    /** Paid-through months, then the counts and the status of the batch (in a transaction of its own). */
    private Outcome finish(ImportRun.Result result, String failure, String encoding) throws Exception {
        if (isEmpty(failure)) {
            String errors = host.errors();
            if (!isEmpty(errors)) failure = errors;
        }
        host.clearErrors();
        // 缴至年月 of the units whose remittances or account facts changed (also when a later batch failed: the saved
        // ones count)
        if (result != null && !result.touchedUnitIds().isEmpty()) {
            updatePaidThrough(result.touchedUnitIds(), result.rowsRead());
            host.clearErrors();
        }
        ImportCounts counts = result != null ? result.counts() : new ImportCounts();
        long totalRows = result != null && result.rowsRead() != 0 ? result.rowsRead() : reader != null ? reader.rowsRead() : 0L;
        boolean failed = !isEmpty(failure);
        String statusId = failed ? FAILED : COMPLETED;
        String errorText = failure;
        if (!failed && result != null && result.issuesTruncated()) errorText = "仅保存了前" + MAX_STORED_ISSUES + "条错误和警告";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("importBatchId", importBatchId);
        fields.put("statusId", statusId);
        fields.put("detectedEncoding", encoding);
        fields.put("totalRows", totalRows);
        fields.put("acceptedRows", counts.accepted());
        fields.put("rejectedRows", counts.rejected);
        fields.put("warningRows", counts.warnings);
        fields.put("createdRows", counts.created);
        fields.put("updatedRows", counts.updated);
        fields.put("unchangedRows", counts.unchanged);
        String text = errorText;
        host.inTransaction(600, "Could not record the import result", () -> {
            fields.put("completedDate", host.now());
            fields.put("errorText", text);
            host.recordResult(fields);
        });
        if (failed) host.addDangerMessage(host.localize(IMPORT_FAILED) + ": " + failure);
        return new Outcome(statusId, totalRows, counts, failure);
    }

    /**
     * update#UnitsPaidThrough in chunks, each followed by a sign of life of the batch: for a city this takes minutes,
     * and a batch without one for hpf_import_stale_minutes would be taken for a crashed run. A failure is logged.
     */
    void updatePaidThrough(Set<String> unitIds, long rowsRead) {
        try {
            List<String> all = new ArrayList<>(unitIds);
            for (int from = 0; from < all.size(); from += PAID_THROUGH_CHUNK) {
                host.updatePaidThrough(new ArrayList<>(all.subList(from, Math.min(all.size(), from + PAID_THROUGH_CHUNK))));
                host.inTransaction(60, "Could not record the import progress",
                        () -> host.updateRecord(BATCH, Map.of("importBatchId", importBatchId, "totalRows", rowsRead)));
            }
        } catch (Exception e) {
            host.logError("Import batch " + importBatchId + ": paid-through months not updated", e);
        }
    }

    /**
     * The parallel reader as the run's rows. Its own count of rows read grows a block (about 5,000 rows) at a time; for
     * the progress the rows taken so far count too (every row is accepted or rejected), and at the end its count.
     */
    static final class ParallelRows implements Rows<RemittanceLine>, AutoCloseable {
        private final ParallelRemittanceReader reader;
        private long taken;
        private boolean ended;

        ParallelRows(ParallelRemittanceReader reader) { this.reader = reader; }

        @Override
        public RemittanceLine next() {
            RemittanceLine l = reader.next();
            if (l == null) ended = true;
            else taken++;
            return l;
        }

        @Override
        public long rowsRead() { return ended ? reader.rowsRead() : Math.max(reader.rowsRead(), taken + reader.rowsRejected()); }

        @Override
        public long rowsRejected() { return reader.rowsRejected(); }

        @Override
        public void close() { reader.close(); }
    }

    /** The ImportRun's host: the batch's writer, its issues and progress through the job's host. */
    private final class RunHost<T> implements ImportRun.Host<T> {
        private final BatchWriter<T> writer;

        RunHost(BatchWriter<T> writer) { this.writer = writer; }

        public void inTransaction(ImportRun.Work work) throws Exception {
            host.inTransaction(600, "Could not save imported rows", work);
        }

        public void write(List<T> rows, ImportRun.Batch batch) throws Exception {
            writer.write(rows, batch);
        }

        public void storeIssues(List<ImportIssue> issues, long firstSeq) throws Exception {
            long seq = firstSeq;
            for (ImportIssue i : issues) host.create("hpf.compliance.ImportRowError", issueFields(importBatchId, seq++, i), false);
        }

        // progress, read by the batch page while the import runs, and a sign of life for import#File's stale-run rule
        public void progress(long rowsRead, ImportCounts c) throws Exception {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("importBatchId", importBatchId);
            m.put("totalRows", rowsRead);
            m.put("createdRows", c.created);
            m.put("updatedRows", c.updated);
            m.put("unchangedRows", c.unchanged);
            m.put("acceptedRows", c.accepted());
            m.put("rejectedRows", c.rejected);
            m.put("warningRows", c.warnings);
            host.updateRecord(BATCH, m);
        }

        public void retrying(long fromLine, long toLine, Exception e) {
            host.logInfo("Import batch " + importBatchId + ": lines " + fromLine + "-" + toLine
                    + " collided with another import, trying again: " + e.getMessage());
        }

        public void failed(long fromLine, long toLine, Exception e) {
            host.logError("Import batch " + importBatchId + ": lines " + fromLine + "-" + toLine + " could not be saved", e);
        }
    }

    /** The ImportRowError record of an issue. */
    static Map<String, Object> issueFields(String importBatchId, long seq, ImportIssue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("importBatchId", importBatchId);
        m.put("errorSeqId", String.format("%06d", seq));
        m.put("lineNumber", i.line());
        m.put("columnName", i.column());
        m.put("rawValue", RegistryWriter.take255(i.value()));
        m.put("severity", i.rejected() ? "E" : "W");
        m.put("errorCode", i.code());
        m.put("message", i.reason());
        return m;
    }

    /** CPU time of this process so far (all threads; for the log of the rows phase), 0 when unknown. */
    static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static boolean isEmpty(String s) { return s == null || s.isEmpty(); }
}
