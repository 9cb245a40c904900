package hpf.compliance.core.imports.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The originals of an import's messages (their translations are in data/HpfL10n*.xml) and the batch's failure text
 * for a stop of its run: the core's texts are English, the host says them in the user's language.
 */
final class ImportMessages {
    private ImportMessages() {}

    static final String NOT_FOUND = "Import batch not found";
    static final String ALREADY_PROCESSED = "This import batch has already been processed";
    static final String UNEXPECTED = "An unexpected error stopped the import (see the server log)";
    static final String IMPORT_FAILED = "The import failed";
    static final String COLLISION = "Lines ${fromLine} to ${toLine} could not be saved because another import was writing the same rows at the same time; the lines before them are saved. Import the file again when the other import has finished.";
    static final String DATABASE = "Lines ${fromLine} to ${toLine} could not be saved because of a database error (see the server log); the lines before them are saved. Import the file again once the cause is removed.";

    /** The batch's text for a stop of the run (null when it ran through), logging an unexpected error. */
    static String failureText(ImportHost host, String importBatchId, ImportRun.Failure f) {
        if (f == null) return null;
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("fromLine", f.fromLine());
        lines.put("toLine", f.toLine());
        return switch (f.kind()) {
            case FILE -> f.message();
            case COLLISION -> host.expand(COLLISION, lines);
            case DATABASE -> host.expand(DATABASE, lines);
            case UNEXPECTED -> {
                host.logError("Import batch " + importBatchId + " failed", f.cause());
                yield host.localize(UNEXPECTED) + ": " + f.message();
            }
        };
    }
}
