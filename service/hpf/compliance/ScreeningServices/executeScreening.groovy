// execute#Screening: validate, claim the run (one per campaign at a time, decided under a row lock, so across app
// servers too), then either hand it to a background job (background=true) or run it here: the core reads units and
// remittances with two JDBC cursors (StoreCursor, matched by StoredScreening) and writes targets and alerts in JDBC
// batches (ScreeningWriter); the entity-facade effects those writes skip are kept here (see ScreeningWriter).
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.StoredScreening
import hpf.compliance.core.screening.UnmatchedRowsException
import hpf.compliance.core.screening.store.ScreeningRunClaim
import hpf.compliance.core.screening.store.ScreeningWriter
import hpf.compliance.core.screening.store.TableMap
import java.sql.Timestamp
import java.time.YearMonth

final int WRITE_BATCH = 1000
// today is the user's; a run without a user (the scheduled job, after an import) takes the center's time zone
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
long started = System.currentTimeMillis()
boolean survey = runTypeEnumId == 'HpfRunSurvey'

// ---- parameters: given, else the campaign's, else the defaults of the rule
def campaign = null
if (campaignId) {
    campaign = ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaignId).one()
    if (campaign == null) { ec.message.addError(ec.l10n.localize('Campaign not found')); return }
} else if (!survey) {
    campaign = ec.entity.find('hpf.compliance.Campaign').condition('statusId', 'HpfCmpActive')
            .orderBy('-issueDate').list().find()
}
if (survey && campaign == null) { ec.message.addError(ec.l10n.localize('Campaign not found')); return }
ScreeningParams params
// the core's messages are English: each refusal is said in the user's language, naming the field
for (Map.Entry<String, String> m in [('Cut-off Month'): (cutoffMonth ?: campaign?.cutoffMonth) as String,
        ('Assessment Month'): (assessMonth ?: (survey ? campaign?.assessMonth : null)) as String]) {
    if (!m.value) continue
    try { Months.parse(m.value) } catch (IllegalArgumentException e) {
        ec.message.addError(ec.resource.expand('${fieldLabel} ${monthText} is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02', null, [fieldLabel: ec.l10n.localize(m.key), monthText: m.value]))
    }
}
if (stopThresholdMonths != null && stopThresholdMonths < 0)
    ec.message.addError(ec.resource.expand('${fieldLabel} must be at least 1', null, [fieldLabel: ec.l10n.localize('Stop Threshold (months)')]))
if (ec.message.hasError()) return
try {
    params = ScreeningParams.resolve(cutoffMonth, campaign?.cutoffMonth, assessMonth, survey ? campaign?.assessMonth : null,
            stopThresholdMonths, campaign?.stopThresholdMonths, clock.month().minusMonths(1))
} catch (IllegalArgumentException e) {
    ec.message.addError(e.message); return
}
if (params == null) { ec.message.addError(ec.l10n.localize('A cut-off month is required')); return }

// ---- branch scope: branch staff screen their own branch only
Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
if (scope.branchScoped) {
    List own = scope.userBranchIds ?: []
    if (!branchId && own.size() == 1) branchId = own[0]
    if (!branchId || !(branchId in own)) {
        ec.message.addError(ec.l10n.localize('Branch staff may screen only their own branch')); return
    }
}
// the archive (entity/HpfArchive.eecas.xml) refuses every write to an archived campaign's targets; the batches below
// bypass the entity ECAs, so the same refusal is asked here, once, before anything is written
if (survey) {
    String archived = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ArchiveServices/archiveGuard.groovy', null)
            .archivedMessage(ec, campaign.campaignId as String)
    if (archived) { ec.message.addError(archived); return }
}

