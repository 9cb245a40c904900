package hpf.compliance.core.screening.store;

import hpf.compliance.core.Months;
import hpf.compliance.core.rules.RecoveryCalculator;
import hpf.compliance.core.screening.StoredScreening;
import hpf.compliance.core.screening.UnitScreening;
import hpf.compliance.core.screening.support.ScreeningFigures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The write pass of the screening service: the run's targets and arrears alerts written as JDBC batches
 * ({@link BatchSql}), a batch per transaction, instead of one entity-facade create or update per row. The effects
 * the entity facade would have had on these rows and that this class can have itself are kept:
 * <ul>
 * <li>{@code lastUpdatedStamp} set on every row written;</li>
 * <li>the audit log of {@code statusId} (enable-audit-log="true" on CampaignTarget and ArrearsAlert): one
 *     EntityAuditLog row for each new target and alert (the status it starts in) and for each alert resolved (old
 *     and new status), as Moqui writes them;</li>
 * <li>the rest is handed back for the caller to do through Moqui (see {@link Outcome}): the alerts opened (the
 *     reminder of entity/HpfReminder.eecas.xml), the targets changed (the search feed). The archive refusal
 *     (entity/HpfArchive.eecas.xml) is the caller's to check before writing.</li>
 * </ul>
 */
public final class ScreeningWriter {
    private ScreeningWriter() {}

    public static final String TARGET_ENTITY = "hpf.compliance.CampaignTarget";
    public static final String ALERT_ENTITY = "hpf.compliance.ArrearsAlert";

    /** Runs {@code work} in a transaction of its own with a connection of that transaction. */
    @FunctionalInterface
    public interface Tx {
        void run(SqlWork work);
    }

    @FunctionalInterface
    public interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /** An unresolved alert of the campaign read before the run: its id, status and the amount it recorded. */
    public record OpenAlert(String alertId, String statusId, BigDecimal amountOwed) {}

    /** Who changes the rows, for the audit log (as Moqui's changedByUserId, changedInVisitId, artifactStack). */
    public record Auditor(String userId, String visitId, String artifactStack) {}

    /** Where the rows go and what the run knows before writing. */
    public record Context(String campaignId, String runId, Timestamp now, String thisMonth, java.sql.Date alertDueDate,
                          Map<String, String> targetIdByUnit, Map<String, OpenAlert> openAlertByUnit,
                          Supplier<String> targetIds, Supplier<String> alertIds, Supplier<String> auditIds,
                          Auditor auditor, TableMap target, TableMap alert, TableMap auditLog, int batchSize) {}

    /** An alert the run opened, for its reminder. */
    public record OpenedAlert(String alertId, String unitId, BigDecimal amountOwed) {}

    public static final class Outcome {
        long created, updated, alertsCreated, alertsResolved;
        final List<OpenedAlert> opened = new ArrayList<>();
        final List<String> changedTargets = new ArrayList<>();

        public long created() { return created; }

        public long updated() { return updated; }

        public long alertsCreated() { return alertsCreated; }

        public long alertsResolved() { return alertsResolved; }

        /** Alerts created open: each reminds its unit (HpfReminderOnAlertOpened). */
        public List<OpenedAlert> opened() { return opened; }

        /** Ids of the targets created or updated (for the search feed). */
        public List<String> changedTargets() { return changedTargets; }
    }

