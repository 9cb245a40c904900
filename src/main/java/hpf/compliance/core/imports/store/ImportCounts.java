package hpf.compliance.core.imports.store;

/** The counts of an import (or of one batch of it): rows created, updated, unchanged, rejected, lines with a warning. */
public final class ImportCounts {
    public long created, updated, unchanged, rejected, warnings;

    public ImportCounts() {}

    public ImportCounts(long created, long updated, long unchanged, long rejected, long warnings) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.warnings = warnings;
    }

    /** Adds another's counts to these. */
    public void add(ImportCounts o) {
        created += o.created;
        updated += o.updated;
        unchanged += o.unchanged;
        rejected += o.rejected;
        warnings += o.warnings;
    }

    /** A copy with {@code more} added. */
    public ImportCounts plus(ImportCounts more) {
        ImportCounts c = new ImportCounts(created, updated, unchanged, rejected, warnings);
        c.add(more);
        return c;
    }

    public long accepted() { return created + updated + unchanged; }

    public long getCreated() { return created; }
    public long getUpdated() { return updated; }
    public long getUnchanged() { return unchanged; }
    public long getRejected() { return rejected; }
    public long getWarnings() { return warnings; }

    @Override
    public String toString() {
        return "created=" + created + " updated=" + updated + " unchanged=" + unchanged + " rejected=" + rejected
                + " warnings=" + warnings;
    }
}