// ---- the run: claimed here (one unfinished run per campaign), or already claimed by the caller that started it in
// the background. The check and the new row are one transaction holding the campaign row FOR UPDATE.
if (screeningRunId) {
    def claimed = ec.entity.find('hpf.compliance.ScreeningRun').condition('screeningRunId', screeningRunId).disableAuthz().one()
    if (claimed == null || claimed.completedDate || claimed.failedDate) {
        ec.message.addError(ec.l10n.localize('Screening run not found or already finished')); return
    }
} else {
    String newRunId = ec.entity.sequencedIdPrimary('hpf.compliance.ScreeningRun', null, null)
    String refusal = null
    ec.transaction.runRequireNew(600, 'Could not record the screening run', {
        Timestamp now = ec.user.nowTimestamp
        if (campaign) {
            ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaign.campaignId).forUpdate(true).disableAuthz().one()
            List open = ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', campaign.campaignId)
                    .condition('completedDate', null).condition('failedDate', null).disableAuthz().useCache(false).list()
            def decision = ScreeningRunClaim.decide(open.collect { new ScreeningRunClaim.OpenRun(it.screeningRunId,
                    it.startedDate, it.progressDate) }, now, ScreeningRunClaim.STALE_MILLIS)
            for (stale in decision.stale()) ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: stale.screeningRunId(),
                    failedDate: now, failureText: ec.l10n.localize('The run stopped reporting progress and was taken for crashed')]).update()
            if (decision.refused()) {
                refusal = ec.resource.expand('A screening of campaign ${campaignName} is already running (run ${screeningRunId}, ${unitsDone} units done); start again when it has finished',
                        null, [campaignName: campaign.campaignName, screeningRunId: decision.running().screeningRunId(),
                               unitsDone: open.find { it.screeningRunId == decision.running().screeningRunId() }?.unitsDone ?: 0], true)
                return
            }
        }
        ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: newRunId,
                campaignId: campaign?.campaignId, runTypeEnumId: runTypeEnumId, branchId: branchId,
                cutoffMonth: Months.format(params.cutoff()), assessMonth: Months.format(params.assess()),
                stopThresholdMonths: params.stopMonths(), runByUserId: ec.user.userId, startedDate: now,
                progressDate: now, unitsDone: 0L, issuesFound: 0L]).create()
    })
    if (refusal) { ec.message.addError(refusal); return }
    screeningRunId = newRunId
}
if (background) {
    // the job runs the same service (so its SECAs, e.g. the payment recovery after a survey, follow it) on the claimed run
    ec.service.async().name(survey ? 'hpf.compliance.ScreeningServices.run#CampaignScreening' : 'hpf.compliance.ScreeningServices.run#MonitoringScreening')
            .parameters([campaignId: campaign?.campaignId, branchId: branchId, cutoffMonth: cutoffMonth, assessMonth: assessMonth,
                         stopThresholdMonths: stopThresholdMonths, screeningRunId: screeningRunId]).call()
    return
}
String runId = screeningRunId
Closure saveRun = { Map fields -> ec.transaction.runRequireNew(600, 'Could not record the screening run', {
    ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll(fields + [screeningRunId: runId]).update() }) }
Closure fail = { String message -> saveRun([failedDate: ec.user.nowTimestamp, failureText: message]); ec.message.addError(message) }

// ---- read pass: every unit and every remittance through two JDBC cursors ordered by the unit id alone, matched by the
// core (SameOrderMerge: no comparator, so the database's collation does not matter); the branch is filtered in the
// core. Authorization was checked above. Progress is saved (own transaction) at most once a second.
def storedRows = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/storedRows.groovy', null)
Closure<TableMap> tableOf = { String entityName -> storedRows.table(ec, entityName) }
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
// every target of the campaign, whatever branch it was filed under, so that a unit that moved branch is not taken for
// a new target (the unique campaignId + unitId would refuse it); the unresolved alerts of the campaign (one per unit)
Map<String, String> targetIdByUnit = [:]
Map<String, ScreeningWriter.OpenAlert> openAlertByUnit = [:]
StoredScreening.Result result = null
String failure = null
long lastReport = 0, unitsRead = 0
boolean wasDisabled = ec.artifactExecution.disableAuthz()
try {
    if (survey) for (t in ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', campaign.campaignId)
            .selectField('targetId').selectField('unitId').useCache(false).list()) targetIdByUnit[t.unitId] = t.targetId
    for (a in ec.entity.find('hpf.compliance.ArrearsAlert').condition('campaignId', campaign?.campaignId)
            .condition('statusId', 'in', ['HpfAlrOpen', 'HpfAlrAcknowledged', 'HpfAlrEscalated']).selectFields(['alertId', 'unitId', 'statusId', 'amountOwed'])
            .useCache(false).list()) openAlertByUnit[a.unitId] = new ScreeningWriter.OpenAlert(a.alertId, a.statusId, a.amountOwed)
    StoredScreening.Settings settings = new StoredScreening.Settings(params, survey, branchId as String,
            statusByEnumId, typeByEnumId, targetIdByUnit.keySet(), openAlertByUnit.keySet())
    StoredScreening.Progress progress = { long read, long screened, long issues ->
        unitsRead = read
        long elapsed = System.currentTimeMillis() - started
        if (elapsed - lastReport < 1000) return
        lastReport = elapsed
        saveRun([progressDate: ec.user.nowTimestamp, unitsDone: read, issuesFound: issues,
                 unitsPerSecond: (long) (read * 1000L / Math.max(1L, elapsed))])
    } as StoredScreening.Progress
    result = storedRows.read(ec, true, false) { units, remittances -> StoredScreening.runStored(units, remittances, settings, progress) }
} catch (UnmatchedRowsException e) {
    failure = ec.l10n.localize('Remittances could not be matched to their units; screening stopped') + ': ' + e.message
} catch (Exception e) {
    ec.logger.error("Screening run ${runId} failed", e)
    failure = ec.l10n.localize('The screening run failed') + ': ' + e.toString()
} finally {
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}
if (failure) { fail(failure); return }

