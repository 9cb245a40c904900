package hpf.compliance.core.screening.store;

import hpf.compliance.core.CenterClock;
import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.screening.ScreeningParams;
import hpf.compliance.core.screening.StoredScreening;
import hpf.compliance.core.screening.UnmatchedRowsException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One screening run ({@code execute#Screening}, both run types) without Moqui: validate the request (each refusal in
 * the user's language, naming the field), keep branch staff to their branch, claim the run (one unfinished run per
 * campaign, decided under a lock of the campaign row, so across app servers too), then either hand it to a background
 * job or run it: read every unit and remittance with the two cursors ({@link StoredRows}, matched by
 * {@link StoredScreening}), write targets and alerts in JDBC batches ({@link ScreeningWriter}), and do the effects of
 * the entity ECAs the batches bypass through the {@link ScreeningHost}: a reminder for each alert opened, the search feed of the
 * targets written. The run's row ({@link ScreeningRunRows}) carries the progress, saved at most once a second in a
 * transaction of its own, and the outcome or the failure; its claim is {@link ScreeningRunClaim}'s, the campaign's
 * targets and open alerts are read by {@link ScreeningCampaignReads}.
 *
 * <p>What only Moqui can do is the {@link ScreeningHost}'s.
 */
public final class ScreeningJob {
    public static final String SURVEY = "HpfRunSurvey";
    public static final String RUN_ENTITY = "hpf.compliance.ScreeningRun";
    public static final String CAMPAIGN_ENTITY = "hpf.compliance.Campaign";
    public static final String AUDIT_ENTITY = "moqui.entity.EntityAuditLog";
    /** Rows per write batch (and transaction). */
    public static final int WRITE_BATCH = 1000;
    /** Sequenced ids taken from the bank at a time for the rows the batches write. */
    public static final int ID_BANK = 1000;
    /** Alert statuses of an unresolved alert. */
    public static final List<String> UNRESOLVED = List.of("HpfAlrOpen", "HpfAlrAcknowledged", "HpfAlrEscalated");
    /** Working days for the first contact of a new alert when the campaign gives none. */
    public static final int DEFAULT_CONTACT_DAYS = 5;

    /** The service's parameters. */
    public record Request(String runTypeEnumId, String campaignId, String branchId, String cutoffMonth, String assessMonth,
                          Integer stopThresholdMonths, boolean background, String screeningRunId) {
        public boolean survey() { return SURVEY.equals(runTypeEnumId); }
    }
    /** The outcome: errors (the service's messages), a warning, and the out-parameters. */
    public static final class Outcome {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, Object> results = new LinkedHashMap<>();

        public List<String> errors() { return errors; }

        public List<String> warnings() { return warnings; }

        /** The service's out-parameters (screeningRunId once claimed; the counts of a finished run). */
        public Map<String, Object> results() { return results; }

        Outcome error(String message) {
            errors.add(message);
            return this;
        }
    }

    private final ScreeningHost host;
    private final CenterClock clock;
    private final long started;

    public ScreeningJob(ScreeningHost host, CenterClock clock) {
        this.host = host;
        this.clock = clock;
        this.started = System.currentTimeMillis();
    }

    public Outcome run(Request req) {
        Outcome out = new Outcome();
        boolean survey = req.survey();

        // ---- parameters: given, else the campaign's, else the defaults of the rule
        ScreeningHost.Campaign campaign = null;
        if (given(req.campaignId())) {
            campaign = host.campaign(req.campaignId());
            if (campaign == null) return out.error(host.localize("Campaign not found"));
        } else if (!survey) {
            campaign = host.latestActiveCampaign();
        }
        if (survey && campaign == null) return out.error(host.localize("Campaign not found"));
        String campaignId = campaign == null ? null : campaign.campaignId();
        String campaignCutoff = campaign == null ? null : campaign.cutoffMonth();
        String campaignAssess = campaign == null || !survey ? null : campaign.assessMonth();
        // the core's messages are English: each refusal is said in the user's language, naming the field
        checkMonth(out, "Cut-off Month", given(req.cutoffMonth()) ? req.cutoffMonth() : campaignCutoff);
        checkMonth(out, "Assessment Month", given(req.assessMonth()) ? req.assessMonth() : campaignAssess);
        if (req.stopThresholdMonths() != null && req.stopThresholdMonths() < 0)
            out.error(host.expand("${fieldLabel} must be at least 1", fields("fieldLabel", host.localize("Stop Threshold (months)"))));
        if (!out.errors().isEmpty()) return out;
        ScreeningParams params;
        try {
            params = ScreeningParams.resolve(req.cutoffMonth(), campaignCutoff, req.assessMonth(), campaignAssess,
                    req.stopThresholdMonths(), campaign == null ? null : campaign.stopThresholdMonths(), clock.month().minusMonths(1));
        } catch (IllegalArgumentException e) {
            return out.error(e.getMessage());
        }
        if (params == null) return out.error(host.localize("A cut-off month is required"));

        // ---- branch scope: branch staff screen their own branch only
        String branchId = req.branchId();
        ScreeningHost.BranchScope scope = host.branchScope();
        if (scope != null && scope.scoped()) {
            List<String> own = scope.branchIds() == null ? List.of() : scope.branchIds();
            if (!given(branchId) && own.size() == 1) branchId = own.get(0);
            if (!given(branchId) || !own.contains(branchId)) return out.error(host.localize("Branch staff may screen only their own branch"));
        }
        // the archive (entity/HpfArchive.eecas.xml) refuses every write to an archived campaign's targets; the batches
        // bypass the entity ECAs, so the same refusal is asked here, once, before anything is written
        if (survey) {
            String archived = host.archivedMessage(campaignId);
            if (given(archived)) return out.error(archived);
        }

        // ---- the run: claimed here, or already claimed by the caller that started it in the background
        TableMap runTable = host.table(RUN_ENTITY);
        String runId = req.screeningRunId();
        if (given(runId)) {
            String id = runId;
            boolean open = host.transaction(600, ScreeningRunRows.ERROR, RUN_ENTITY, c -> ScreeningRunRows.isUnfinished(c, runTable, id));
            if (!open) return out.error(host.localize("Screening run not found or already finished"));
        } else {
            runId = host.nextId(RUN_ENTITY, null);
            String refusal = ScreeningRunClaim.claim(host, runTable, runId, req, campaign, branchId, params);
            if (refusal != null) return out.error(refusal);
        }
        out.results().put("screeningRunId", runId);
        if (req.background()) {
            // the job runs the same service (so its SECAs, e.g. the payment recovery after a survey, follow it)
            Map<String, Object> p = new HashMap<>();
            p.put("campaignId", campaignId);
            p.put("branchId", branchId);
            p.put("cutoffMonth", req.cutoffMonth());
            p.put("assessMonth", req.assessMonth());
            p.put("stopThresholdMonths", req.stopThresholdMonths());
            p.put("screeningRunId", runId);
            host.startInBackground(survey, p);
            return out;
        }
        return screen(out, new ScreeningRunRows(host, runTable, runId, started), campaign, survey, branchId, params);
    }

    private Outcome screen(Outcome out, ScreeningRunRows run, ScreeningHost.Campaign campaign, boolean survey, String branchId,
                           ScreeningParams params) {
        String runId = run.runId();
        String campaignId = campaign == null ? null : campaign.campaignId();
        // ---- read pass: the campaign's targets (whatever branch they were filed under, so that a unit that moved
        // branch is not taken for a new target) and unresolved alerts, then every unit and every remittance through
        // two cursors ordered by the unit id alone, matched by the core (the branch is filtered there)
        Map<String, AccountStatus> statusByEnumId = new HashMap<>();
        host.enumCodes("HpfAccountStatus").forEach((id, code) -> statusByEnumId.put(id, AccountStatus.fromText(code)));
        Map<String, BusinessType> typeByEnumId = new HashMap<>();
        host.enumCodes("HpfRemitType").forEach((id, code) -> typeByEnumId.put(id, BusinessType.fromText(code)));
        TableMap target = host.table(ScreeningWriter.TARGET_ENTITY), alert = host.table(ScreeningWriter.ALERT_ENTITY);
        TableMap units = host.table(StoredRows.UNIT_ENTITY), remittances = host.table(StoredRows.REMITTANCE_ENTITY);
        Map<String, String> targetIdByUnit = new HashMap<>();
        Map<String, ScreeningWriter.OpenAlert> openAlertByUnit = new HashMap<>();
        StoredScreening.Result result;
        String failure = null;
        try {
            result = host.transaction(3600, "Could not read units and remittances", StoredRows.REMITTANCE_ENTITY, c -> {
                if (survey) targetIdByUnit.putAll(ScreeningCampaignReads.targetsOf(c, target, campaignId));
                openAlertByUnit.putAll(ScreeningCampaignReads.openAlertsOf(c, alert, campaignId));
                StoredScreening.Settings settings = new StoredScreening.Settings(params, survey, branchId, statusByEnumId,
                        typeByEnumId, targetIdByUnit.keySet(), openAlertByUnit.keySet());
                StoredScreening.Progress progress = (read, screened, issues) -> run.progress(read, issues);
                if (PagedStoredRows.suits(c)) {
                    List<String> bounds = PagedStoredRows.bounds(c, units, true, PagedStoredRows.PAGE_UNITS);
                    try (PagedStoredRows paged = new PagedStoredRows(bounds, new PagedStoredRows.PageReader() {
                        public <T> T read(ScreeningHost.SqlWork<T> work) { return host.inReader(StoredRows.REMITTANCE_ENTITY, work); }
                    }, units, remittances, true, false, PagedStoredRows.READERS)) {
                        return StoredScreening.runStored(paged.units(), paged.remittances(), settings, progress);
                    }
                }
                return StoredRows.read(c, units, remittances, true, false, (u, r) -> StoredScreening.runStored(u, r, settings, progress));
            });
        } catch (UnmatchedRowsException e) {
            result = null;
            failure = host.localize("Remittances could not be matched to their units; screening stopped") + ": " + e.getMessage();
        } catch (Exception e) {
            result = null;
            host.logError("Screening run " + runId + " failed", e);
            failure = host.localize("The screening run failed") + ": " + e;
        }
        if (failure != null) return run.fail(out, failure);

        // ---- write pass: JDBC batches, a batch per transaction
        LocalDate today = clock.today();
        // first contact is due a number of working days (the campaign's, default 5) after detection, by the holiday calendar
        Number days = campaign == null ? null : campaign.alertContactDays();
        java.sql.Date dueDate = result.alerts().isEmpty() ? null
                : host.addWorkingDays(today, days == null || days.intValue() == 0 ? DEFAULT_CONTACT_DAYS : days.intValue());
        ScreeningWriter.Auditor who = host.auditor();
        String stack = who == null ? null : who.artifactStack();
        ScreeningWriter.Auditor auditor = who == null ? null : new ScreeningWriter.Auditor(who.userId(), who.visitId(),
                stack != null && stack.length() > 4000 ? stack.substring(0, 4000) : stack);
        ScreeningWriter.Context context = new ScreeningWriter.Context(campaignId, runId, host.now(),
                Months.format(YearMonth.from(today)), dueDate, targetIdByUnit, openAlertByUnit,
                () -> host.nextId(ScreeningWriter.TARGET_ENTITY, ID_BANK), () -> host.nextId(ScreeningWriter.ALERT_ENTITY, ID_BANK),
                () -> host.nextId(AUDIT_ENTITY, ID_BANK), auditor, target, alert, host.table(AUDIT_ENTITY), WRITE_BATCH);
        ScreeningWriter.Outcome written;
        try {
            written = ScreeningWriter.write(result, context, work -> {
                host.transaction(600, "Could not save screening results", ScreeningWriter.TARGET_ENTITY, c -> {
                    work.run(c);
                    return null;
                });
                run.save(fields("progressDate", host.now()));
            });
        } catch (Exception e) {
            host.logError("Screening run " + runId + " could not save its results", e);
            return run.fail(out, host.localize("The screening run failed") + ": " + e);
        }
        // the effects of the entity ECAs the batches bypassed: each alert opened reminds its unit
        // (HpfReminderOnAlertOpened), each target written goes to the search feed
        for (ScreeningWriter.OpenedAlert a : written.opened()) host.sendReminder(a);
        if (!written.changedTargets().isEmpty()) host.feedTargets(written.changedTargets());

        long durationMillis = System.currentTimeMillis() - started;
        Map<String, Object> r = out.results();
        r.put("targetCount", result.targetCount());
        r.put("createdCount", written.created());
        r.put("updatedCount", written.updated());
        r.put("unitsScreened", result.units());
        r.put("arrearsCount", result.arrears());
        r.put("stoppedCount", result.stopped());
        r.put("newArrearsCount", result.newArrears());
        r.put("deferredCount", result.deferred());
        r.put("alertCount", written.alertsCreated());
        r.put("alertResolvedCount", written.alertsResolved());
        r.put("durationMillis", durationMillis);
        Timestamp now = host.now();
        Map<String, Object> done = fields("completedDate", now, "progressDate", now, "durationMillis", durationMillis,
                "unitsScreened", result.units(), "targetCount", result.targetCount(), "arrearsCount", result.arrears(),
                "stoppedCount", result.stopped(), "newArrearsCount", result.newArrears(), "deferredCount", result.deferred(),
                "createdCount", written.created(), "updatedCount", written.updated(),
                "issuesFound", result.targetCount() + result.newArrears(), "unitsDone", run.unitsRead(),
                "unitsPerSecond", run.unitsRead() * 1000L / Math.max(1L, durationMillis));
        run.save(done);
        if (result.noOpenDate() > 0)
            out.warnings().add(host.localize("Units without an opening date were not screened") + ": " + result.noOpenDate());
        return out;
    }

    private void checkMonth(Outcome out, String fieldLabel, String value) {
        if (!given(value)) return;
        try {
            Months.parse(value);
        } catch (IllegalArgumentException e) {
            out.error(host.expand("${fieldLabel} ${monthText} is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02",
                    fields("fieldLabel", host.localize(fieldLabel), "monthText", value)));
        }
    }

    /** A mutable map of the pairs, in order, null values allowed. */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    private static boolean given(String s) {
        return s != null && !s.isEmpty();
    }
}
