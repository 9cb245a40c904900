// score#Units: one pass over units and remittances (the screening's JDBC read pass, matched and scored by the core,
// only the highest scores kept), then the run and its scores are written a batch per transaction.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.screening.UnmatchedRowsException
import hpf.compliance.core.warning.ExpiredTerms
import hpf.compliance.core.warning.RiskConfig
import hpf.compliance.core.warning.RiskSignal
import hpf.compliance.core.warning.SignalSetting
import hpf.compliance.core.warning.StoredRiskScoring

final int WRITE_BATCH = 200
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
long started = System.currentTimeMillis()

// ---- branch scope: branch staff score their own branch only
Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
if (scope.branchScoped) {
    List own = scope.userBranchIds ?: []
    if (!branchId && own.size() == 1) branchId = own[0]
    if (!branchId || !(branchId in own)) {
        ec.message.addError(ec.l10n.localize('Branch staff may score only their own branch')); return
    }
}
if (campaignId && ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaignId).disableAuthz().one() == null) {
    ec.message.addError(ec.l10n.localize('Campaign not found')); return
}

// ---- month M: given, else the latest imported remittance month; payments count as known up to today
if (asOfMonth) {
    try { asOfMonth = Months.format(Months.parse(asOfMonth as String)) } catch (IllegalArgumentException e) {
        ec.message.addError(ec.resource.expand('${fieldLabel} ${monthText} is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02',
                null, [fieldLabel: ec.l10n.localize('As-of Month'), monthText: asOfMonth])); return
    }
} else {
    def latest = ec.entity.find('hpf.compliance.UnitRemittance').selectField('remitMonth').orderBy('-remitMonth')
            .limit(1).disableAuthz().useCache(false).list()
    if (!latest) { ec.message.addError(ec.l10n.localize('No remittances have been imported yet')); return }
    asOfMonth = latest[0].remitMonth
}
java.time.LocalDate today = clock.today()
java.time.LocalDate knownUntil = today

// ---- the office's settings, as a plain config object for the core
Map<RiskSignal, SignalSetting> settingsBySignal = [:]
for (s in ec.entity.find('hpf.compliance.RiskSignalSetting').useCache(false).disableAuthz().list()) {
    RiskSignal signal = RiskSignal.of(s.signalCode)
    if (signal == null) continue
    settingsBySignal[signal] = new SignalSetting((s.weight ?: 0) as double, (s.threshold ?: 0) as double, (s.saturation ?: 0) as double)
}
RiskConfig config = RiskConfig.of(settingsBySignal)
String settingsText = config.settings().collect { k, v -> "${k.name()}=${v.weight()}/${v.threshold()}/${v.saturation()}" }.join(', ')

riskRunId = ec.entity.sequencedIdPrimary('hpf.compliance.RiskScoringRun', null, null)
ec.transaction.runRequireNew(600, 'Could not record the risk scoring run', {
    ec.entity.makeValue('hpf.compliance.RiskScoringRun').setAll([riskRunId: riskRunId, campaignId: campaignId,
            branchId: branchId, asOfMonth: asOfMonth, knownUntilDate: java.sql.Date.valueOf(knownUntil),
            settingsText: settingsText, runByUserId: ec.user.userId, startedDate: ec.user.nowTimestamp]).create()
})

// ---- read pass (authorization was checked above, so the reads run without the branch filters)
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
StoredRiskScoring.Result result = null
String failure = null
boolean wasDisabled = ec.artifactExecution.disableAuthz()
try {
    // application periods that ended (approved rate reductions and deferrals): a few per unit at most
    Map<String, List<ExpiredTerms>> termsByUnit = [:]
    String yearBefore = Months.format(Months.parse(asOfMonth as String).minusMonths(24)) + '-01'
    for (a in ec.entity.find('hpf.compliance.RegularizationApplication')
            .condition('statusId', 'in', ['HpfAppInForce', 'HpfAppExpired'])
            .condition('periodThruDate', 'greater-equals', java.sql.Date.valueOf(yearBefore))
            .selectFields(['unitId', 'applicationTypeEnumId', 'periodThruDate']).useCache(false).list()) {
        String kind = a.applicationTypeEnumId == 'HpfAtDeferral' ? '缓缴' : '降低缴存比例'
        termsByUnit.computeIfAbsent(a.unitId as String, { [] }).add(new ExpiredTerms(kind, (a.periodThruDate as java.sql.Date).toLocalDate()))
    }
    StoredRiskScoring.Settings settings = new StoredRiskScoring.Settings(config, Months.parseIndex(asOfMonth as String),
            knownUntil, branchId ? [branchId as String] as Set : null, statusByEnumId, typeByEnumId, termsByUnit, topCount as int)
    // the screening's read pass (core StoreCursor: two JDBC cursors ordered by the unit id alone, one record per row),
    // with the month's headcounts
    result = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/storedRows.groovy', null)
            .read(ec, false, true) { units, remittances -> StoredRiskScoring.runStored(units, remittances, settings) }
} catch (UnmatchedRowsException e) {
    failure = ec.l10n.localize('Remittances could not be matched to their units; risk scoring stopped') + ': ' + e.message
} catch (Exception e) {
    ec.logger.error("Risk scoring run ${riskRunId} failed", e)
    failure = ec.l10n.localize('The risk scoring run failed') + ': ' + e.toString()
} finally {
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}
if (failure) { ec.message.addError(failure); return }

// ---- write pass, a batch per transaction
List top = result.top()
for (int i = 0; i < top.size(); i += WRITE_BATCH) {
    int from = i
    List part = top.subList(i, Math.min(top.size(), i + WRITE_BATCH))
    ec.transaction.runRequireNew(600, 'Could not save risk scores', {
        part.eachWithIndex { StoredRiskScoring.Scored s, int j ->
            ec.entity.makeValue('hpf.compliance.UnitRiskScore').setAll([riskRunId: riskRunId, unitId: s.unitId(),
                    branchId: s.branchId(), asOfMonth: asOfMonth, rankNum: from + j + 1,
                    riskScore: BigDecimal.valueOf(s.score().score()), reasonCodes: s.score().reasonCodes(),
                    reasonText: s.score().reasonText()]).create()
        }
    })
}
unitsRead = result.units(); unitsScored = result.eligible(); unitsFlagged = result.flagged(); storedCount = (long) top.size()
ec.transaction.runRequireNew(600, 'Could not record the risk scoring run', {
    ec.entity.makeValue('hpf.compliance.RiskScoringRun').setAll([riskRunId: riskRunId, unitsRead: unitsRead,
            unitsScored: unitsScored, unitsFlagged: unitsFlagged, storedCount: storedCount,
            completedDate: ec.user.nowTimestamp, durationMillis: System.currentTimeMillis() - started]).update()
})
return null
