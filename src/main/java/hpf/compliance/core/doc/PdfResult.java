package hpf.compliance.core.doc;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link PdfRenderer#tryRender}: the PDF, or why there is none. A caller that serves documents shows
 * the failure to the user (what is missing and how to fix it) instead of catching exceptions.
 *
 * @param pdf      the document, null on failure
 * @param failure  null when the PDF was produced
 * @param detail   the technical reason (for the log and the administrator), null on success
 * @param searched where fonts were looked for, in that order
 */
public record PdfResult(byte[] pdf, Failure failure, String detail, List<Path> searched) {

    public enum Failure {
        /** No font with Chinese characters and TrueType outlines in the searched locations. */
        NO_CJK_FONT,
        /** The document could not be laid out or written (e.g. not well-formed XHTML). */
        RENDER_FAILED
    }

    public PdfResult {
        searched = searched == null ? List.of() : List.copyOf(searched);
        if ((pdf == null) == (failure == null)) throw new IllegalArgumentException("either a PDF or a failure");
    }

    public static PdfResult of(byte[] pdf, List<Path> searched) {
        return new PdfResult(pdf, null, null, searched);
    }

    public static PdfResult failed(Failure failure, String detail, List<Path> searched) {
        return new PdfResult(null, failure, detail, searched);
    }

    public boolean ok() {
        return failure == null;
    }
}