    public static Outcome write(StoredScreening.Result result, Context ctx, Tx tx) {
        Outcome out = new Outcome();
        // targets (survey runs): new ones, and fresh figures for those the campaign already has
        inBatches(result.targets(), ctx.batchSize(), tx, (c, part) -> {
            List<Map<String, Object>> creates = new ArrayList<>(), updates = new ArrayList<>(), audits = new ArrayList<>();
            for (UnitScreening s : part) {
                String targetId = ctx.targetIdByUnit().get(s.unit().accountNo());
                if (targetId != null) {
                    updates.add(stamped(ScreeningFigures.targetRefresh(s, targetId, ctx.runId()), ctx.target(), ctx));
                } else {
                    Map<String, Object> row = ScreeningFigures.newTarget(s, ctx.campaignId(), ctx.runId(), ctx.now());
                    targetId = ctx.targetIds().get();
                    row.put("targetId", targetId);
                    creates.add(stamped(row, ctx.target(), ctx));
                    audits.add(audit(ctx, TARGET_ENTITY, targetId, null, (String) row.get("statusId")));
                }
                out.changedTargets.add(targetId);
            }
            BatchSql.insert(c, ctx.target(), creates);
            BatchSql.update(c, ctx.target(), "targetId", updates);
            BatchSql.insert(c, ctx.auditLog(), audits);
            out.created += creates.size();
            out.updated += updates.size();
        });
        // targets whose unit no longer owes what made it one: nothing owed, last run
        inBatches(result.cleared(), ctx.batchSize(), tx, (c, part) -> {
            List<Map<String, Object>> updates = new ArrayList<>();
            for (UnitScreening s : part) {
                String targetId = ctx.targetIdByUnit().get(s.unit().accountNo());
                updates.add(stamped(ScreeningFigures.clearedTarget(s, targetId, ctx.runId()), ctx.target(), ctx));
                out.changedTargets.add(targetId);
            }
            BatchSql.update(c, ctx.target(), "targetId", updates);
            out.updated += updates.size();
        });
        // alerts: one unresolved alert per unit and campaign gets fresh figures, otherwise a new one is raised
        inBatches(result.alerts(), ctx.batchSize(), tx, (c, part) -> {
            List<Map<String, Object>> creates = new ArrayList<>(), updates = new ArrayList<>(), audits = new ArrayList<>();
            List<OpenedAlert> opened = new ArrayList<>();
            for (UnitScreening s : part) {
                OpenAlert open = ctx.openAlertByUnit().get(s.unit().accountNo());
                if (open != null) {
                    updates.add(stamped(ScreeningFigures.alertRefresh(s, open.alertId()), ctx.alert(), ctx));
                } else {
                    Map<String, Object> row = ScreeningFigures.newAlert(s, ctx.campaignId(), ctx.runId(), ctx.now());
                    String alertId = ctx.alertIds().get();
                    row.put("alertId", alertId);
                    row.put("dueDate", ctx.alertDueDate());
                    row.put("detectedMonth", ctx.thisMonth());
                    creates.add(stamped(row, ctx.alert(), ctx));
                    audits.add(audit(ctx, ALERT_ENTITY, alertId, null, (String) row.get("statusId")));
                    opened.add(new OpenedAlert(alertId, s.unit().accountNo(), s.amountOwed()));
                }
            }
            BatchSql.insert(c, ctx.alert(), creates);
            BatchSql.update(c, ctx.alert(), "alertId", updates);
            BatchSql.insert(c, ctx.auditLog(), audits);
            out.alertsCreated += creates.size();
            out.opened.addAll(opened);
        });
        // alerts of units without new arrears now: resolved when the unit owes nothing any more (the recovery rule)
        inBatches(result.alertsLeft(), ctx.batchSize(), tx, (c, part) -> {
            List<Map<String, Object>> updates = new ArrayList<>(), audits = new ArrayList<>();
            for (UnitScreening s : part) {
                OpenAlert open = ctx.openAlertByUnit().get(s.unit().accountNo());
                if (open == null) continue;
                BigDecimal recorded = open.amountOwed() == null ? BigDecimal.ZERO : open.amountOwed();
                if (!RecoveryCalculator.compute(recorded, s.amountOwed()).rectified()) continue;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("alertId", open.alertId());
                row.put("statusId", "HpfAlrResolved");
                row.put("closeReasonEnumId", "HpfAlcPaid");
                row.put("closedDate", ctx.now());
                row.put("closedMonth", ctx.thisMonth());
                row.put("amountOwed", s.amountOwed());
                row.put("paidThroughMonth", s.paidThroughMonth() == null ? null : Months.format(s.paidThroughMonth()));
                updates.add(stamped(row, ctx.alert(), ctx));
                audits.add(audit(ctx, ALERT_ENTITY, open.alertId(), open.statusId(), "HpfAlrResolved"));
            }
            BatchSql.update(c, ctx.alert(), "alertId", updates);
            BatchSql.insert(c, ctx.auditLog(), audits);
            out.alertsResolved += updates.size();
        });
        return out;
    }

    /** The EntityAuditLog row Moqui writes for a change of an audited field ({@code statusId} here). */
    static Map<String, Object> audit(Context ctx, String entityName, String pk, String oldValue, String newValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auditHistorySeqId", ctx.auditIds().get());
        m.put("changedEntityName", entityName);
        m.put("changedFieldName", "statusId");
        m.put("pkPrimaryValue", pk);
        m.put("oldValueText", oldValue);
        m.put("newValueText", newValue);
        m.put("changedDate", ctx.now());
        m.put("changedByUserId", ctx.auditor() == null ? null : ctx.auditor().userId());
        m.put("changedInVisitId", ctx.auditor() == null ? null : ctx.auditor().visitId());
        m.put("artifactStack", ctx.auditor() == null ? null : ctx.auditor().artifactStack());
        return m;
    }

    private static Map<String, Object> stamped(Map<String, Object> row, TableMap t, Context ctx) {
        if (t.has("lastUpdatedStamp")) row.put("lastUpdatedStamp", ctx.now());
        return row;
    }

    @FunctionalInterface
    interface PartWork {
        void run(Connection c, List<UnitScreening> part) throws SQLException;
    }

    private static void inBatches(List<UnitScreening> all, int size, Tx tx, PartWork work) {
        int step = Math.max(1, size);
        for (int i = 0; i < all.size(); i += step) {
            List<UnitScreening> part = all.subList(i, Math.min(all.size(), i + step));
            tx.run(c -> work.run(c, part));
        }
    }
}
