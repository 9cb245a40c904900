package hpf.compliance.cli;

import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.screening.ScreeningTableWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects issues of one file and one severity in a temporary file (a bad export can produce millions), so a run
 * that has to restart (unsorted input) can discard them and the report can list each file's issues together.
 * Synchronized: the readers report from their own threads.
 */
final class IssueSpool implements IssueSink, Closeable {
    private final Path file;
    private final BufferedWriter writer;
    private final StringBuilder sb = new StringBuilder(128);
    private long count;

    IssueSpool(Path dir) throws IOException {
        this.file = TempFiles.newFile(dir, "hpf-issues-", ".csv");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void issue(ImportIssue i) {
        sb.setLength(0);
        String reason = i.value() == null || i.value().isEmpty() ? i.reason() : i.reason() + "：" + i.value();
        ScreeningTableWriter.appendCsv(sb, i.file(), Long.toString(i.line()), i.column(), reason);
        try {
            writer.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    synchronized long count() { return count; }

    synchronized void copyTo(OutputStream out) throws IOException {
        writer.flush();
        Files.copy(file, out);
    }

    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
