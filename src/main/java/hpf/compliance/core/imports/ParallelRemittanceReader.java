package hpf.compliance.core.imports;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceCursor;
import hpf.compliance.core.account.RemittanceGroup;
import hpf.compliance.core.account.RemittanceLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads a remittance CSV on several cores and hands its rows over in file order, exactly as {@link RemittanceReader}
 * would (same rows, same rejected rows and reasons, same line numbers), in bounded memory.
 *
 * <p>A reader thread cuts the file into blocks of about {@link #BLOCK} bytes, each ending after a line break, and
 * worker threads tokenize and parse the blocks at the same time; {@link #next} takes the blocks in order. A line
 * break ends a record unless it is inside a quoted field, which the worker sees: the block's last record then runs
 * into the end of the block inside the quote. Every block starts at a record boundary as long as no earlier block was
 * cut that way, so when one is, the rows before the cut are kept and the rest of the file is read from that record on
 * by one {@link RemittanceReader}, on the calling thread. An XLSX file is always read that way. A worker parses the
 * rows of the usual form in one pass ({@link RemittanceRowParser}) and leaves the others to the general reader.
 *
 * <p>Rows are taken either as records ({@link #next}) or in place ({@link RemittanceCursor}: {@link #advance} and
 * the accessors read the block's columns, no object per row); the two are not to be mixed.
 */
public final class ParallelRemittanceReader implements AutoCloseable, RemittanceCursor {
    /** Bytes a block is cut after (at the next line break before it). */
    static final int BLOCK = 1 << 18;
    private static final int IN_FLIGHT = 4;
    private static final RemittanceBlock END = new RemittanceBlock();

    static {
        END.finish();
    }

    private final Path path;
    private final String file;
    private final IssueSink sink;
    private final RemittanceReader header;
    private final int blockSize;
    private final BlockingQueue<RemittanceBlock> ordered = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<RemittanceBlock> work = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
    private final ConcurrentLinkedQueue<RemittanceBlock> pool = new ConcurrentLinkedQueue<>();
    private final Thread[] threads;
    private Charset charset;
    private int[] col;

    private RemittanceReader sequential;
    private RemittanceBlock current;
    /** The current row's index in {@link #current}. */
    private int index;
    /** The run of rows with the same account that the current row is in ({@link RemittanceBlock#runStart}). */
    private int run;
    /** The current row once read by {@link #sequential}. */
    private RemittanceLine row;
    private final RemittanceBlock.LineMark firstMark = new RemittanceBlock.LineMark();
    private long rows;
    private long rejected;
    private boolean finished;
    private volatile boolean closed;

    /** Workers: one per core (at most 4). */
    public static ParallelRemittanceReader open(Path file, IssueSink sink) {
        return new ParallelRemittanceReader(file, sink, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), BLOCK);
    }

    ParallelRemittanceReader(Path file, IssueSink sink, int workers, int blockSize) {
        this.path = file;
        this.file = file.getFileName().toString();
        this.sink = sink == null ? IssueSink.IGNORE : sink;
        this.blockSize = blockSize;
        // the header, the encoding and the first block's bytes: exactly as the sequential reader has them
        this.header = RemittanceReader.open(file, this.sink);
        if (!(header.source() instanceof CsvTokenizer t)) {
            sequential = header;
            threads = new Thread[0];
            return;
        }
        charset = t.charset();
        col = header.columnIndex();
        firstMark.publish(t.nextLine() - 1);
        int carry = t.bufferLimit() - t.position();
        byte[] first = java.util.Arrays.copyOfRange(t.buffer(), t.position(), t.bufferLimit());
        long offset = t.streamBytes() - carry;
        InputStream in = t.stream();
        threads = new Thread[workers + 1];
        // threads of named classes, not lambdas: the first lambda costs a cold JVM the set-up of method handles
        threads[0] = new Cutter(in, first, offset);
        for (int w = 1; w <= workers; w++) threads[w] = new Worker(w);
        for (Thread th : threads) {
            th.setDaemon(true);
            th.start();
        }
    }

    public String file() { return file; }

    /** False for an XLSX file, which is read on the calling thread. */
    public boolean parallel() { return threads.length > 0; }

    /** Rows read so far (header excluded), accepted or not; complete once {@link #next} returned null. */
    public long rowsRead() { return rows + (sequential != null ? sequential.rowsRead() : 0); }

    public long rowsRejected() { return rejected + (sequential != null ? sequential.rowsRejected() : 0); }

    /** Next accepted row in file order, or null at the end; rejected rows go to the sink, in file order. */
    public RemittanceLine next() {
        return advance() ? line() : null;
    }

    /** Moves to the next accepted row in file order; false at the end. Rejected rows go to the sink, in file order. */
    @Override
    public boolean advance() {
        if (sequential != null) return (row = sequential.next()) != null;
        RemittanceBlock b = current;
        if (b != null && ++index < b.size) {
            if (run + 1 < b.runs && b.runStart[run + 1] == index) run++;
            return true;
        }
        while (true) {
            if (b != null) {
                rows += b.rows;
                rejected += b.rejected;
                current = null;
                if (b.cutAt >= 0) {
                    readOnFrom(b.fileOffset + b.cutAt, b.base + b.cutLine);
                    return (row = sequential.next()) != null;
                }
                pool.add(b);
            }
            if (finished) return false;
            b = take();
            if (b == END) {
                finished = true;
                return false;
            }
            for (int i = 0; i < b.issues.size(); i++) sink.issue(b.issues.get(i));
            current = b;
            index = 0;
            run = 0;
            if (b.size > 0) return true;
        }
    }

    @Override
    public String accountNo() { return sequential != null ? row.accountNo() : current.account[index]; }

    @Override
    public int monthIndex() { return sequential != null ? row.monthIndex() : current.month[index]; }

    @Override
    public BusinessType type() { return sequential != null ? row.type() : current.type[index]; }

    @Override
    public long dueCents() { return sequential != null ? row.dueCents() : current.due[index]; }

    @Override
    public long paidCents() { return sequential != null ? row.paidCents() : current.paid[index]; }

    @Override
    public long sourceLine() { return sequential != null ? row.sourceLine() : current.line[index] + current.base; }

    /** The rest of the current row's run straight from the block's columns. */
    @Override
    public void addRun(RemittanceGroup group) {
        if (sequential != null) {
            RemittanceCursor.super.addRun(group);
            return;
        }
        RemittanceBlock b = current;
        int end = b.runEnd(run);
        group.add(b.month, b.due, b.paid, b.type, index, end);
        index = end - 1;
    }

    @Override
    public RemittanceLine line() { return sequential != null ? row : current.line(index); }

    private RemittanceBlock take() {
        RemittanceBlock b;
        try {
            b = ordered.take();
            b.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        }
        if (b.failure != null) {
            Throwable f = b.failure;
            if (f instanceof IOException) {
                throw new ImportException("读取文件失败：" + file + "（" + f.getMessage() + "）", f);
            }
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error err) throw err;
            throw new IllegalStateException(f);
        }
        return b;
    }

    /** A quoted field crosses a block boundary: the rest of the file, from that record on, is read in one stream. */
    private void readOnFrom(long offset, long firstLine) {
        stopThreads();
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            long skipped = 0;
            while (skipped < offset) {
                long s = in.skip(offset - skipped);
                if (s <= 0) throw new IOException("file shorter than expected");
                skipped += s;
            }
            sequential = new RemittanceReader(new CsvTokenizer(in, charset, false, firstLine), file, sink, col);
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the failure to read is what matters
                }
            }
            throw new ImportException("读取文件失败：" + file + " 第" + firstLine + "行附近（" + e.getMessage() + "）", e);
        }
    }

    private final class Cutter extends Thread {
        private final InputStream in;
        private final byte[] first;
        private final long offset;

        Cutter(InputStream in, byte[] first, long offset) {
            super("hpf-remittances");
            this.in = in;
            this.first = first;
            this.offset = offset;
        }

        @Override
        public void run() { cut(in, first, offset); }
    }

    private final class Worker extends Thread {
        Worker(int n) {
            super("hpf-remittances-" + n);
        }

        @Override
        public void run() { parse(); }
    }

    /** The reader thread: blocks ending after a record's line break, handed to the workers and to {@link #next}. */
    private void cut(InputStream in, byte[] first, long firstOffset) {
        byte[] carry = first;
        int carryLen = first.length;
        long offset = firstOffset;
        boolean eof = false;
        RemittanceBlock.LineMark mark = firstMark;
        try {
            while (!closed) {
                RemittanceBlock b = pool.poll();
                if (b == null) b = new RemittanceBlock();
                else b.reset();
                if (b.bytes.length < Math.max(blockSize, carryLen) + 1) b.bytes = new byte[Math.max(blockSize, carryLen) + blockSize / 2];
                System.arraycopy(carry, 0, b.bytes, 0, carryLen);
                int len = carryLen;
                int cut;
                while (true) {
                    while (len < blockSize && !eof) {
                        int r = in.read(b.bytes, len, b.bytes.length - len);
                        if (r < 0) eof = true;
                        else len += r;
                    }
                    cut = eof ? len : lastRecordEnd(b.bytes, len);
                    if (cut > 0 || eof) break;
                    // one record longer than the block: read on
                    b.bytes = java.util.Arrays.copyOf(b.bytes, b.bytes.length * 2);
                    int r = in.read(b.bytes, len, b.bytes.length - len);
                    if (r < 0) eof = true;
                    else len += r;
                }
                carryLen = len - cut;
                if (carry.length < carryLen) carry = new byte[Math.max(carryLen, blockSize)];
                System.arraycopy(b.bytes, cut, carry, 0, carryLen);
                if (cut == 0) break;
                b.length = cut;
                b.fileOffset = offset;
                offset += cut;
                b.start = mark;
                b.end = mark = new RemittanceBlock.LineMark();
                ordered.put(b);
                work.put(b);
                if (eof && carryLen == 0) break;
            }
            ordered.put(END);
        } catch (InterruptedException e) {
            // closed
        } catch (Throwable t) {
            RemittanceBlock f = new RemittanceBlock();
            f.failure = t;
            f.finish();
            try {
                ordered.put(f);
            } catch (InterruptedException ignored) {
                // closed
            }
        }
    }

    /** Offset after the last line break that ends a record if it is not inside quotes; −1 when there is none. */
    static int lastRecordEnd(byte[] b, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (b[i] == '\n') return i + 1;
            // a lone CR ends a line too; a CR just before LF is cut after the LF, and one at the very end must wait
            if (b[i] == '\r' && i + 1 < len && b[i + 1] != '\n') return i + 1;
        }
        return -1;
    }

    /** A worker thread: parses blocks. */
    private void parse() {
        RemittanceRowParser parser = new RemittanceRowParser(charset, file, col);
        try {
            while (!closed) {
                RemittanceBlock b = work.take();
                try {
                    parser.read(b);
                    b.number();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable t) {
                    b.failure = t;
                }
                b.finish();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private void stopThreads() {
        closed = true;
        for (Thread t : threads) t.interrupt();
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stopThreads();
        if (sequential != null && sequential != header) sequential.close();
        header.close();
    }
}
