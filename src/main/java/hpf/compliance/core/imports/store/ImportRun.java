package hpf.compliance.core.imports.store;

import hpf.compliance.core.imports.ImportException;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.Rows;
import hpf.compliance.core.imports.support.ImportRecords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One import batch from its reader to the database, without Moqui: the accepted rows are gathered into batches of
 * {@code batchSize}, and each batch is written with its rejected rows and warnings and the batch's progress in a
 * transaction of its own (the {@link Host}'s). A batch that collides with another import writing the same rows at the
 * same moment (an SQL state of class 23 or 40) is tried again, up to {@value #MAX_ATTEMPTS} times: by then the other's
 * rows are committed, so they are read and compared. Any other failure stops the import; the batches before it stay
 * saved. At most {@code maxStoredIssues} issues are stored. Memory holds one batch of rows and issues at a time.
 * With several writers ({@link ParallelWrites}) batches are written at once on threads of the run's own, with the same
 * counts and issues; memory then holds two batches per writer.
 *
 * <p>The counts: rows created, updated, unchanged (a re-import of the same file changes nothing), rejected (by the
 * reader, or by the writer: unknown unit, another branch's row), and lines with at least one warning.
 */
public final class ImportRun<T> {
    public static final int MAX_ATTEMPTS = 3;

    /** What the Moqui layer does for the run. */
    public interface Host<T> {
        /** Runs {@code work} in a transaction of its own, committed when it returns, rolled back when it throws. */
        void inTransaction(Work work) throws Exception;

        /** Writes one batch of accepted rows (inside the transaction), counting into and rejecting through {@code batch}. */
        void write(List<T> rows, Batch batch) throws Exception;

        /** Stores issues (inside the transaction); {@code firstSeq} numbers the first, the others follow. */
        void storeIssues(List<ImportIssue> issues, long firstSeq) throws Exception;

        /** Records the progress so far (inside a transaction): rows read and the counts including this batch. */
        void progress(long rowsRead, ImportCounts soFar) throws Exception;

        /**
         * Runs a writer thread's {@code work} (with several writers, each batch's transaction runs on a thread of the
         * run's own) with what the host needs on that thread, e.g. an execution context of its own.
         */
        default void inWorker(Work work) throws Exception { work.run(); }

        /** A batch collided and is tried again (for the log). */
        default void retrying(long fromLine, long toLine, Exception e) {}

        /** A batch could not be saved (for the log). */
        default void failed(long fromLine, long toLine, Exception e) {}

        /** The progress could not be recorded (for the log; several writers record it apart from the batches). */
        default void progressFailed(Exception e) {}
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Why the run stopped: the reader refused the file, a batch collided too often, or a database or other error. */
    public enum FailureKind { FILE, COLLISION, DATABASE, UNEXPECTED }

    /** A stop, with the lines of the batch that could not be saved (0 when none) and the reader's or error's text. */
    public record Failure(FailureKind kind, long fromLine, long toLine, String message, Throwable cause) {}

    /** One batch being written: its counts, the units it touched, and its rejections. */
    public static final class Batch {
        public final ImportCounts counts = new ImportCounts();
        public final Set<String> touchedUnitIds = new HashSet<>();
        final String fileName;
        private final List<ImportIssue> issues;

        Batch(String fileName, List<ImportIssue> issues) {
            this.fileName = fileName;
            this.issues = issues;
        }

        /** Rejects an accepted row of the reader (unknown unit, another branch's), with the column and the reason. */
        public void reject(long line, String column, String value, String code, String reason) {
            counts.rejected++;
            issues.add(new ImportIssue(fileName, line, column, code, reason, value, ImportIssue.Severity.ERROR));
        }
    }

    /** The outcome: rows read, counts, the units whose rows changed, how many issues were stored, the failure if any. */
    public record Result(long rowsRead, ImportCounts counts, Set<String> touchedUnitIds, long issuesFound,
                         long issuesStored, Failure failure) {
        public boolean issuesTruncated() { return issuesFound > issuesStored; }
    }

    final String fileName;
    final int batchSize;
    final long maxStoredIssues;
    final Host<T> host;
    private final int writers;
    final List<ImportIssue> issues = new ArrayList<>();
    final ImportCounts counts = new ImportCounts();
    final Set<String> touched = new HashSet<>();
    long issueSeq, issuesFound;
    private long lastWarnLine = -1;

    public ImportRun(String fileName, int batchSize, long maxStoredIssues, Host<T> host) {
        this(fileName, batchSize, maxStoredIssues, host, 1);
    }

    /**
     * @param writers batches written at once, each on a thread (and a transaction, so a connection) of its own; 1 writes
     *                them one after another on the calling thread
     */
    public ImportRun(String fileName, int batchSize, long maxStoredIssues, Host<T> host, int writers) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize < 1");
        if (writers < 1) throw new IllegalArgumentException("writers < 1");
        this.fileName = fileName;
        this.batchSize = batchSize;
        this.maxStoredIssues = maxStoredIssues;
        this.host = host;
        this.writers = writers;
    }

    /** The sink to give the reader: warnings are counted once per line, every issue is kept for the next batch. */
    public IssueSink sink() {
        return i -> {
            if (i.severity() == ImportIssue.Severity.WARNING && i.line() != lastWarnLine) {
                counts.warnings++;
                lastWarnLine = i.line();
            }
            issues.add(i);
        };
    }

    /** Reads every row and writes them batch by batch; a {@link Failure} in the result when the run stopped early. */
    public Result run(Rows<T> reader) {
        if (writers > 1) return new ParallelWrites<>(this, writers).run(reader);
        List<T> rows = new ArrayList<>(batchSize);
        Failure failure = null;
        try {
            T value;
            while (failure == null && (value = reader.next()) != null) {
                rows.add(value);
                if (rows.size() >= batchSize || issues.size() >= batchSize) failure = flush(rows, reader);
            }
            if (failure == null) failure = flush(rows, reader);
        } catch (ImportException e) {
            failure = new Failure(FailureKind.FILE, 0, 0, e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = new Failure(FailureKind.UNEXPECTED, 0, 0, e.toString(), e);
        }
        counts.rejected += reader.rowsRejected();
        return new Result(reader.rowsRead(), counts, touched, issuesFound + issues.size(), Math.min(issueSeq, maxStoredIssues), failure);
    }

    /** Saves the rows gathered so far (and the issues); null, or why they could not be saved. */
    private Failure flush(List<T> rows, Rows<T> reader) {
        List<ImportIssue> pending = new ArrayList<>(issues);
        long seqBefore = issueSeq, foundBefore = issuesFound;
        Batch[] saved = {null};
        Failure failure = tryBatch(firstLine(rows), lastLine(rows), () -> true, () -> {
            Batch batch = new Batch(fileName, issues);
            host.inTransaction(() -> {
                if (!rows.isEmpty()) host.write(rows, batch);
                storeIssues();
                ImportCounts soFar = counts.plus(batch.counts);
                soFar.rejected += reader.rowsRejected();
                host.progress(reader.rowsRead(), soFar);
            });
            saved[0] = batch;
        }, () -> {
            issues.clear();
            issues.addAll(pending);
            issueSeq = seqBefore;
            issuesFound = foundBefore;
        });
        rows.clear();
        if (failure != null) return failure;
        counts.add(saved[0].counts);
        touched.addAll(saved[0].touchedUnitIds);
        return null;
    }

    /**
     * Tries a batch until {@code attempt} (its transaction) succeeds: a write conflict is tried again, up to
     * {@value #MAX_ATTEMPTS} times while {@code mayRetry} holds; {@code undo} runs after every failed attempt.
     * Null when saved, otherwise the failure naming the batch's lines. Shared by one writer and {@link ParallelWrites}.
     */
    Failure tryBatch(long fromLine, long toLine, java.util.function.BooleanSupplier mayRetry, Work attempt, Runnable undo) {
        for (int n = 1; ; n++) {
            try {
                attempt.run();
                return null;
            } catch (Exception e) {
                undo.run();
                boolean collision = ImportRecords.isWriteConflict(e);
                if (collision && n < MAX_ATTEMPTS && mayRetry.getAsBoolean()) {
                    host.retrying(fromLine, toLine, e);
                    continue;
                }
                host.failed(fromLine, toLine, e);
                return new Failure(collision ? FailureKind.COLLISION : FailureKind.DATABASE, fromLine, toLine, e.toString(), e);
            }
        }
    }

    static long firstLine(List<?> rows) { return rows.isEmpty() ? 0 : lineOf(rows.get(0)); }

    static long lastLine(List<?> rows) { return rows.isEmpty() ? 0 : lineOf(rows.get(rows.size() - 1)); }

    /** Stores the issues waiting (up to the limit) and forgets them. */
    private void storeIssues() throws Exception {
        if (issues.isEmpty()) return;
        long room = Math.max(0, maxStoredIssues - issueSeq);
        List<ImportIssue> kept = issues.size() <= room ? issues : issues.subList(0, (int) room);
        if (!kept.isEmpty()) host.storeIssues(new ArrayList<>(kept), issueSeq + 1);
        issueSeq += kept.size();
        issuesFound += issues.size();
        issues.clear();
    }

    private static long lineOf(Object row) {
        if (row instanceof hpf.compliance.core.account.RemittanceLine r) return r.sourceLine();
        if (row instanceof hpf.compliance.core.account.UnitAccount u) return u.sourceLine();
        if (row instanceof hpf.compliance.core.registry.RegistryEntry e) return e.line();
        return 0;
    }
}
