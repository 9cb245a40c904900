package hpf.compliance.core.screening;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts a stream larger than memory: chunks are sorted in memory and written to temporary run files, which are then
 * merged. This is the fallback when an export is not in account order, so the merge-join can still run within a
 * bounded heap. The sort is stable: records with equal keys keep their input order.
 */
public final class ExternalSorter<T> implements Closeable {
    /** Binary form of a record in a run file. */
    public interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    private final Comparator<T> comparator;
    private final Codec<T> codec;
    private final int chunkSize;
    private final Path tempDir;
    private final List<Path> runs = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();

    public ExternalSorter(Comparator<T> comparator, Codec<T> codec, int chunkSize, Path tempDir) {
        this.comparator = comparator;
        this.codec = codec;
        this.chunkSize = chunkSize;
        this.tempDir = tempDir;
    }

    /** Drains {@code input} and returns its records in order; the returned source is valid until {@link #close}. */
    public MergeJoinScreening.Source<T> sort(MergeJoinScreening.Source<T> input) {
        try {
            List<T> chunk = new ArrayList<>(Math.min(chunkSize, 1 << 16));
            for (T v = input.next(); v != null; v = input.next()) {
                chunk.add(v);
                if (chunk.size() >= chunkSize) {
                    writeRun(chunk);
                    chunk.clear();
                }
            }
            if (runs.isEmpty()) {
                chunk.sort(comparator);
                java.util.Iterator<T> it = chunk.iterator();
                return () -> it.hasNext() ? it.next() : null;
            }
            if (!chunk.isEmpty()) writeRun(chunk);
            chunk = null;
            return merge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRun(List<T> chunk) throws IOException {
        chunk.sort(comparator);
        Path run = Files.createTempFile(tempDir, "hpf-sort-", ".run");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (T v : chunk) codec.write(out, v);
        }
    }

    private record Head<T>(T value, int run) { }

    private MergeJoinScreening.Source<T> merge() throws IOException {
        Comparator<Head<T>> byValue = (a, b) -> {
            int c = comparator.compare(a.value, b.value);
            return c != 0 ? c : Integer.compare(a.run, b.run);
        };
        PriorityQueue<Head<T>> heap = new PriorityQueue<>(byValue);
        for (int i = 0; i < runs.size(); i++) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(i)), 1 << 16));
            open.add(in);
            T v = read(in);
            if (v != null) heap.add(new Head<>(v, i));
        }
        return () -> {
            Head<T> h = heap.poll();
            if (h == null) return null;
            T next = read(open.get(h.run));
            if (next != null) heap.add(new Head<>(next, h.run));
            return h.value;
        };
    }

    private T read(DataInputStream in) {
        try {
            return codec.read(in);
        } catch (EOFException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException ignored) {
                // temp files are removed below regardless
            }
        }
        open.clear();
        for (Path p : runs) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
        runs.clear();
    }
}
