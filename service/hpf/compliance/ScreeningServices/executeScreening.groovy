// execute#Screening: one pass over units and remittances (two cursors ordered by unitId, matched and screened by the
// core), then the results are written a batch per transaction: targets (survey runs) and arrears alerts.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.rules.RecoveryCalculator
import hpf.compliance.core.screening.MergeJoinScreening
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.StoredScreening
import hpf.compliance.core.screening.UnitScreening
import hpf.compliance.core.screening.UnmatchedRowsException
import hpf.compliance.core.screening.support.ScreeningFigures
import java.time.YearMonth

final int WRITE_BATCH = 200
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

screeningRunId = ec.entity.sequencedIdPrimary('hpf.compliance.ScreeningRun', null, null)
ec.transaction.runRequireNew(600, 'Could not record the screening run', {
    ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: screeningRunId,
            campaignId: campaign?.campaignId, runTypeEnumId: runTypeEnumId, branchId: branchId,
            cutoffMonth: Months.format(params.cutoff()), assessMonth: Months.format(params.assess()),
            stopThresholdMonths: params.stopMonths(), runByUserId: ec.user.userId, startedDate: ec.user.nowTimestamp]).create()
})

// ---- read pass: every unit and every remittance, both ordered by unitId alone, matched by the core (StoredScreening,
// SameOrderMerge: it needs no comparator, so the database's collation does not matter). Every unit is read, not only
// the branch's, so that each remittance finds its unit; the branch is filtered in the core. Authorization was checked
// above, so the reads run without the branch filters.
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
Map existingTargets = [:]
// unresolved alerts of the campaign (one per unit): refreshed when the unit still has new arrears, resolved when it paid
final List OPEN_ALERT = ['HpfAlrOpen', 'HpfAlrAcknowledged', 'HpfAlrEscalated']
Map openAlerts = [:]
StoredScreening.Result result = null
String failure = null
boolean wasDisabled = ec.artifactExecution.disableAuthz()
try {
    // every target of the campaign, whatever branch it was filed under, so that a unit that moved branch is not
    // taken for a new target (the unique campaignId + unitId would refuse it)
    if (survey) for (t in ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', campaign.campaignId)
            .selectField('targetId').selectField('unitId').useCache(false).list()) existingTargets[t.unitId] = t.targetId
    for (a in ec.entity.find('hpf.compliance.ArrearsAlert').condition('campaignId', campaign?.campaignId)
            .condition('statusId', 'in', OPEN_ALERT).selectField('alertId').selectField('unitId').selectField('amountOwed')
            .useCache(false).list()) openAlerts[a.unitId] = a
    StoredScreening.Settings settings = new StoredScreening.Settings(params, survey, branchId as String,
            statusByEnumId, typeByEnumId, existingTargets.keySet(), openAlerts.keySet())
    ec.transaction.runRequireNew(3600, 'Could not read units and remittances', {
        // an enterprise without an account (未登记, a placeholder of a non-registration case) owes nothing to screen
        def cf = ec.entity.conditionFactory
        def unitEli = ec.entity.find('hpf.compliance.EmployerUnit').selectFields(StoredScreening.UNIT_FIELDS)
                .condition(cf.makeCondition([cf.makeCondition('accountStatusEnumId', org.moqui.entity.EntityCondition.ComparisonOperator.NOT_EQUAL, 'HpfAcsUnregistered'),
                        cf.makeCondition('accountStatusEnumId', org.moqui.entity.EntityCondition.ComparisonOperator.EQUALS, null)],
                        org.moqui.entity.EntityCondition.JoinOperator.OR))
                .orderBy(StoredScreening.ORDER_BY).iterator()
        def remEli = ec.entity.find('hpf.compliance.UnitRemittance').selectFields(StoredScreening.REMITTANCE_FIELDS)
                .orderBy(StoredScreening.ORDER_BY).iterator()
        try {
            result = StoredScreening.run({ unitEli.next() } as MergeJoinScreening.Source,
                    { remEli.next() } as MergeJoinScreening.Source, settings)
        } finally {
            unitEli.close(); remEli.close()
        }
    })
} catch (UnmatchedRowsException e) {
    failure = ec.l10n.localize('Remittances could not be matched to their units; screening stopped') + ': ' + e.message
} catch (Exception e) {
    ec.logger.error("Screening run ${screeningRunId} failed", e)
    failure = ec.l10n.localize('The screening run failed') + ': ' + e.toString()
} finally {
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}
if (failure) { ec.message.addError(failure); return }

