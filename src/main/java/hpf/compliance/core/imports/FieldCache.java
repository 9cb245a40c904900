package hpf.compliance.core.imports;

/**
 * What a reader made of a field's bytes, kept for the next rows that hold the same bytes: exports repeat a few
 * branch names, statuses and rates on every row, and decoding and parsing them again each time is most of the work
 * of reading a unit row. Holds up to {@link #SIZE} distinct values, the first ones seen; a field that escapes quotes
 * is never kept (its bytes are not its text).
 */
final class FieldCache<V> {
    static final int SIZE = 16;
    private final byte[][] keys = new byte[SIZE][];
    private final Object[] values = new Object[SIZE];
    private int size;

    /** The value kept for field {@code i} of the current record of {@code src}, or null. */
    @SuppressWarnings("unchecked")
    V get(RecordSource src, int i) {
        if (i < 0 || i >= src.count || src.escaped[i]) return null;
        int s = src.start(i);
        int e = src.end(i);
        byte[] b = src.buf;
        int len = e - s;
        outer:
        for (int k = 0; k < size; k++) {
            byte[] key = keys[k];
            if (key.length != len) continue;
            for (int j = 0; j < len; j++) if (key[j] != b[s + j]) continue outer;
            return (V) values[k];
        }
        return null;
    }

    /** Keeps {@code value} for the bytes of field {@code i} of the current record (when there is room). */
    void put(RecordSource src, int i, V value) {
        if (size == SIZE || value == null || i < 0 || i >= src.count || src.escaped[i]) return;
        int s = src.start(i);
        keys[size] = java.util.Arrays.copyOfRange(src.buf, s, src.end(i));
        values[size] = value;
        size++;
    }
}
