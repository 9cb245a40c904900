// execute#Screening: the run (validation, branch scope, the run's claim, the read and write passes, the effects the
// JDBC batches bypass) is the core's ScreeningJob; this script gives it what only Moqui does (its ScreeningHost).
import hpf.compliance.core.screening.store.ScreeningHost
import hpf.compliance.core.screening.store.ScreeningJob
import hpf.compliance.core.screening.store.ScreeningWriter

def storedRows = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/storedRows.groovy', null)
Closure campaignOf = { v -> v == null ? null : new ScreeningHost.Campaign(v.campaignId, v.campaignName, v.cutoffMonth,
        v.assessMonth, v.stopThresholdMonths, v.alertContactDays) }
ScreeningHost host = [
    localize: { String original -> ec.l10n.localize(original) },
    expand: { String template, Map values -> ec.resource.expand(template, null, values, true) },
    campaign: { String id -> campaignOf(ec.entity.find('hpf.compliance.Campaign').condition('campaignId', id).one()) },
    latestActiveCampaign: { -> campaignOf(ec.entity.find('hpf.compliance.Campaign').condition('statusId', 'HpfCmpActive')
            .orderBy('-issueDate').list().find()) },
    branchScope: { -> Map s = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
        new ScreeningHost.BranchScope(s.branchScoped as boolean, (s.userBranchIds ?: []) as List) },
    archivedMessage: { String campaignId -> ec.resource.script('component://hpf-compliance/service/hpf/compliance/ArchiveServices/archiveGuard.groovy',
            null).archivedMessage(ec, campaignId) },
    table: { String entityName -> storedRows.table(ec, entityName) },
    enumCodes: { String typeId -> ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', typeId).useCache(true)
            .list().collectEntries { [(it.enumId): it.enumCode] } },
    nextId: { String entityName, Integer bank -> ec.entity.sequencedIdPrimary(entityName, null, bank) },
    transaction: { int timeout, String errorMessage, String entityName, ScreeningHost.SqlWork work -> def out = null
        ec.transaction.runRequireNew(timeout, errorMessage, { out = work.run(ec.entity.getConnection(ec.entity.getEntityGroupName(entityName))) })
        out },
    // a reader thread of the paged read (H2) has no execution context of its own: one for the page, gone after it
    inReader: { String entityName, ScreeningHost.SqlWork work -> def rec = ec.factory.getExecutionContext(); def out = null
        try { rec.transaction.runRequireNew(3600, 'Could not read units and remittances', {
                out = work.run(rec.entity.getConnection(rec.entity.getEntityGroupName(entityName))) })
        } finally { ec.factory.destroyActiveExecutionContext() }
        out },
    now: { -> ec.user.nowTimestamp },
    auditor: { -> new ScreeningWriter.Auditor(ec.user.userId, ec.user.visitId, ec.artifactExecution.getStackNameString()) },
    addWorkingDays: { java.time.LocalDate start, int days -> ec.service.sync().name('hpf.compliance.CalendarServices.add#WorkingDays')
            .parameters([startDate: java.sql.Date.valueOf(start), days: days]).call()?.dueDate },
    startInBackground: { boolean survey, Map parameters -> ec.service.async().name(survey ? 'hpf.compliance.ScreeningServices.run#CampaignScreening'
            : 'hpf.compliance.ScreeningServices.run#MonitoringScreening').parameters(parameters).call() },
    sendReminder: { ScreeningWriter.OpenedAlert a -> ec.service.async().name('hpf.compliance.ReminderServices.send#Reminder')
            .parameters([unitId: a.unitId(), reasonEnumId: 'HpfRrAlertOpened', alertId: a.alertId(), amount: a.amountOwed()]).call() },
    feedTargets: { List ids -> ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedTargets').parameters([targetIds: ids]).disableAuthz().call() },
    logError: { String message, Throwable e -> ec.logger.error(message, e) },
] as ScreeningHost
ScreeningJob.Outcome out = new ScreeningJob(host, hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone))
        .run(new ScreeningJob.Request(runTypeEnumId, campaignId, branchId, cutoffMonth, assessMonth, stopThresholdMonths,
                background as boolean, screeningRunId))
for (String e in out.errors()) ec.message.addError(e)
for (String w in out.warnings()) ec.message.addMessage(w, 'warning')
return out.results()
