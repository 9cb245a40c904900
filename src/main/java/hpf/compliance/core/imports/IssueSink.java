package hpf.compliance.core.imports;

/** Receives rejected rows and warnings while a reader streams; the caller decides whether to keep, count or write them. */
@FunctionalInterface
public interface IssueSink {
    void issue(ImportIssue issue);

    IssueSink IGNORE = i -> { };
}
