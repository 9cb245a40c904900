package hpf.compliance.core.imports;

/**
 * A problem with one row of an import file. {@code code} is stable (for filters and localization), {@code reason} is
 * the Chinese text shown to staff. An ERROR means the row was rejected; a WARNING means it was kept.
 */
public record ImportIssue(String file, long line, String column, String code, String reason, String value, Severity severity) {
    public enum Severity { ERROR, WARNING }

    public boolean rejected() {
        return severity == Severity.ERROR;
    }
}
