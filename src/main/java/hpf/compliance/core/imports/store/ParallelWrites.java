package hpf.compliance.core.imports.store;

import hpf.compliance.core.imports.ImportException;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link ImportRun} whose batches are written by several threads at once, each batch in a transaction of its own
 * (a connection each): with a database server, one connection leaves it idle while the import binds the next batch,
 * and the server's work on one batch runs on one core. The calling thread reads and gathers the batches; at most two
 * batches per writer wait or are written at a time (memory), in file order of hand-over but finished in any order.
 * <p>
 * What holds as with one writer: every row is counted once; a batch that collides (with another import, or with
 * another batch of this one holding the same key) is tried again after the other committed; issues are stored at
 * most up to the limit, each with a sequence number of its own (the numbers of a batch that was rolled back are not
 * reused). What differs: when a batch fails, the batches handed over before it may still be finishing and batches
 * after it may already be saved; the run stops handing over new ones, and the failure names the failed batch's lines.
 * An import of the same file again compares what is stored, so it completes the rest.
 */
final class ParallelWrites<T> {
    private final ImportRun<T> run;
    private final int writers;
    private final Object lock = new Object(), progressLock = new Object();
    private ImportRun.Failure failed;
    private long issuesStored, progressRows, rejectedShown;

    ParallelWrites(ImportRun<T> run, int writers) {
        this.run = run;
        this.writers = writers;
    }

    ImportRun.Result run(Rows<T> reader) {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "hpf-import-writer-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore room = new Semaphore(2 * writers);
        ImportRun.Failure failure = null;
        try {
            List<T> rows = new ArrayList<>(run.batchSize);
            T value;
            while (stopped() == null && (value = reader.next()) != null) {
                rows.add(value);
                if (rows.size() >= run.batchSize || run.issues.size() >= run.batchSize) {
                    handOver(pool, room, rows, reader);
                    rows = new ArrayList<>(run.batchSize);
                }
            }
            if (stopped() == null) handOver(pool, room, rows, reader);
        } catch (ImportException e) {
            failure = new ImportRun.Failure(ImportRun.FailureKind.FILE, 0, 0, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new ImportRun.Failure(ImportRun.FailureKind.UNEXPECTED, 0, 0, e.toString(), e);
        } catch (RuntimeException e) {
            failure = new ImportRun.Failure(ImportRun.FailureKind.UNEXPECTED, 0, 0, e.toString(), e);
        } finally {
            pool.shutdown();
            try {
                // every batch handed over ends (saved or failed) before the run does
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) { /* a batch's transaction has its own timeout */ }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure == null) failure = stopped();
        run.counts.rejected += reader.rowsRejected();
        return new ImportRun.Result(reader.rowsRead(), run.counts, run.touched, run.issuesFound,
                Math.min(issuesStored, run.maxStoredIssues), failure);
    }

    private ImportRun.Failure stopped() {
        synchronized (lock) { return failed; }
    }

    /** Hands the rows gathered and the issues so far to a writer; waits while too many batches are pending. */
    private void handOver(ExecutorService pool, Semaphore room, List<T> rows, Rows<T> reader) throws InterruptedException {
        List<ImportIssue> own = new ArrayList<>(run.issues);
        run.issues.clear();
        long rowsRead = reader.rowsRead(), rejectedByReader = reader.rowsRejected();
        room.acquire();
        try {
            pool.execute(() -> {
                try {
                    run.host.inWorker(() -> write(rows, own, rowsRead, rejectedByReader));
                } catch (Exception e) {
                    fail(new ImportRun.Failure(ImportRun.FailureKind.DATABASE, ImportRun.firstLine(rows), ImportRun.lastLine(rows),
                            e.toString(), e));
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Writes one batch (tried again on a collision) and adds its counts to the run's. */
    private void write(List<T> rows, List<ImportIssue> own, long rowsRead, long rejectedByReader) {
        ImportRun.Batch[] saved = {null};
        long[] issuesOf = {0, 0}; // of the saved attempt: found (the reader's and the writer's), stored
        ImportRun.Failure failure = run.tryBatch(ImportRun.firstLine(rows), ImportRun.lastLine(rows), () -> stopped() == null, () -> {
            List<ImportIssue> batchIssues = new ArrayList<>(own);
            ImportRun.Batch batch = new ImportRun.Batch(run.fileName, batchIssues);
            run.host.inTransaction(() -> {
                if (!rows.isEmpty()) run.host.write(rows, batch);
                issuesOf[1] = storeIssues(batchIssues);
            });
            saved[0] = batch;
            issuesOf[0] = batchIssues.size();
        }, () -> {});
        if (failure != null) {
            fail(failure);
            return;
        }
        synchronized (lock) {
            run.counts.add(saved[0].counts);
            run.touched.addAll(saved[0].touchedUnitIds);
            run.issuesFound += issuesOf[0];
            issuesStored += issuesOf[1];
        }
        progress(rowsRead, rejectedByReader);
    }

    /**
     * Records the progress of the batches saved so far, in a short transaction of its own after the batch's: batches
     * finish in any order, and a progress written inside each batch's transaction could commit after a later one's and
     * set the figures back. One writer at a time records it (holding no other lock of the database meanwhile), the
     * largest figures so far.
     */
    private void progress(long rowsRead, long rejectedByReader) {
        synchronized (progressLock) {
            ImportCounts soFar;
            long shown;
            synchronized (lock) {
                soFar = run.counts.plus(new ImportCounts());
                shown = progressRows = Math.max(progressRows, rowsRead);
                rejectedShown = Math.max(rejectedShown, rejectedByReader);
            }
            soFar.rejected += rejectedShown;
            try {
                run.host.inTransaction(() -> run.host.progress(shown, soFar));
            } catch (Exception e) {
                // the rows are saved; a progress that could not be written is written by the next batch
                run.host.progressFailed(e);
            }
        }
    }

    /** Stores a batch's issues up to the run's limit under sequence numbers taken for them; how many were stored. */
    private long storeIssues(List<ImportIssue> batchIssues) throws Exception {
        if (batchIssues.isEmpty()) return 0;
        long first;
        List<ImportIssue> kept;
        synchronized (lock) {
            long room = Math.max(0, run.maxStoredIssues - run.issueSeq);
            kept = batchIssues.size() <= room ? batchIssues : batchIssues.subList(0, (int) room);
            first = run.issueSeq + 1;
            run.issueSeq += kept.size();
        }
        if (!kept.isEmpty()) run.host.storeIssues(new ArrayList<>(kept), first);
        return kept.size();
    }

    private void fail(ImportRun.Failure failure) {
        synchronized (lock) {
            if (failed == null) failed = failure;
        }
    }
}
