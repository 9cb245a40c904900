package hpf.compliance.core.casefile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes case files (一户一档) as one ZIP straight onto a stream (an HTTP response): one folder per target, its documents
 * numbered in file order, and its 卷内目录 as {@value CaseFileNames#INDEX_NAME}. Each document goes out as soon as it
 * is added and nothing of it is kept but its index row, so a branch of thousands of targets needs the memory of one
 * document, never of the ZIP. The index is written after the folder's documents (it needs their page counts) under
 * a name that sorts first.
 */
public final class CaseFileZip implements Closeable {
    /** One line of the 卷内目录. */
    public record IndexRow(int seq, String documentNumber, String author, String title, String dateText, Integer pages,
                           String fileName, String note) {}

    private final ZipOutputStream zip;
    private final Set<String> folders = new HashSet<>();
    private String folder;
    private final List<IndexRow> rows = new ArrayList<>();
    private int fileCount;
    private int folderCount;
    private boolean finished;

    public CaseFileZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // PDFs and scans are compressed already: spend as little time as possible deflating them
        this.zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Starts the folder of the next target; a name already used gets a suffix. */
    public String beginFolder(String name) {
        String base = CaseFileNames.clean(name);
        if (base.isEmpty()) base = "case-file";
        String unique = base;
        for (int i = 2; !folders.add(unique); i++) unique = base + "-" + i;
        folder = unique;
        rows.clear();
        folderCount++;
        return folder;
    }

    /** Adds a document whose content is in memory (a rendered PDF: its pages are counted). */
    public IndexRow add(CaseFileDocument d, byte[] content) {
        Integer pages = "pdf".equals(d.extension()) ? pageCount(content) : imagePages(d.extension());
        return write(d, pages, null, out -> out.write(content));
    }

    /** Adds a document copied from a stream (an uploaded attachment other than a PDF); the stream is not closed. */
    public IndexRow add(CaseFileDocument d, InputStream content) {
        return write(d, imagePages(d.extension()), null, content::transferTo);
    }

    /** Adds a short text in place of a document that could not be produced, saying why; the index notes it. */
    public IndexRow addFailure(CaseFileDocument d, String reason) {
        CaseFileDocument txt = new CaseFileDocument(d.date(), d.kindOrder(), d.sourceId(), d.title(), d.documentNumber(),
                d.author(), "txt", d.key());
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return write(txt, null, "未能生成", out -> out.write(text));
    }

    /** The index rows of the current folder so far. */
    public List<IndexRow> rows() {
        return List.copyOf(rows);
    }

    /** Writes the folder's 卷内目录 (a PDF made from {@link #rows()}). */
    public void writeIndex(byte[] pdf) {
        entry(CaseFileNames.INDEX_NAME, out -> out.write(pdf));
    }

    /** Documents written, indexes included. */
    public int fileCount() {
        return fileCount;
    }

    public int folderCount() {
        return folderCount;
    }

    /** Writes the ZIP's directory; the underlying stream stays open. */
    public void finish() {
        if (finished) return;
        try {
            zip.finish();
            zip.flush();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        finish();
    }

    /** Pages of a PDF, or null when it cannot be read. */
    public static Integer pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Integer imagePages(String extension) {
        return switch (extension) {
            case "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp" -> 1;
            default -> null;
        };
    }

    private interface Body { void writeTo(OutputStream out) throws IOException; }

    private IndexRow write(CaseFileDocument d, Integer pages, String note, Body body) {
        if (folder == null) throw new IllegalStateException("beginFolder first");
        int seq = rows.size() + 1;
        String name = CaseFileNames.documentName(seq, d);
        entry(name, body);
        IndexRow row = new IndexRow(seq, d.documentNumber(), d.author(), d.title(), CaseFileNames.indexDate(d.date()), pages, name, note);
        rows.add(row);
        return row;
    }

    private void entry(String name, Body body) {
        if (folder == null) throw new IllegalStateException("beginFolder first");
        try {
            zip.putNextEntry(new ZipEntry(folder + "/" + name));
            body.writeTo(zip);
            zip.closeEntry();
            fileCount++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
