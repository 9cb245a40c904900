// get#BranchFigures: a handful of aggregate queries (entity/HpfFigureViewEntities.xml) grouped by branch, added up by
// the core (CampaignFigures). Branch staff: the entity filter and the explicit scope below keep them to their branch.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.figures.CampaignFigures
import hpf.compliance.core.figures.CampaignFigures.Kind
import hpf.compliance.core.figures.CampaignFigures.State
import org.moqui.entity.EntityCondition

def ec = context.ec
def cf = ec.entity.conditionFactory
def clock = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
if (ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaignId).count() == 0) {
    ec.message.addError(ec.resource.expand('Campaign ${campaignId} not found', null, [campaignId: campaignId])); return
}
asOfDate = asOfDate ?: clock.todayDate()
// the end of the as-of day in the user's zone: instants (identified, resolved, interview, decision) before it count
java.sql.Timestamp endOfDay = clock.startOfDay(java.sql.Date.valueOf(clock.dateOf(asOfDate).plusDays(1)))

Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
Closure scoped = { find ->
    find.condition('campaignId', campaignId)
    if (branchId) find.condition('branchId', branchId)
    if (scope.branchScoped) find.condition('branchId', 'in', scope.userBranchIds ?: ['_NO_BRANCH_'])
    return find
}

def branchFind = ec.entity.find('hpf.compliance.Branch').orderBy(['sequenceNum', 'branchId'])
if (branchId) branchFind.condition('branchId', branchId)
if (scope.branchScoped) branchFind.condition('branchId', 'in', scope.userBranchIds ?: ['_NO_BRANCH_'])
CampaignFigures figures = new CampaignFigures()
for (def b in branchFind.list()) figures.branch(b.branchId as String, b.branchName as String)

// targets identified by the end of the day, by branch, type and present status
Closure identified = { find -> scoped(find).condition('identifiedDate', EntityCondition.LESS_THAN, endOfDay)
        .condition('statusId', EntityCondition.NOT_EQUAL, 'HpfTgtExcluded') }
Map kinds = [HpfTtArrears: Kind.ARREARS, HpfTtStopped: Kind.STOPPED]
Closure stateOf = { String statusId -> statusId == 'HpfTgtRectified' ? State.RECTIFIED :
        (statusId in ['HpfTgtReduced', 'HpfTgtDeferred'] ? State.OTHER_RESOLVED : State.OPEN) }
for (def r in identified(ec.entity.find('hpf.compliance.CampaignTargetFigure')
        .selectFields(['branchId', 'targetTypeEnumId', 'statusId', 'targetCount', 'amountOwedSum', 'recoveredSum'])).list()) {
    figures.targets(r.branchId as String, kinds[r.targetTypeEnumId] ?: Kind.OTHER, stateOf(r.statusId as String),
            (r.targetCount ?: 0) as long, r.amountOwedSum as BigDecimal, r.recoveredSum as BigDecimal)
}
// of those, the ones resolved only after the day: outstanding on it
for (def r in identified(ec.entity.find('hpf.compliance.CampaignTargetFigure')
        .selectFields(['branchId', 'statusId', 'targetCount', 'initialAmountSum', 'recoveredSum']))
        .condition('resolvedDate', EntityCondition.GREATER_THAN_EQUAL_TO, endOfDay).list()) {
    figures.resolvedLater(r.branchId as String, stateOf(r.statusId as String), (r.targetCount ?: 0) as long,
            r.initialAmountSum as BigDecimal, r.recoveredSum as BigDecimal)
}

// a letter counts from its issue date unless it was cancelled by the end of the day
Closure letterStanding = { String statusField, String issueField, String cancelledField ->
    cf.makeCondition([cf.makeCondition(issueField, EntityCondition.LESS_THAN_EQUAL_TO, asOfDate),
            cf.makeCondition(statusField, EntityCondition.NOT_EQUAL, 'HpfNtcDraft'),
            cf.makeCondition([cf.makeCondition(statusField, EntityCondition.NOT_EQUAL, 'HpfNtcCancelled'),
                    cf.makeCondition(cancelledField, EntityCondition.GREATER_THAN_EQUAL_TO, endOfDay)], EntityCondition.OR)])
}

