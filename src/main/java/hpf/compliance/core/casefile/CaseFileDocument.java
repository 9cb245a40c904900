package hpf.compliance.core.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One document of a unit's case file (一户一档): what the 卷内目录 lists for it and where it sorts. {@code kindOrder}
 * is the position of its kind in the list of document providers, so documents of one day keep the order of the
 * procedure (a letter before its proof of service); {@code key} lets the caller find its own record again.
 *
 * @param date           the document's date (issue, service, interview, submission, upload); null sorts last
 * @param kindOrder      position of the document's kind among the providers
 * @param sourceId       the record's id, the last tie-breaker so the order is always the same
 * @param title          文件名称, e.g. 行政指导意见书
 * @param documentNumber 文号, or null
 * @param author         责任者: the center, or the unit for what the unit handed in
 * @param extension      file name extension without the dot: pdf, jpg …
 * @param key            the caller's handle on the record
 */
public record CaseFileDocument(LocalDate date, int kindOrder, String sourceId, String title, String documentNumber,
                               String author, String extension, int key) {
    public CaseFileDocument {
        Objects.requireNonNull(title, "title");
        extension = extension == null || extension.isBlank() ? "bin" : extension.toLowerCase(java.util.Locale.ROOT);
        sourceId = sourceId == null ? "" : sourceId;
    }

    /** Date order; on one day the order of the kinds; then the record id. */
    public static final Comparator<CaseFileDocument> FILE_ORDER = Comparator
            .comparing(CaseFileDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(CaseFileDocument::kindOrder)
            .thenComparing(CaseFileDocument::sourceId);
}