// ---- write pass: JDBC batches, a batch per transaction (core ScreeningWriter)
java.time.LocalDate today = clock.today()
// first contact is due a number of working days (the campaign's, default 5) after detection, by the holiday calendar
java.sql.Date dueDate = result.alerts() ? ec.service.sync().name('hpf.compliance.CalendarServices.add#WorkingDays')
        .parameters([startDate: java.sql.Date.valueOf(today), days: (campaign?.alertContactDays ?: 5) as Integer]).call()?.dueDate : null
String stack = ec.artifactExecution.getStackNameString()
ScreeningWriter.Context context = new ScreeningWriter.Context(campaign?.campaignId as String, runId, ec.user.nowTimestamp,
        Months.format(YearMonth.from(today)), dueDate, targetIdByUnit, openAlertByUnit,
        { ec.entity.sequencedIdPrimary('hpf.compliance.CampaignTarget', null, 1000) },
        { ec.entity.sequencedIdPrimary('hpf.compliance.ArrearsAlert', null, 1000) },
        { ec.entity.sequencedIdPrimary('moqui.entity.EntityAuditLog', null, 1000) },
        new ScreeningWriter.Auditor(ec.user.userId, ec.user.visitId, stack?.length() > 4000 ? stack.substring(0, 4000) : stack),
        tableOf('hpf.compliance.CampaignTarget'), tableOf('hpf.compliance.ArrearsAlert'), tableOf('moqui.entity.EntityAuditLog'), WRITE_BATCH)
String group = ec.entity.getEntityDefinition('hpf.compliance.CampaignTarget').getEntityGroupName()
ScreeningWriter.Outcome written
try {
    written = ScreeningWriter.write(result, context, { ScreeningWriter.SqlWork work ->
        ec.transaction.runRequireNew(600, 'Could not save screening results', { work.run(ec.entity.getConnection(group)) })
        saveRun([progressDate: ec.user.nowTimestamp])
    } as ScreeningWriter.Tx)
} catch (Exception e) {
    ec.logger.error("Screening run ${runId} could not save its results", e)
    fail(ec.l10n.localize('The screening run failed') + ': ' + e.toString()); return
}
// the effects of the entity ECAs the batches bypassed: each alert opened reminds its unit (HpfReminderOnAlertOpened),
// each target written goes to the search feed (the HpfSearch push feed, when a search cluster has made it one)
for (ScreeningWriter.OpenedAlert a in written.opened()) ec.service.async().name('hpf.compliance.ReminderServices.send#Reminder')
        .parameters([unitId: a.unitId(), reasonEnumId: 'HpfRrAlertOpened', alertId: a.alertId(), amount: a.amountOwed()]).call()
if (written.changedTargets()) ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedTargets')
        .parameters([targetIds: written.changedTargets()]).disableAuthz().call()

durationMillis = System.currentTimeMillis() - started
targetCount = result.targetCount(); createdCount = written.created(); updatedCount = written.updated()
unitsScreened = result.units(); arrearsCount = result.arrears(); stoppedCount = result.stopped()
newArrearsCount = result.newArrears(); deferredCount = result.deferred(); alertCount = written.alertsCreated()
alertResolvedCount = written.alertsResolved()
saveRun([completedDate: ec.user.nowTimestamp, progressDate: ec.user.nowTimestamp, durationMillis: durationMillis,
         unitsScreened: unitsScreened, targetCount: targetCount, arrearsCount: arrearsCount, stoppedCount: stoppedCount,
         newArrearsCount: newArrearsCount, deferredCount: deferredCount, createdCount: createdCount, updatedCount: updatedCount,
         issuesFound: targetCount + newArrearsCount, unitsDone: unitsRead,
         unitsPerSecond: (long) (unitsRead * 1000L / Math.max(1L, durationMillis))])
if (result.noOpenDate()) ec.message.addMessage(ec.l10n.localize('Units without an opening date were not screened') + ": ${result.noOpenDate()}", 'warning')
return null
