package hpf.compliance.core.screening.store;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a screening may start while other runs of the same campaign are unfinished (no completion, no failure):
 * a run that reported progress (or started) within {@link #STALE_MILLIS} is running and refuses the new one; an older
 * one is taken for crashed (its JVM died or was stopped) and no longer blocks: the caller marks it failed. The caller
 * decides under a database lock (SELECT … FOR UPDATE on the campaign row), so two app servers decide one at a time.
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
}
