package hpf.compliance.core.imports;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One block of a remittance CSV and what a worker read from it: the accepted rows as columns (no object per row;
 * line numbers within the block, {@link #base} added when read), the issues of rejected rows, the
 * counts. Blocks are reused once consumed. Filled by one worker thread, then handed to the consumer through
 * {@link #finish}/{@link #await}, which order the memory accesses.
 */
final class RemittanceBlock {
    /** The block's bytes, {@code bytes[0, length)}, starting at a record boundary of the file. */
    byte[] bytes = new byte[0];
    int length;
    /** File offset of {@code bytes[0]}. */
    long fileOffset;

    int size;
    String[] account = new String[0];
    int[] month = new int[0];
    BusinessType[] type = new BusinessType[0];
    long[] due = new long[0];
    long[] paid = new long[0];
    LocalDate[] paidDate = new LocalDate[0];
    /** The month's headcounts when the export has them (null: not given). */
    Integer[] workers = new Integer[0];
    Integer[] sealed = new Integer[0];
    /** Line numbers within the block, from 1. */
    int[] line = new int[0];
    /** Where each run of rows with the same account String starts, {@code runStart[0, runs)}. */
    int[] runStart = new int[0];
    int runs;

    final List<ImportIssue> issues = new ArrayList<>();
    long rows;
    long rejected;
    /** Lines the block's records span. */
    long linesSpanned;
    /** Offset in {@code bytes} of a record cut by the end of the block inside a quoted field, or −1. */
    int cutAt = -1;
    /** Its line number within the block. */
    long cutLine;
    Throwable failure;
    /** Lines of the file before the block, published by the block before it (set by the reader thread). */
    LineMark start;
    /** Lines of the file up to the end of this block, which this block publishes for the next one. */
    LineMark end;
    private boolean done;

    /**
     * Where a block starts in the file's line numbering. Every block has its own pair of marks (they are not reused
     * with the blocks), so a worker waiting for the block before it never sees a recycled block.
     */
    static final class LineMark {
        private long value = -1;

        synchronized void publish(long v) {
            value = v;
            notifyAll();
        }

        synchronized long await() throws InterruptedException {
            while (value < 0) wait();
            return value;
        }
    }

    /**
     * Once the block before it has published where it ends: the issues with the file's line numbers; then publishes
     * where this block ends. The rows keep their block line numbers ({@link #base} is added when they are read).
     */
    void number() throws InterruptedException {
        long base = start.await();
        end.publish(cutAt >= 0 ? base + cutLine - 1 : base + lines());
        for (int i = 0; i < issues.size(); i++) {
            ImportIssue x = issues.get(i);
            issues.set(i, new ImportIssue(x.file(), x.line() + base, x.column(), x.code(), x.reason(), x.value(), x.severity()));
        }
        this.base = base;
    }

    /** Row i as a record, with its line number in the file. */
    RemittanceLine line(int i) {
        return new RemittanceLine(account[i], month[i], type[i], due[i], paid[i], paidDate[i], line[i] + base,
                workers[i], sealed[i]);
    }

    /** End of the run of rows that row i is in, when {@code run} is that run. */
    int runEnd(int run) {
        return run + 1 < runs ? runStart[run + 1] : size;
    }

    /** Lines before the block (valid once finished). */
    long base;

    private long lines() { return linesSpanned; }

    void reset() {
        size = 0;
        runs = 0;
        length = 0;
        issues.clear();
        rows = 0;
        rejected = 0;
        linesSpanned = 0;
        cutAt = -1;
        cutLine = 0;
        failure = null;
        synchronized (this) {
            done = false;
        }
    }

    void add(String a, int m, BusinessType t, long d, long p, LocalDate date, Integer w, Integer sw, long ln) {
        if (size == month.length) grow();
        int i = size++;
        if (i == 0 || a != account[i - 1]) {
            if (runs == runStart.length) runStart = Arrays.copyOf(runStart, Math.max(1024, runs * 2));
            runStart[runs++] = i;
        }
        account[i] = a;
        month[i] = m;
        type[i] = t;
        due[i] = d;
        paid[i] = p;
        paidDate[i] = date;
        workers[i] = w;
        sealed[i] = sw;
        line[i] = (int) ln;
    }

    private void grow() {
        // a block of {@link ParallelRemittanceReader#BLOCK} bytes holds some 5,000 rows of an export
        int cap = Math.max(8192, month.length * 2);
        account = Arrays.copyOf(account, cap);
        month = Arrays.copyOf(month, cap);
        type = Arrays.copyOf(type, cap);
        due = Arrays.copyOf(due, cap);
        paid = Arrays.copyOf(paid, cap);
        workers = Arrays.copyOf(workers, cap);
        sealed = Arrays.copyOf(sealed, cap);
        paidDate = Arrays.copyOf(paidDate, cap);
        line = Arrays.copyOf(line, cap);
    }

    void cutInQuote(int offset, long lineInBlock) {
        cutAt = offset;
        cutLine = lineInBlock;
    }

    void counted(long rowsRead, long rowsRejected, long linesSpanned) {
        rows = rowsRead;
        rejected = rowsRejected;
        this.linesSpanned = linesSpanned;
    }

    synchronized void finish() {
        done = true;
        notifyAll();
    }

    synchronized void await() throws InterruptedException {
        while (!done) wait();
    }
}
