package hpf.compliance.core.imports.store;

import hpf.compliance.core.screening.store.PaidThroughStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paid-through month (缴至年月) of the units an import changed, brought up to date in chunks of {@value #CHUNK}
 * after the rows are saved (also when a later batch failed: the saved ones count), or in one pass over both tables
 * when they are a city's worth ({@link PaidThroughStore#FULL_SCAN_MIN} units or more).
 */
final class PaidThroughUpdate {
    static final int CHUNK = 5000;

    private final ImportHost host;
    private final String importBatchId;

    PaidThroughUpdate(ImportHost host, String importBatchId) {
        this.host = host;
        this.importBatchId = importBatchId;
    }

    /**
     * update#UnitsPaidThrough in chunks, each followed by a sign of life of the batch: a city takes from tens of
     * seconds (PostgreSQL) to minutes (H2 under load), and a batch without one for hpf_import_stale_minutes would be
     * taken for a crashed run. A failure is logged.
     */
    void run(Set<String> unitIds, long rowsRead) {
        try {
            List<String> all = new ArrayList<>(unitIds);
            // from PaidThroughStore.FULL_SCAN_MIN units on, one pass over both tables costs less than chunks read by id
            // (a city's 200,000 units on H2: about half); the batch then shows a sign of life before and after it
            int chunk = all.size() >= PaidThroughStore.FULL_SCAN_MIN ? all.size() : CHUNK;
            if (chunk > CHUNK) signOfLife(rowsRead);
            for (int from = 0; from < all.size(); from += chunk) {
                host.updatePaidThrough(new ArrayList<>(all.subList(from, Math.min(all.size(), from + chunk))));
                signOfLife(rowsRead);
            }
        } catch (Exception e) {
            host.logError("Import batch " + importBatchId + ": paid-through months not updated", e);
        }
    }

    private void signOfLife(long rowsRead) throws Exception {
        host.inTransaction(60, "Could not record the import progress",
                () -> host.updateRecord(ImportJob.BATCH, Map.of("importBatchId", importBatchId, "totalRows", rowsRead)));
    }
}
