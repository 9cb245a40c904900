package hpf.compliance.core.imports.store;

import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.imports.ParallelRemittanceReader;
import hpf.compliance.core.imports.Rows;

/**
 * The parallel reader as the run's rows. Its own count of rows read grows a block (about 5,000 rows) at a time; for
 * the progress the rows taken so far count too (every row is accepted or rejected), and at the end its count.
 */
final class ParallelRows implements Rows<RemittanceLine>, AutoCloseable {
    private final ParallelRemittanceReader reader;
    private long taken;
    private boolean ended;

    ParallelRows(ParallelRemittanceReader reader) { this.reader = reader; }

    @Override
    public RemittanceLine next() {
        RemittanceLine l = reader.next();
        if (l == null) ended = true;
        else taken++;
        return l;
    }

    @Override
    public long rowsRead() { return ended ? reader.rowsRead() : Math.max(reader.rowsRead(), taken + reader.rowsRejected()); }

    @Override
    public long rowsRejected() { return reader.rowsRejected(); }

    @Override
    public void close() { reader.close(); }
}
