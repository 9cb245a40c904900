package hpf.compliance.core.imports.store;

import hpf.compliance.core.imports.ImportIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ImportRun's host: the batch's writer, its issues and progress through the job's host. */
final class ImportRunHost<T> implements ImportRun.Host<T> {
    private final ImportHost host;
    private final String importBatchId;
    private final BatchWriter<T> writer;

    ImportRunHost(ImportHost host, String importBatchId, BatchWriter<T> writer) {
        this.host = host;
        this.importBatchId = importBatchId;
        this.writer = writer;
    }

    public void inTransaction(ImportRun.Work work) throws Exception {
        host.inTransaction(600, "Could not save imported rows", work);
    }

    public void inWorker(ImportRun.Work work) throws Exception {
        host.inWorker(work);
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
        host.updateRecord(ImportJob.BATCH, m);
    }

    public void retrying(long fromLine, long toLine, Exception e) {
        host.logInfo("Import batch " + importBatchId + ": lines " + fromLine + "-" + toLine
                + " collided with another import, trying again: " + e.getMessage());
    }

    public void progressFailed(Exception e) {
        host.logError("Import batch " + importBatchId + ": the progress could not be recorded", e);
    }

    public void failed(long fromLine, long toLine, Exception e) {
        host.logError("Import batch " + importBatchId + ": lines " + fromLine + "-" + toLine + " could not be saved", e);
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
}
