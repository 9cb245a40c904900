package hpf.compliance.core.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * A stream of records whose fields are byte ranges in a buffer, so that numbers, months and dates are parsed
 * without building a String per field. CSV fills the buffer straight from the file; XLSX encodes its cell texts into
 * it (as UTF-8), which lets one set of field parsers serve both formats.
 */
public abstract class RecordSource implements Closeable {
    protected byte[] buf;
    protected int[] starts = new int[32];
    protected int[] ends = new int[32];
    /** true where a quoted field contains doubled quotes that must be unescaped when read as text */
    protected boolean[] escaped = new boolean[32];
    protected int count;
    protected long line;
    protected Charset charset;

    /** Advances to the next non-empty record; false at the end. */
    public abstract boolean next() throws IOException;

    /** Line (CSV) or row (XLSX) number of the current record, 1-based, as a user sees it in an editor or Excel. */
    public long line() { return line; }

    public int size() { return count; }

    public Charset charset() { return charset; }

    public byte[] buffer() { return buf; }

    /** Start of field i with surrounding blanks skipped; equals {@link #end} for a missing or empty field. */
    public int start(int i) {
        if (i < 0 || i >= count) return 0;
        int s = starts[i];
        int e = ends[i];
        while (s < e && (buf[s] == ' ' || buf[s] == '\t')) s++;
        return s;
    }

    public int end(int i) {
        if (i < 0 || i >= count) return 0;
        int s = starts[i];
        int e = ends[i];
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) e--;
        return e;
    }

    public boolean isBlank(int i) {
        return start(i) >= end(i);
    }

    /** Field i as text, trimmed; "" when absent. */
    public String text(int i) {
        int s = start(i);
        int e = end(i);
        if (s >= e) return "";
        if (!escaped[i]) return new String(buf, s, e - s, charset);
        byte[] out = new byte[e - s];
        int n = 0;
        for (int p = s; p < e; p++) {
            out[n++] = buf[p];
            if (buf[p] == '"' && p + 1 < e && buf[p + 1] == '"') p++;
        }
        return new String(out, 0, n, charset);
    }

    /** True when field i holds exactly the bytes of {@code other} (used to reuse the previous row's account String). */
    public boolean fieldEquals(int i, byte[] other, int otherLen) {
        int s = start(i);
        int e = end(i);
        if (e - s != otherLen || escaped[i]) return false;
        for (int k = 0; k < otherLen; k++) if (buf[s + k] != other[k]) return false;
        return true;
    }

    protected void ensureFieldCapacity(int n) {
        if (n < starts.length) return;
        int cap = Math.max(n + 1, starts.length * 2);
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
        escaped = java.util.Arrays.copyOf(escaped, cap);
    }
}
