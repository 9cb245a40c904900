package hpf.compliance.core.imports.store;

import hpf.compliance.core.imports.Encodings;
import hpf.compliance.core.imports.ImportException;
import hpf.compliance.core.imports.ImportOptions;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.ParallelRemittanceReader;
import hpf.compliance.core.imports.RegistryReader;
import hpf.compliance.core.imports.RemittanceReader;
import hpf.compliance.core.imports.Rows;
import hpf.compliance.core.imports.UnitAccountReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of process#ImportBatch, without Moqui: checks the batch, picks the reader and the writer of its import type
 * ({@link ImportWriters}), streams the stored file through an {@link ImportRun} (a transaction per batch of rows, its
 * host an {@link ImportRunHost}), turns a stop into the batch's localized failure text ({@link ImportMessages}), brings
 * the paid-through month of the units it changed up to date ({@link PaidThroughUpdate}) and records the counts and the
 * final status. Everything the facade does (transactions, entity writes, services, messages, log) goes through the
 * {@link ImportHost}.
 */
public final class ImportJob {
    public static final long MAX_STORED_ISSUES = 10000;
    public static final String UNITS = "HpfImpUnits", REMITTANCES = "HpfImpRemittances", REGISTRY = "HpfImpRegistry";
    public static final String RUNNING = "HpfImbRunning", COMPLETED = "HpfImbCompleted", FAILED = "HpfImbFailed";
    static final String BATCH = "hpf.compliance.ImportBatch";

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

    private final ImportHost host;
    private final String importBatchId;
    private final int batchSize;
    private final ImportWriters writers;
    private Rows<?> reader;

    public ImportJob(ImportHost host, String importBatchId, int batchSize) {
        this(host, importBatchId, batchSize, ImportWriters.rowsPerInsertProperty());
    }

    ImportJob(ImportHost host, String importBatchId, int batchSize, int rowsPerInsert) {
        this.host = host;
        this.importBatchId = importBatchId;
        this.batchSize = batchSize;
        this.writers = new ImportWriters(host, importBatchId, rowsPerInsert);
    }

    /** Runs the import; null (with an error message) when the batch is missing or no longer running. */
    public Outcome run() throws Exception {
        Map<String, Object> batch = host.batch(importBatchId);
        if (batch == null) {
            host.addError(host.localize(ImportMessages.NOT_FOUND));
            return null;
        }
        if (!RUNNING.equals(batch.get("statusId"))) {
            host.addError(host.localize(ImportMessages.ALREADY_PROCESSED));
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
                int writerThreads = REMITTANCES.equals(type) ? writers.remittanceWriters() : 1;
                long t0 = System.nanoTime(), cpu0 = cpuNanos();
                result = switch (type == null ? "" : type) {
                    case REMITTANCES -> read(fileName, writers.remittanceWriter(scope), writerThreads, sink -> {
                        // a CSV on disk is parsed on the other cores while this thread writes (same rows, issues, lines)
                        Path local = "CSV".equals(batch.get("fileFormat")) ? host.localFile(location) : null;
                        return local != null && local.getFileName().toString().equals(fileName)
                                ? new ParallelRows(ParallelRemittanceReader.open(local, sink)) : RemittanceReader.open(host.open(location), fileName, sink);
                    });
                    case UNITS -> read(fileName, writers.unitWriter(scope), 1,
                            sink -> UnitAccountReader.open(host.open(location), fileName, ImportOptions.DEFAULT, sink));
                    default -> read(fileName, writers.registryWriter(), 1,
                            sink -> RegistryReader.open(host.open(location), fileName, sink));
                };
                host.logInfo(String.format(java.util.Locale.ROOT, "Import batch %s: rows phase %d rows in %.1f s (writers: %d), process CPU %.1f s, %s",
                        importBatchId, result.rowsRead(), (System.nanoTime() - t0) / 1e9, writerThreads, (cpuNanos() - cpu0) / 1e9, result.counts()));
                failure = ImportMessages.failureText(host, importBatchId, result.failure());
            } catch (ImportException e) {
                failure = e.getMessage();
            } catch (Exception e) {
                host.logError("Import batch " + importBatchId + " failed", e);
                failure = host.localize(ImportMessages.UNEXPECTED) + ": " + e;
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

    /** Reads the file through a run writing with {@code writer} on {@code writerThreads} threads; the reader is kept to be closed. */
    private <T> ImportRun.Result read(String fileName, BatchWriter<T> writer, int writerThreads, ReaderOpener<T> opener)
            throws Exception {
        ImportRun<T> run = new ImportRun<>(fileName, batchSize, MAX_STORED_ISSUES, new ImportRunHost<>(host, importBatchId, writer),
                writerThreads);
        Rows<T> rows = opener.open(run.sink());
        reader = rows;
        return run.run(rows);
    }

    @FunctionalInterface
    interface ReaderOpener<T> {
        Rows<T> open(IssueSink sink) throws Exception;
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
            new PaidThroughUpdate(host, importBatchId).run(result.touchedUnitIds(), result.rowsRead());
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
        if (failed) host.addDangerMessage(host.localize(ImportMessages.IMPORT_FAILED) + ": " + failure);
        return new Outcome(statusId, totalRows, counts, failure);
    }
    /** CPU time of this process so far (all threads; for the log of the rows phase), 0 when unknown. */
    static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static boolean isEmpty(String s) { return s == null || s.isEmpty(); }
}
