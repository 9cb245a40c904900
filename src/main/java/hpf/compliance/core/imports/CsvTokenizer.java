package hpf.compliance.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * RFC 4180 CSV reader working on bytes. Comma, quote, CR and LF never occur inside a multi-byte character of UTF-8 or
 * GBK/GB18030, so records can be split before decoding and only text fields are ever decoded. Quoted fields may
 * contain commas, doubled quotes and line breaks. Characters after a closing quote up to the next delimiter are
 * ignored rather than rejected, because hand-edited exports contain them.
 */
public final class CsvTokenizer extends RecordSource {
    private static final int DETECT_BLOCK = 64 * 1024;
    private final InputStream in;
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    /** Bytes taken from the stream so far. */
    private long streamBytes;
    /** Offset in the buffer where the current record starts. */
    private int recordStart;
    /** The current record reached the end of the input inside a quoted field. */
    private boolean openQuote;

    /** Reads with the given charset, or detects it from the first block when {@code charset} is null. */
    public CsvTokenizer(InputStream in, Charset charset) throws IOException {
        this(in, charset, true, 1);
    }

    /**
     * Reads from a record boundary inside a file: {@code firstLine} is the line number of the first record, and a
     * byte-order mark is only looked for when {@code atFileStart}.
     */
    CsvTokenizer(InputStream in, Charset charset, boolean atFileStart, long firstLine) throws IOException {
        this.in = in;
        this.buf = new byte[1 << 20];
        this.nextLine = firstLine;
        while (limit < DETECT_BLOCK && !eof) fill();
        this.charset = charset != null ? charset : Encodings.detect(buf, 0, limit);
        if (atFileStart && Encodings.hasUtf8Bom(buf, 0, limit)) pos = 3;
    }

    /**
     * The records of one block of a file, {@code block[0, length)}, which starts at a record boundary (line numbers
     * count from 1 within the block); the end of the block is the end of the input. See {@link #endedInQuote}.
     */
    CsvTokenizer(byte[] block, int length, Charset charset) {
        this.in = null;
        this.buf = block;
        this.limit = length;
        this.eof = true;
        this.charset = charset;
    }

    /** Goes on from offset {@code position} of a block, a record boundary, whose record is on line {@code lineNo}. */
    void seek(int position, long lineNo) {
        pos = position;
        nextLine = lineNo;
    }

    /** True when the current record ran into the end of the input inside a quoted field. */
    boolean endedInQuote() { return openQuote; }

    /** Offset in {@link #buffer} where the current record starts. */
    int recordStart() { return recordStart; }

    /** Offset in {@link #buffer} of the first byte not yet tokenized; {@link #bufferLimit} is the end of what was read. */
    int position() { return pos; }

    int bufferLimit() { return limit; }

    /** Line number the next record will have. */
    long nextLine() { return nextLine; }

    /** Bytes taken from the stream so far (the file offset of {@link #bufferLimit}). */
    long streamBytes() { return streamBytes; }

    /** The stream the tokenizer reads; whoever takes it over reads on from {@link #streamBytes}. */
    InputStream stream() { return in; }

    private void fill() throws IOException {
        if (limit == buf.length) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            } else {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
            streamBytes += r;
        }
    }

    private void compactAndFill() throws IOException {
        if (pos > 0 && limit - pos < buf.length / 2) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        fill();
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            int r = parseRecord();
            if (r > 0) {
                if (count == 1 && starts[0] == ends[0]) continue; // blank line
                return true;
            }
            if (r < 0) return false;
            compactAndFill();
        }
    }

    /** 1 = record parsed, 0 = need more input (nothing consumed), -1 = end of input. */
    private int parseRecord() {
        final byte[] b = buf;
        final int lim = limit;
        int p = pos;
        if (p >= lim) return eof ? -1 : 0;
        int n = 0;
        int lines = 0;
        boolean open = false;
        while (true) {
            if (n >= starts.length) ensureFieldCapacity(n);
            if (p < lim && b[p] == '"') {
                p++;
                int s = p;
                boolean esc = false;
                int innerLines = 0;
                while (true) {
                    if (p >= lim) {
                        if (!eof) return 0;
                        open = true;
                        break; // unterminated quote at end of file: take what is there
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) return 0;
                        if (p + 1 < lim && b[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') innerLines++;
                    p++;
                }
                starts[n] = s;
                ends[n] = Math.min(p, lim);
                escaped[n] = esc;
                lines += innerLines;
                if (p < lim) p++;
                while (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') p++;
                if (p >= lim && !eof) return 0;
            } else {
                int s = p;
                while (p < lim) {
                    byte c = b[p];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    p++;
                }
                if (p >= lim && !eof) return 0;
                starts[n] = s;
                ends[n] = p;
                escaped[n] = false;
            }
            n++;
            if (p >= lim) break; // end of file ends the record
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= lim && !eof) return 0;
                p++;
                if (p < lim && b[p] == '\n') p++;
            } else {
                p++;
            }
            lines++;
            break;
        }
        count = n;
        recordStart = pos;
        openQuote = open;
        pos = p;
        line = nextLine;
        nextLine += Math.max(lines, 1);
        return 1;
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
    }
}
