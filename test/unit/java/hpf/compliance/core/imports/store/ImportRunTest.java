package hpf.compliance.core.imports.store;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.imports.ImportException;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.Rows;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batching, retry, issue and progress rules of an import run, with a host that records what it is asked. */
class ImportRunTest {
    /** A host writing into lists; {@code failures} throws on the first attempts (null: no failure). */
    static final class Host implements ImportRun.Host<RemittanceLine> {
        final List<List<Long>> committed = new ArrayList<>();
        final List<ImportIssue> stored = new ArrayList<>();
        final List<Long> seqs = new ArrayList<>();
        final List<String> progress = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        int attempts;
        List<Long> pendingWrite;
        List<ImportIssue> pendingIssues;

        public void inTransaction(ImportRun.Work work) throws Exception {
            pendingWrite = null;
            pendingIssues = new ArrayList<>();
            work.run(); // a throw rolls back: nothing pending is kept
            if (pendingWrite != null) committed.add(pendingWrite);
            stored.addAll(pendingIssues);
        }

        public void write(List<RemittanceLine> rows, ImportRun.Batch batch) throws Exception {
            attempts++;
            if (!failures.isEmpty()) throw failures.remove(0);
            pendingWrite = new ArrayList<>();
            for (RemittanceLine r : rows) {
                if (r.accountNo().startsWith("X")) batch.reject(r.sourceLine(), "单位账号", r.accountNo(), "UNIT_UNKNOWN", "单位账号不存在");
                else { pendingWrite.add(r.sourceLine()); batch.counts.created++; batch.touchedUnitIds.add(r.accountNo()); }
            }
        }

        public void storeIssues(List<ImportIssue> issues, long firstSeq) {
            pendingIssues.addAll(issues);
            seqs.add(firstSeq);
        }

        public void progress(long rowsRead, ImportCounts soFar) { progress.add(rowsRead + ":" + soFar.created + "/" + soFar.rejected); }
    }

    /** Rows from lines 2.. (accounts as given), with a reader rejection (and a warning) where the account is "bad". */
    static final class FakeRows implements Rows<RemittanceLine> {
        final List<String> accounts;
        IssueSink sink;
        int i;
        long rejected;

        FakeRows(List<String> accounts) { this.accounts = accounts; }

        public RemittanceLine next() {
            while (i < accounts.size()) {
                String a = accounts.get(i++);
                long line = i + 1;
                if (a.equals("bad")) {
                    rejected++;
                    sink.issue(new ImportIssue("R.csv", line, "缴存年月", "MONTH_INVALID", "缴存年月无效", "x", ImportIssue.Severity.ERROR));
                    continue;
                }
                if (a.startsWith("W")) {
                    sink.issue(new ImportIssue("R.csv", line, "a", "W1", "w", "", ImportIssue.Severity.WARNING));
                    sink.issue(new ImportIssue("R.csv", line, "b", "W2", "w", "", ImportIssue.Severity.WARNING));
                }
                if (a.equals("boom")) throw new ImportException("文件第" + line + "行无法读取");
                return new RemittanceLine(a, 24300, BusinessType.REGULAR, 100, 100, null, line);
            }
            return null;
        }

        public long rowsRead() { return i; }
        public long rowsRejected() { return rejected; }
    }

    static ImportRun.Result run(Host host, int batchSize, long maxIssues, List<String> accounts) {
        ImportRun<RemittanceLine> run = new ImportRun<>("R.csv", batchSize, maxIssues, host);
        FakeRows rows = new FakeRows(accounts);
        rows.sink = run.sink();
        return run.run(rows);
    }

