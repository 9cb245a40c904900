// execute#Screening: one pass over units and remittances (two cursors ordered by unitId, merged by the core engine),
// then the results are written a batch per transaction: targets (survey runs) and arrears alerts.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.account.Money
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.screening.ArrearsType
import hpf.compliance.core.screening.MergeJoinScreening
import hpf.compliance.core.screening.Outcome
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreening
import hpf.compliance.core.screening.UnsortedInputException
import hpf.compliance.core.screening.support.ScreeningFigures
import java.time.YearMonth

final int WRITE_BATCH = 200
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
YearMonth lastMonth = YearMonth.now(ec.user.timeZone.toZoneId()).minusMonths(1)
String cutoffText = cutoffMonth ?: campaign?.cutoffMonth
String assessText = assessMonth ?: (survey ? campaign?.assessMonth : null) ?: Months.format(lastMonth)
int stopMonths = (stopThresholdMonths ?: campaign?.stopThresholdMonths ?: ScreeningParams.DEFAULT_STOP_MONTHS) as int
if (!cutoffText) { ec.message.addError(ec.l10n.localize('A cut-off month is required')); return }
ScreeningParams params
try {
    params = ScreeningParams.of(Months.parse(cutoffText), Months.parse(assessText), stopMonths)
} catch (IllegalArgumentException e) {
    ec.message.addError(e.message); return
}

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
            stopThresholdMonths: stopMonths, runByUserId: ec.user.userId, startedDate: ec.user.nowTimestamp]).create()
})

