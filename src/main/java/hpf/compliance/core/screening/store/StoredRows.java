package hpf.compliance.core.screening.store;

import java.sql.Connection;

/**
 * The read pass shared by the screening ({@link ScreeningJob}) and the risk scoring ({@code score#Units}): both cursors
 * (units, remittances, each ordered by the unit id alone) opened on one connection, handed to the work, and closed.
 * The caller reads inside a transaction of its own (autocommit off, so PostgreSQL streams with the fetch size).
 */
public final class StoredRows {
    private StoredRows() {}

    public static final String UNIT_ENTITY = "hpf.compliance.EmployerUnit";
    public static final String REMITTANCE_ENTITY = "hpf.compliance.UnitRemittance";

    /** What is done with the two cursors. */
    @FunctionalInterface
    public interface Work<T> {
        T read(StoreCursor<StoredUnit> units, StoreCursor<StoredRemittance> remittances) throws Exception;
    }

    public static <T> T read(Connection c, TableMap units, TableMap remittances, boolean skipUnregistered,
                             boolean withWorkerCounts, Work<T> work) throws Exception {
        try (StoreCursor<StoredUnit> u = StoreCursor.units(c, units, skipUnregistered);
             StoreCursor<StoredRemittance> r = StoreCursor.remittances(c, remittances, withWorkerCounts)) {
            return work.read(u, r);
        }
    }
}