    @Test
    void writesBatchByBatchAndCountsEverything() {
        Host h = new Host();
        ImportRun.Result r = run(h, 2, 100, List.of("A", "bad", "X1", "W", "B", "C"));
        assertNull(r.failure());
        // the two warnings of line 5 fill a batch of issues: it is written with the rows gathered so far
        assertEquals(List.of(List.of(2L), List.of(5L), List.of(6L, 7L)), h.committed);
        assertEquals(6, r.rowsRead());
        assertEquals(4, r.counts().created);
        assertEquals(2, r.counts().rejected, "one by the reader, one by the writer");
        assertEquals(1, r.counts().warnings, "two warnings on one line count one line");
        assertEquals(List.of(3L, 4L, 5L, 5L), h.stored.stream().map(ImportIssue::line).sorted().toList());
        assertEquals(List.of(1L, 3L), h.seqs, "issues numbered on across batches");
        assertEquals("6:4/2", h.progress.get(h.progress.size() - 1), "progress after each batch, with the errors so far");
        assertEquals(4, h.progress.size(), "one per batch, and one at the end");
    }

    @Test
    void aCollisionIsTriedAgainAndCountsOnce() {
        Host h = new Host();
        h.failures.add(new RuntimeException(new SQLException("duplicate key", "23505")));
        ImportRun.Result r = run(h, 10, 100, List.of("A", "X", "B"));
        assertNull(r.failure());
        assertEquals(2, h.attempts);
        assertEquals(2, r.counts().created);
        assertEquals(1, r.counts().rejected);
        assertEquals(1, h.stored.size(), "the retried batch's rejection stored once");
    }

    @Test
    void aDatabaseErrorStopsTheRunNamingTheLinesAndKeepsTheBatchesBefore() {
        Host h = new Host();
        ImportRun<RemittanceLine> run = new ImportRun<>("R.csv", 2, 100, h);
        FakeRows rows = new FakeRows(List.of("A", "B", "C", "D", "E"));
        rows.sink = run.sink();
        h.failures = new ArrayList<>();
        // the second batch fails for good
        ImportRun.Host<RemittanceLine> failing = new ImportRun.Host<>() {
            int n;
            public void inTransaction(ImportRun.Work w) throws Exception { h.inTransaction(w); }
            public void write(List<RemittanceLine> r, ImportRun.Batch b) throws Exception {
                if (++n == 2) throw new SQLException("disk full", "53100");
                h.write(r, b);
            }
            public void storeIssues(List<ImportIssue> i, long s) { h.storeIssues(i, s); }
            public void progress(long rr, ImportCounts c) { h.progress(rr, c); }
        };
        ImportRun<RemittanceLine> run2 = new ImportRun<>("R.csv", 2, 100, failing);
        rows.sink = run2.sink();
        ImportRun.Result r = run2.run(rows);
        assertNotNull(r.failure());
        assertEquals(ImportRun.FailureKind.DATABASE, r.failure().kind());
        assertEquals(4, r.failure().fromLine());
        assertEquals(5, r.failure().toLine());
        assertEquals(2, r.counts().created);
        assertEquals(List.of(List.of(2L, 3L)), h.committed);
    }

    @Test
    void collisionsBeyondTheLimitStopTheRun() {
        Host h = new Host();
        for (int i = 0; i < ImportRun.MAX_ATTEMPTS; i++) h.failures.add(new RuntimeException(new SQLException("deadlock", "40001")));
        ImportRun.Result r = run(h, 10, 100, List.of("A"));
        assertEquals(ImportRun.FailureKind.COLLISION, r.failure().kind());
        assertEquals(ImportRun.MAX_ATTEMPTS, h.attempts);
        assertEquals(0, r.counts().created);
    }

    @Test
    void aFileErrorStopsTheRunWithTheReadersMessage() {
        Host h = new Host();
        ImportRun.Result r = run(h, 1, 100, List.of("A", "boom"));
        assertEquals(ImportRun.FailureKind.FILE, r.failure().kind());
        assertTrue(r.failure().message().contains("第3行"));
        assertEquals(1, r.counts().created);
    }

    @Test
    void storesAtMostTheLimitOfIssues() {
        Host h = new Host();
        ImportRun.Result r = run(h, 2, 3, List.of("X1", "X2", "X3", "X4", "X5"));
        assertEquals(3, h.stored.size());
        assertEquals(5, r.counts().rejected);
        assertTrue(r.issuesTruncated());
        assertEquals(5, r.issuesFound());
    }
}
