package hpf.compliance.core.imports;

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
 * by one {@link RemittanceReader}, on the calling thread. An XLSX file is always read that way.
 */
public final class ParallelRemittanceReader implements AutoCloseable {
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
    private int index;
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
        threads[0] = new Thread(() -> cut(in, first, offset), "hpf-remittances");
        for (int w = 1; w <= workers; w++) threads[w] = new Thread(this::parse, "hpf-remittances-" + w);
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
        if (sequential != null) return sequential.next();
        RemittanceBlock b = current;
        while (b == null || index >= b.size) {
            if (b != null) {
                rows += b.rows;
                rejected += b.rejected;
                current = null;
                if (b.cutAt >= 0) {
                    readOnFrom(b.fileOffset + b.cutAt, b.base + b.cutLine);
                    return sequential.next();
                }
                pool.add(b);
            }
            if (finished) return null;
            b = take();
            if (b == END) {
                finished = true;
                return null;
            }
            for (int i = 0; i < b.issues.size(); i++) sink.issue(b.issues.get(i));
            current = b;
            index = 0;
        }
        RemittanceLine[] lines = b.lines;
        int i = index++;
        RemittanceLine l = lines[i];
        lines[i] = null; // a recycled block must not keep rows alive
        return l;
    }

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

    /** A worker thread: tokenizes and parses blocks. */
    private void parse() {
        try {
            while (!closed) {
                RemittanceBlock b = work.take();
                try {
                    IssueSink issues = b.issues::add;
                    new RemittanceReader(new CsvTokenizer(b.bytes, b.length, charset), file, issues, col).readBlock(b);
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