// ---- read pass
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
Map existingTargets = [:]
if (survey) {
    // every target of the campaign, whatever branch it was filed under, so that a unit that moved branch is not
    // taken for a new target (the unique campaignId + unitId would refuse it)
    boolean wasDisabled = ec.artifactExecution.disableAuthz()
    try {
        for (t in ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', campaign.campaignId)
                .selectField('targetId').selectField('unitId').useCache(false).list()) existingTargets[t.unitId] = t.targetId
    } finally { if (!wasDisabled) ec.artifactExecution.enableAuthz() }
}
List targets = [], cleared = [], alerts = []
Map counts = [units: 0L, targets: 0L, arrears: 0L, stopped: 0L, newArrears: 0L, deferred: 0L, noOpenDate: 0L]
String failure = null
try {
    ec.transaction.runRequireNew(3600, 'Could not read units and remittances', {
        def unitFind = ec.entity.find('hpf.compliance.EmployerUnit').selectFields(['unitId', 'unitName', 'branchId',
                'accountStatusEnumId', 'openedDate', 'sealedClosedDate', 'workerCount', 'monthlyDueAmount']).orderBy('unitId')
        if (branchId) unitFind.condition('branchId', branchId)
        def unitEli = unitFind.iterator()
        // all remittances in unitId order; the engine skips those of units outside the unit cursor (another branch)
        def remEli = ec.entity.find('hpf.compliance.UnitRemittance').selectFields(['unitId', 'remitMonth',
                'remitTypeEnumId', 'dueAmount', 'paidAmount', 'paidDate']).orderBy('unitId').iterator()
        try {
            // the merge key is the unitId: UnitAccount.accountNo carries it, and branch carries the branchId
            MergeJoinScreening.Source unitSource = {
                def u
                while ((u = unitEli.next()) != null) {
                    if (u.openedDate == null) { counts.noOpenDate++; continue }
                    return UnitAccount.of(u.unitId, u.unitName, u.branchId, statusByEnumId[u.accountStatusEnumId] ?: AccountStatus.OTHER,
                            u.openedDate.toLocalDate(), u.sealedClosedDate?.toLocalDate(), (u.workerCount ?: 0) as int,
                            (u.monthlyDueAmount ?: BigDecimal.ZERO) as BigDecimal)
                }
                return null
            } as MergeJoinScreening.Source
            MergeJoinScreening.Source remSource = {
                def r = remEli.next()
                if (r == null) return null
                return new RemittanceLine(r.unitId, Months.parseIndex(r.remitMonth),
                        typeByEnumId[r.remitTypeEnumId] ?: BusinessType.REGULAR, Money.toCents(r.dueAmount),
                        Money.toCents(r.paidAmount), r.paidDate?.toLocalDate(), 0L)
            } as MergeJoinScreening.Source
            MergeJoinScreening.run(unitSource, remSource, params, ScreeningFigures.listener { UnitScreening s ->
                counts.units++
                String unitId = s.unit().accountNo()
                switch (s.outcome()) {
                    case Outcome.TARGET:
                        counts.targets++
                        if (s.type() == ArrearsType.STOPPED) counts.stopped++ else counts.arrears++
                        if (survey) targets.add(s)
                        break
                    case Outcome.NEW_ARREARS:
                        counts.newArrears++
                        if (!survey) { if (s.type() == ArrearsType.STOPPED) counts.stopped++ else counts.arrears++ }
                        alerts.add(s)
                        if (survey && existingTargets[unitId]) cleared.add(s)
                        break
                    case Outcome.DEFERRED:
                        counts.deferred++
                        break
                    default:
                        if (survey && existingTargets[unitId]) cleared.add(s)
                }
            })
        } finally {
            unitEli.close(); remEli.close()
        }
    })
} catch (UnsortedInputException e) {
    failure = ec.l10n.localize('The database does not return unit ids in character order; screening stopped') + ': ' + e.message
} catch (Exception e) {
    ec.logger.error("Screening run ${screeningRunId} failed", e)
    failure = ec.l10n.localize('The screening run failed') + ': ' + e.toString()
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
inBatches(targets, { List part ->
    for (UnitScreening s in part) {
        String unitId = s.unit().accountNo()
        Map figures = ScreeningFigures.figures(s) + [targetTypeEnumId: ScreeningFigures.targetTypeEnumId(s.type()),
                branchId: s.unit().branch(), lastRunId: screeningRunId]
        String targetId = existingTargets[unitId]
        if (targetId) {
            // figures only: status, assignee, notes, deadlines and everything staff recorded stay as they are
            ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(figures + [targetId: targetId]).update()
            updated++
        } else {
            ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(figures + [campaignId: campaign.campaignId,
                    unitId: unitId, statusId: 'HpfTgtIdentified', identifiedDate: now, identifiedRunId: screeningRunId,
                    initialAmountOwed: figures.amountOwed]).setSequencedIdPrimary().create()
            created++
        }
    }
})
inBatches(cleared, { List part ->
    for (UnitScreening s in part) {
        ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll(ScreeningFigures.cleared(s) +
                [targetId: existingTargets[s.unit().accountNo()], lastRunId: screeningRunId]).update()
        updated++
    }
})
long alertsCreated = 0
inBatches(alerts, { List part ->
    // one unresolved alert per unit and campaign: it gets fresh figures, otherwise a new one is raised for this run
    Map open = ec.entity.find('hpf.compliance.ArrearsAlert').condition('unitId', 'in', part.collect { it.unit().accountNo() })
            .condition('campaignId', campaign?.campaignId)
            .condition('statusId', 'in', ['HpfAlrOpen', 'HpfAlrAcknowledged']).useCache(false).list()
            .collectEntries { [(it.unitId): it.alertId] }
    for (UnitScreening s in part) {
        String unitId = s.unit().accountNo()
        Map figures = ScreeningFigures.figures(s)
        if (open[unitId]) {
            ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll(figures + [alertId: open[unitId]]).update()
        } else {
            ec.entity.makeValue('hpf.compliance.ArrearsAlert').setAll(figures + [unitId: unitId, branchId: s.unit().branch(),
                    campaignId: campaign?.campaignId, screeningRunId: screeningRunId,
                    alertTypeEnumId: ScreeningFigures.alertTypeEnumId(s.type()), statusId: 'HpfAlrOpen',
                    detectedDate: now]).setSequencedIdPrimary().create()
            alertsCreated++
        }
    }
})

durationMillis = System.currentTimeMillis() - started
targetCount = counts.targets; createdCount = created; updatedCount = updated
unitsScreened = counts.units; arrearsCount = counts.arrears; stoppedCount = counts.stopped
newArrearsCount = counts.newArrears; deferredCount = counts.deferred; alertCount = alertsCreated
ec.transaction.runRequireNew(600, 'Could not record the screening run', {
    ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: screeningRunId,
            completedDate: ec.user.nowTimestamp, durationMillis: durationMillis, unitsScreened: unitsScreened,
            targetCount: targetCount, arrearsCount: arrearsCount, stoppedCount: stoppedCount,
            newArrearsCount: newArrearsCount, deferredCount: deferredCount, createdCount: createdCount,
            updatedCount: updatedCount]).update()
})
if (counts.noOpenDate) ec.message.addMessage(ec.l10n.localize('Units without an opening date were not screened') + ": ${counts.noOpenDate}", 'warning')
return null
