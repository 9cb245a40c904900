package hpf.compliance.core.screening.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row of one screening run ({@code ScreeningRun}: no ECA, no audited field, so plain JDBC): its progress, saved at
 * most once a second, and its failure, each in a transaction of its own so that the batch page sees them while the run
 * goes on. The claim of a new run is {@link ScreeningRunClaim}'s.
 */
final class ScreeningRunRows {
    static final String ERROR = "Could not record the screening run";

    private final ScreeningHost host;
    private final TableMap runTable;
    private final String runId;
    private final long started;
    private long lastReport, unitsRead;

    ScreeningRunRows(ScreeningHost host, TableMap runTable, String runId, long started) {
        this.host = host;
        this.runTable = runTable;
        this.runId = runId;
        this.started = started;
    }

    String runId() { return runId; }

    /** Units read so far (the last progress reported by the read pass). */
    long unitsRead() { return unitsRead; }

    /** Progress (own transaction) at most once a second. */
    void progress(long read, long issues) {
        unitsRead = read;
        long elapsed = System.currentTimeMillis() - started;
        if (elapsed - lastReport < 1000) return;
        lastReport = elapsed;
        save(ScreeningJob.fields("progressDate", host.now(), "unitsDone", read, "issuesFound", issues,
                "unitsPerSecond", read * 1000L / Math.max(1L, elapsed)));
    }

    /** Records the failure on the run and answers it as the service's error. */
    ScreeningJob.Outcome fail(ScreeningJob.Outcome out, String message) {
        save(ScreeningJob.fields("failedDate", host.now(), "failureText", message));
        return out.error(message);
    }

    /** Saves fields of the run row in a transaction of its own. */
    void save(Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put("screeningRunId", runId);
        host.transaction(600, ERROR, ScreeningJob.RUN_ENTITY,
                c -> BatchSql.update(c, runTable, "screeningRunId", List.of(stamped(host, runTable, row))));
    }

    static boolean isUnfinished(Connection c, TableMap runTable, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BatchSql.columns(runTable, "completedDate", "failedDate") + " FROM "
                + runTable.table() + " WHERE " + runTable.column("screeningRunId") + " = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) == null && rs.getTimestamp(2) == null;
            }
        }
    }

    /** The row with its lastUpdatedStamp set when the entity has one (the entity facade would set it). */
    static Map<String, Object> stamped(ScreeningHost host, TableMap t, Map<String, Object> row) {
        if (t.has("lastUpdatedStamp")) row.put("lastUpdatedStamp", host.now());
        return row;
    }
}
