package hpf.compliance.cli;

import hpf.compliance.core.screening.ScreeningTableWriter;
import hpf.compliance.core.screening.UnitScreening;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Detail rows must come out ordered by branch, then account. Units arrive in account order, so one temporary file
 * per branch, concatenated in branch order at the end, gives that order without holding targets in memory.
 */
final class DetailSpool implements Closeable {
    private final Path dir;
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<String, BufferedWriter> writers = new TreeMap<>();
    private final StringBuilder sb = new StringBuilder(256);

    DetailSpool(Path dir) {
        this.dir = dir;
    }

    void add(UnitScreening s) throws IOException {
        String branch = s.unit().branch();
        BufferedWriter w = writers.get(branch);
        if (w == null) {
            Path f = TempFiles.newFile(dir, "hpf-detail-", ".csv");
            files.put(branch, f);
            w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
            writers.put(branch, w);
        }
        sb.setLength(0);
        ScreeningTableWriter.appendCsv(sb, ScreeningTableWriter.detailCells(s));
        w.write(sb.toString());
    }

    /** Writes the header and every branch's rows to {@code out}. */
    void writeTo(OutputStream out, String header) throws IOException {
        for (BufferedWriter w : writers.values()) w.close();
        writers.clear();
        out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path f : files.values()) Files.copy(f, out);
    }

    @Override
    public void close() {
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the spool is being discarded
            }
        }
        writers.clear();
        for (Path f : files.values()) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
        files.clear();
    }
}
