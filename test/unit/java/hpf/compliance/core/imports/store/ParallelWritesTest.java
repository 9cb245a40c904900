package hpf.compliance.core.imports.store;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.imports.ImportIssue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An import run with several writers gives what one writer gives: every row and issue once, the same counts. */
class ParallelWritesTest {
    /** A thread-safe recording host: a batch's writes and issues are kept only when its transaction returns. */
    static final class Host implements ImportRun.Host<RemittanceLine> {
        final List<Long> committedLines = Collections.synchronizedList(new ArrayList<>());
        final List<ImportIssue> stored = Collections.synchronizedList(new ArrayList<>());
        final List<long[]> seqRanges = Collections.synchronizedList(new ArrayList<>());
        final List<Long> progress = Collections.synchronizedList(new ArrayList<>());
        final Set<String> workerThreads = ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger(), mostInFlight = new AtomicInteger(), writes = new AtomicInteger();
        final ThreadLocal<List<Long>> pendingLines = new ThreadLocal<>();
        final ThreadLocal<List<ImportIssue>> pendingIssues = new ThreadLocal<>();
        final ThreadLocal<Boolean> inWorker = ThreadLocal.withInitial(() -> false);
        /** Write numbers (1-based, counting retries) that throw, and what. */
        final java.util.Map<Integer, Exception> failAt = new ConcurrentHashMap<>();

        public void inWorker(ImportRun.Work work) throws Exception {
            workerThreads.add(Thread.currentThread().getName());
            inWorker.set(true);
            try { work.run(); } finally { inWorker.set(false); }
        }

        public void inTransaction(ImportRun.Work work) throws Exception {
            assertTrue(inWorker.get(), "a batch's transaction runs inside inWorker");
            pendingLines.set(new ArrayList<>());
            pendingIssues.set(new ArrayList<>());
            work.run();
            committedLines.addAll(pendingLines.get());
            stored.addAll(pendingIssues.get());
        }

        public void write(List<RemittanceLine> rows, ImportRun.Batch batch) throws Exception {
            int n = writes.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2); // long enough for the writers to overlap
                Exception e = failAt.get(n);
                if (e != null) throw e;
                for (RemittanceLine r : rows) {
                    if (r.accountNo().startsWith("X")) batch.reject(r.sourceLine(), "单位账号", r.accountNo(), "UNIT_UNKNOWN", "单位账号不存在");
                    else { pendingLines.get().add(r.sourceLine()); batch.counts.created++; batch.touchedUnitIds.add(r.accountNo()); }
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }

        public void storeIssues(List<ImportIssue> issues, long firstSeq) {
            pendingIssues.get().addAll(issues);
            seqRanges.add(new long[] {firstSeq, firstSeq + issues.size() - 1});
        }

        public void progress(long rowsRead, ImportCounts soFar) { progress.add(rowsRead); }
    }