// contacted: distinct targets with a standing letter or an interview by then
for (def r in identified(ec.entity.find('hpf.compliance.CampaignTargetContactFigure')
        .selectFields(['branchId', 'contactedCount']))
        .condition(cf.makeCondition([letterStanding('noticeStatusId', 'issueDate', 'cancelledDate'),
                cf.makeCondition('interviewDate', EntityCondition.LESS_THAN, endOfDay)], EntityCondition.OR)).list()) {
    figures.count(r.branchId as String, 'contactedCount', (r.contactedCount ?: 0) as long)
}

for (def r in scoped(ec.entity.find('hpf.compliance.GuidanceNoticeFigure').selectFields(['branchId', 'noticeCount']))
        .condition(letterStanding('statusId', 'issueDate', 'cancelledDate')).list()) {
    figures.count(r.branchId as String, 'letterIssuedCount', (r.noticeCount ?: 0) as long)
}
for (def r in scoped(ec.entity.find('hpf.compliance.GuidanceNoticeFigure').selectFields(['branchId', 'noticeCount']))
        .condition('statusId', 'HpfNtcServed').condition('serviceDate', EntityCondition.LESS_THAN_EQUAL_TO, asOfDate).list()) {
    figures.count(r.branchId as String, 'letterServedCount', (r.noticeCount ?: 0) as long)
}

for (def r in scoped(ec.entity.find('hpf.compliance.CollectionInterviewFigure').selectFields(['branchId', 'interviewCount']))
        .condition('interviewDate', EntityCondition.LESS_THAN, endOfDay).list()) {
    figures.count(r.branchId as String, 'interviewCount', (r.interviewCount ?: 0) as long)
}

Map actionKeys = [HpfEaOrderToPay: 'orderCount', HpfEaOrderToRegister: 'orderCount', HpfEaCourtReferral: 'courtReferralCount',
        HpfEaPenaltyDecision: 'penaltyCount']
for (def r in scoped(ec.entity.find('hpf.compliance.EnforcementActionFigure').selectFields(['branchId', 'actionTypeEnumId', 'actionCount']))
        .condition('actionTypeEnumId', EntityCondition.IN, actionKeys.keySet())
        .condition('statusId', EntityCondition.NOT_IN, ['HpfEnfDraft', 'HpfEnfCancelled'])
        .condition('issueDate', EntityCondition.LESS_THAN_EQUAL_TO, asOfDate).list()) {
    figures.count(r.branchId as String, actionKeys[r.actionTypeEnumId] as String, (r.actionCount ?: 0) as long)
}

// approved: the decision approved them (later in force or ended); refused: rejected
List approved = ['HpfAppApproved', 'HpfAppInForce', 'HpfAppExpired']
for (def r in scoped(ec.entity.find('hpf.compliance.RegularizationApplicationFigure')
        .selectFields(['branchId', 'applicationTypeEnumId', 'statusId', 'applicationCount']))
        .condition('statusId', EntityCondition.IN, approved + ['HpfAppRejected'])
        .condition('decisionDate', EntityCondition.LESS_THAN, endOfDay).list()) {
    String key = r.statusId == 'HpfAppRejected' ? 'applicationRefusedCount' :
            (r.applicationTypeEnumId == 'HpfAtDeferral' ? 'deferralApprovedCount' : 'reductionApprovedCount')
    figures.count(r.branchId as String, key, (r.applicationCount ?: 0) as long)
}

branchFigures = figures.rows()
totals = figures.totals()
return [branchFigures: branchFigures, totals: totals, asOfDate: asOfDate]
