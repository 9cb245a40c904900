package hpf.compliance.core.imports;

/** A field that cannot be parsed. Thrown per bad field, so it skips the stack trace (rejects can be numerous). */
final class FieldException extends RuntimeException {
    final String code;

    FieldException(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }
}