    /** Accounts of a seeded random file: good rows, writer rejections (X), reader rejections (bad), warnings (W). */
    static List<String> accounts(long seed, int n) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(20);
            out.add(k == 0 ? "bad" : k == 1 ? "X" + i : k == 2 ? "W" + i : "A" + i);
        }
        return out;
    }

    static ImportRun.Result run(ImportRun.Host<RemittanceLine> host, int batchSize, long maxIssues, List<String> accounts, int writers) {
        ImportRun<RemittanceLine> run = new ImportRun<>("R.csv", batchSize, maxIssues, host, writers);
        ImportRunTest.FakeRows rows = new ImportRunTest.FakeRows(accounts);
        rows.sink = run.sink();
        return run.run(rows);
    }

    @Test
    void severalWritersWriteEveryRowAndIssueOnceWithTheCountsOfOne() {
        for (long seed = 1; seed <= 20; seed++) {
            List<String> accounts = accounts(seed, 400);
            ImportRunTest.Host one = new ImportRunTest.Host();
            ImportRun.Result expected = ImportRunTest.run(one, 7, 10_000, accounts);
            Host many = new Host();
            ImportRun.Result r = run(many, 7, 10_000, accounts, 3);
            String why = "seed=" + seed + " (replay: ParallelWritesTest with this seed)";
            assertNull(r.failure(), why);
            assertEquals(expected.rowsRead(), r.rowsRead(), why);
            assertEquals(expected.counts().toString(), r.counts().toString(), why);
            assertEquals(expected.touchedUnitIds(), r.touchedUnitIds(), why);
            assertEquals(expected.issuesFound(), r.issuesFound(), why);
            assertEquals(one.committed.stream().flatMap(List::stream).sorted().toList(),
                    many.committedLines.stream().sorted().toList(), why);
            assertEquals(one.stored.stream().map(i -> i.line() + i.code()).sorted().toList(),
                    many.stored.stream().map(i -> i.line() + i.code()).sorted().toList(), why);
            // sequence numbers 1..n, each once
            List<Long> seqs = many.seqRanges.stream().flatMap(a -> java.util.stream.LongStream.rangeClosed(a[0], a[1]).boxed())
                    .sorted().toList();
            assertEquals(java.util.stream.LongStream.rangeClosed(1, many.stored.size()).boxed().toList(), seqs, why);
            // the progress shown never goes back, and the writing ran on the run's own threads, at once
            for (int i = 1; i < many.progress.size(); i++) assertTrue(many.progress.get(i) >= many.progress.get(i - 1), why);
            assertFalse(many.workerThreads.contains(Thread.currentThread().getName()), why);
            assertTrue(many.mostInFlight.get() > 1, why + ": batches were written at once");
        }
    }

    @Test
    void theIssueLimitHoldsAcrossWriters() {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 300; i++) accounts.add(i % 2 == 0 ? "X" + i : "A" + i);
        Host h = new Host();
        ImportRun.Result r = run(h, 10, 25, accounts, 4);
        assertEquals(25, h.stored.size());
        assertEquals(25, r.issuesStored());
        assertEquals(150, r.issuesFound());
        assertTrue(r.issuesTruncated());
        assertEquals(150, r.counts().rejected);
    }

    @Test
    void aCollidingBatchIsTriedAgainAndCountsOnce() {
        Host h = new Host();
        h.failAt.put(3, new RuntimeException(new SQLException("duplicate key", "23505")));
        List<String> accounts = accounts(7, 200);
        ImportRun.Result expected = ImportRunTest.run(new ImportRunTest.Host(), 10, 10_000, accounts);
        ImportRun.Result r = run(h, 10, 10_000, accounts, 2);
        assertNull(r.failure());
        assertEquals(expected.counts().toString(), r.counts().toString());
        assertEquals(h.committedLines.size(), h.committedLines.stream().distinct().count(), "no row written twice");
        assertEquals(expected.issuesFound(), h.stored.size(), "the retried batch's issues stored once");
    }

    @Test
    void aDatabaseErrorStopsTheRunNamingTheFailedBatchsLines() {
        Host h = new Host();
        h.failAt.put(4, new SQLException("disk full", "53100"));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 200; i++) accounts.add("A" + i);
        ImportRun.Result r = run(h, 10, 10_000, accounts, 2);
        assertNotNull(r.failure());
        assertEquals(ImportRun.FailureKind.DATABASE, r.failure().kind());
        long from = r.failure().fromLine(), to = r.failure().toLine();
        assertEquals(9, to - from, "the lines of one batch of 10");
        Set<Long> written = h.committedLines.stream().collect(Collectors.toSet());
        for (long line = from; line <= to; line++) assertFalse(written.contains(line), "the failed batch left nothing");
        assertEquals(written.size(), r.counts().created, "the counts are those of the batches saved");
        assertTrue(written.size() < 200, "the run stopped handing over batches");
    }

    @Test
    void aFileErrorStopsTheRunWithTheReadersMessage() {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 50; i++) accounts.add("A" + i);
        accounts.add("boom");
        ImportRun.Result r = run(new Host(), 10, 100, accounts, 2);
        assertEquals(ImportRun.FailureKind.FILE, r.failure().kind());
        assertTrue(r.failure().message().contains("无法读取"));
    }
}
