package hpf.compliance.core.screening.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.screening.ScreeningParams;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a screening may start while other runs of the same campaign are unfinished (no completion, no failure):
 * a run that reported progress (or started) within {@link #STALE_MILLIS} is running and refuses the new one; an older
 * one is taken for crashed (its JVM died or was stopped) and no longer blocks: the caller marks it failed. The caller
 * decides under a database lock (SELECT … FOR UPDATE on the campaign row), so two app servers decide one at a time.
 * {@link #claim} is that caller: the lock, the read of the unfinished runs and the new run's row, in one transaction.
 */
public final class ScreeningRunClaim {
    private ScreeningRunClaim() {}

    /** A run silent for this long is taken for crashed: runs report every few thousand units, and per write batch. */
    public static final long STALE_MILLIS = 10 * 60 * 1000L;

    /** An unfinished run as stored. */
    public record OpenRun(String screeningRunId, Timestamp startedDate, Timestamp progressDate) {
        Timestamp lastSign() {
            return progressDate != null ? progressDate : startedDate;
        }
    }

    /** The decision: the run that blocks (null: the new run may start), and the crashed runs to mark failed. */
    public record Decision(OpenRun running, List<OpenRun> stale) {
        public boolean refused() { return running != null; }
    }

    public static Decision decide(List<OpenRun> unfinished, Timestamp now, long staleMillis) {
        OpenRun running = null;
        List<OpenRun> stale = new ArrayList<>();
        for (OpenRun r : unfinished) {
            Timestamp last = r.lastSign();
            if (last != null && now.getTime() - last.getTime() < staleMillis) {
                if (running == null || last.after(running.lastSign())) running = r;
            } else {
                stale.add(r);
            }
        }
        return new Decision(running, stale);
    }

    /**
     * One unfinished run per campaign: the campaign's unfinished runs are read while the campaign row is held FOR
     * UPDATE, runs silent for {@link #STALE_MILLIS} are marked failed, and the new run is recorded, all in one
     * transaction. Answers the refusal naming the running run, or null when claimed.
     */
    static String claim(ScreeningHost host, TableMap runTable, String runId, ScreeningJob.Request req,
                        ScreeningHost.Campaign campaign, String branchId, ScreeningParams params) {
        return host.transaction(600, ScreeningRunRows.ERROR, ScreeningJob.RUN_ENTITY, c -> {
            Timestamp now = host.now();
            if (campaign != null) {
                TableMap ct = host.table(ScreeningJob.CAMPAIGN_ENTITY);
                try (PreparedStatement ps = c.prepareStatement("SELECT " + ct.column("campaignId") + " FROM " + ct.table()
                        + " WHERE " + ct.column("campaignId") + " = ? FOR UPDATE")) {
                    ps.setString(1, campaign.campaignId());
                    ps.executeQuery().close();
                }
                List<OpenRun> open = new ArrayList<>();
                Map<String, Long> unitsDone = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + BatchSql.columns(runTable, "screeningRunId", "startedDate",
                        "progressDate", "unitsDone") + " FROM " + runTable.table() + " WHERE " + runTable.column("campaignId")
                        + " = ? AND " + runTable.column("completedDate") + " IS NULL AND " + runTable.column("failedDate") + " IS NULL")) {
                    ps.setString(1, campaign.campaignId());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            open.add(new OpenRun(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3)));
                            long done = rs.getLong(4);
                            if (!rs.wasNull()) unitsDone.put(rs.getString(1), done);
                        }
                    }
                }
                Decision decision = decide(open, now, STALE_MILLIS);
                for (OpenRun stale : decision.stale())
                    BatchSql.update(c, runTable, "screeningRunId", List.of(ScreeningRunRows.stamped(host, runTable,
                            ScreeningJob.fields("screeningRunId", stale.screeningRunId(), "failedDate", now,
                                    "failureText", host.localize("The run stopped reporting progress and was taken for crashed")))));
                if (decision.refused()) {
                    String running = decision.running().screeningRunId();
                    Long done = unitsDone.get(running);
                    return host.expand("A screening of campaign ${campaignName} is already running (run ${screeningRunId}, ${unitsDone} units done); start again when it has finished",
                            ScreeningJob.fields("campaignName", campaign.campaignName(), "screeningRunId", running, "unitsDone", done == null || done == 0 ? 0 : done));
                }
            }
            Map<String, Object> row = ScreeningJob.fields("screeningRunId", runId, "campaignId", campaign == null ? null : campaign.campaignId(),
                    "runTypeEnumId", req.runTypeEnumId(), "branchId", branchId, "cutoffMonth", Months.format(params.cutoff()),
                    "assessMonth", Months.format(params.assess()), "stopThresholdMonths", params.stopMonths(),
                    "runByUserId", host.auditor() == null ? null : host.auditor().userId(), "startedDate", now,
                    "progressDate", now, "unitsDone", 0L, "issuesFound", 0L);
            BatchSql.insert(c, runTable, List.of(ScreeningRunRows.stamped(host, runTable, row)));
            return null;
        });
    }
}