// ---- write pass, a batch per transaction
long created = 0, updated = 0
java.sql.Timestamp now = ec.user.nowTimestamp
Closure inBatches = { List all, Closure work ->
    for (int i = 0; i < all.size(); i += WRITE_BATCH) {
        List part = all.subList(i, Math.min(all.size(), i + WRITE_BATCH))
        ec.transaction.runRequireNew(600, 'Could not save screening results', { work.call(part) })
    }
}
inBatches(result.targets(), { List part ->
    for (UnitScreening s in part) {
        String targetId = existingTargets[s.unit().accountNo()]
        if (targetId) {
            ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(ScreeningFigures.targetRefresh(s, targetId, screeningRunId)).update()
            updated++
        } else {
            ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(ScreeningFigures.newTarget(s, campaign.campaignId,
                    screeningRunId, now)).setSequencedIdPrimary().create()
            created++
        }
    }
})
inBatches(result.cleared(), { List part ->
    for (UnitScreening s in part) {
        ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(ScreeningFigures.clearedTarget(s,
                existingTargets[s.unit().accountNo()], screeningRunId)).update()
        updated++
    }
})
long alertsCreated = 0
// first contact is due a number of working days (the campaign's, default 5) after detection, by the holiday calendar
java.time.LocalDate today = clock.today()
java.sql.Date dueDate = result.alerts() ? ec.service.sync().name('hpf.compliance.CalendarServices.add#WorkingDays')
        .parameters([startDate: java.sql.Date.valueOf(today), days: (campaign?.alertContactDays ?: 5) as Integer]).call()?.dueDate : null
String thisMonth = Months.format(YearMonth.from(today))
inBatches(result.alerts(), { List part ->
    // one unresolved alert per unit and campaign: it gets fresh figures, otherwise a new one is raised for this run
    Map open = ec.entity.find('hpf.compliance.ArrearsAlert').condition('unitId', 'in', part.collect { it.unit().accountNo() })
            .condition('campaignId', campaign?.campaignId)
            .condition('statusId', 'in', OPEN_ALERT).useCache(false).list()
            .collectEntries { [(it.unitId): it.alertId] }
    for (UnitScreening s in part) {
        String alertId = open[s.unit().accountNo()]
        if (alertId) {
            ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll(ScreeningFigures.alertRefresh(s, alertId)).update()
        } else {
            ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll(ScreeningFigures.newAlert(s, campaign?.campaignId,
                    screeningRunId, now)).setAll([dueDate: dueDate, detectedMonth: thisMonth]).setSequencedIdPrimary().create()
            alertsCreated++
        }
    }
})
// alerts of units without new arrears now: resolved when the unit owes nothing any more (the recovery rule)
long alertsResolved = 0
inBatches(result.alertsLeft(), { List part ->
    for (UnitScreening s in part) {
        def alert = openAlerts[s.unit().accountNo()]
        if (!RecoveryCalculator.compute((alert.amountOwed ?: 0) as BigDecimal, s.amountOwed()).rectified()) continue
        ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll([alertId: alert.alertId, statusId: 'HpfAlrResolved',
                closeReasonEnumId: 'HpfAlcPaid', closedDate: now, closedMonth: thisMonth, amountOwed: s.amountOwed(),
                paidThroughMonth: s.paidThroughMonth() ? Months.format(s.paidThroughMonth()) : null]).update()
        alertsResolved++
    }
})
alertResolvedCount = alertsResolved

durationMillis = System.currentTimeMillis() - started
targetCount = result.targetCount(); createdCount = created; updatedCount = updated
unitsScreened = result.units(); arrearsCount = result.arrears(); stoppedCount = result.stopped()
newArrearsCount = result.newArrears(); deferredCount = result.deferred(); alertCount = alertsCreated
ec.transaction.runRequireNew(600, 'Could not record the screening run', {
    ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: screeningRunId,
            completedDate: ec.user.nowTimestamp, durationMillis: durationMillis, unitsScreened: unitsScreened,
            targetCount: targetCount, arrearsCount: arrearsCount, stoppedCount: stoppedCount,
            newArrearsCount: newArrearsCount, deferredCount: deferredCount, createdCount: createdCount,
            updatedCount: updatedCount]).update()
})
if (result.noOpenDate()) ec.message.addMessage(ec.l10n.localize('Units without an opening date were not screened') + ": ${result.noOpenDate()}", 'warning')
return null
