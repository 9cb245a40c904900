package hpf.compliance.core.imports;

/** The file as a whole cannot be read (missing, unreadable, a required column absent). Message in Chinese for staff. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
