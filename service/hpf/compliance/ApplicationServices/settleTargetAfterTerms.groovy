// What the unit's target becomes once approved terms have ended (core ApplicationTargetRules.onTermsEnded): a renewal in
// review or approved carries the case on; else the deferred months of the ended terms (and of earlier deferrals a
// renewal carried) are made up (补缴), or arrears still owed are followed up again, or the case is closed.
import hpf.compliance.core.rules.*

import java.time.LocalDate

makeUpTargetId = null; makeUpAmount = null; makeUpNote = null
def findApp = { String id -> id ? ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", id).one() : null }
def app = findApp(applicationId)
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", app.unitId).one()

// the ended terms not yet settled: this application and the earlier ones a renewal carried on
List chain = []
Set seen = [] as Set
for (def cur = app; cur != null && seen.add(cur.applicationId); cur = findApp((String) cur.priorApplicationId)) {
    if (cur.statusId != 'HpfAppExpired' || cur.termsSettledDate != null) break
    chain << cur
}
List<TermsPeriod> periods = chain.collect { a ->
    (TermsPeriod) ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms").parameters([applicationId: a.applicationId]).call()?.terms
}.findAll { it != null }
if (ec.message.hasError()) return
TermsPeriod.MakeUp makeUp = periods ? TermsPeriod.makeUp(periods, unit?.monthlyDueAmount ?: BigDecimal.ZERO) : null

List renewals = ec.entity.find("hpf.compliance.RegularizationApplication").condition("unitId", app.unitId)
        .condition("applicationId", "not-in", chain*.applicationId ?: [applicationId])
        .condition("statusId", "in", ['HpfAppSubmitted', 'HpfAppBranchAccepted', 'HpfAppOfficeReviewed', 'HpfAppCommitteeApproved',
                                      'HpfAppReturned', 'HpfAppApproved', 'HpfAppInForce'])
        .orderBy("-applicationId").list()
def target = app.targetId ? ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", app.targetId).one() : null
if (target == null && app.campaignId) target = ec.entity.find("hpf.compliance.CampaignTarget")
        .condition([campaignId: app.campaignId, unitId: app.unitId]).one()

def state = ApplicationTargetRules.onTermsEnded(!renewals.isEmpty(), makeUp?.months()?.size() ?: 0, target?.amountOwed)
outcome = state.name()
def label = { String entityName, String field, String id -> id ? (ec.entity.find(entityName).condition(field, id).useCache(true).one()?.description ?: id) : '' }
Map ctx = [applicationId: applicationId, thruDate: app.periodThruDate?.toString() ?: '',
           amountOwed: hpf.compliance.core.Formats.money(target?.amountOwed ?: BigDecimal.ZERO)]

if (state == ApplicationTargetRules.TargetState.UNCHANGED) {
    def renewal = renewals[0]
    ctx += [renewalId: renewal.applicationId, renewalStatus: label('moqui.basic.StatusItem', 'statusId', (String) renewal.statusId)]
    if (target != null) ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: target.targetId,
            activityTypeEnumId: 'HpfActApplication', applicationId: applicationId, reason: ec.resource.expand(
                'The terms of application ${applicationId} ended; application ${renewalId} (${renewalStatus}) carries the case on, and deferred months are made up after its terms', '', ctx)]).call()
    return [outcome: outcome]
}

if (state == ApplicationTargetRules.TargetState.MAKE_UP) {
    def campaign = app.campaignId ? ec.entity.find("hpf.compliance.Campaign").condition("campaignId", app.campaignId).useCache(true).one() : null
    LocalDate deadline = makeUp.dueFrom().plusDays((campaign?.rectifyDays ?: 30) as long)
    Map noteCtx = [monthCount: makeUp.months().size(), fromMonth: makeUp.months().first().toString(),
            thruMonth: makeUp.months().last().toString(), amount: hpf.compliance.core.Formats.money(makeUp.amount()),
            dueFrom: makeUp.dueFrom().toString(), deadline: deadline.toString(), applicationId: applicationId]
    makeUpNote = ec.resource.expand('Make-up of deferred contributions after application ${applicationId}: ${monthCount} months (${fromMonth} to ${thruMonth}), ${amount} yuan, due from ${dueFrom}, deadline ${deadline}', '', noteCtx)
    makeUpAmount = makeUp.amount()
    if (target != null) {
        ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: target.targetId,
                statusId: 'HpfTgtIdentified', reason: makeUpNote, applicationId: applicationId]).call()
        if (ec.message.hasError()) return
        ec.service.sync().name("update#hpf.compliance.CampaignTarget").parameters([targetId: target.targetId, resolvedDate: null,
                nextDeadlineDate: java.sql.Date.valueOf(deadline), nextDeadlineNote: makeUpNote.take(255)]).call()
        makeUpTargetId = target.targetId
    } else if (app.campaignId) {
        makeUpTargetId = ec.service.sync().name("create#hpf.compliance.CampaignTarget").parameters([campaignId: app.campaignId,
                unitId: app.unitId, branchId: app.branchId ?: unit?.branchId, targetTypeEnumId: 'HpfTtArrears', statusId: 'HpfTgtIdentified',
                firstOwedMonth: noteCtx.fromMonth, owedMonths: makeUp.months().size(), amountOwed: makeUp.amount(),
                initialAmountOwed: makeUp.amount(), recoveredAmount: BigDecimal.ZERO, workerCount: unit?.workerCount,
                reasonCodes: 'DEFERRAL_MAKEUP', identifiedDate: ec.user.nowTimestamp, nextDeadlineDate: java.sql.Date.valueOf(deadline),
                nextDeadlineNote: makeUpNote.take(255), notes: makeUpNote]).call()?.targetId
    } else {
        ec.message.addMessage(ec.resource.expand('Application ${applicationId} belongs to no campaign, so no make-up follow-up was opened', ''), 'warning')
    }
} else if (target != null) {
    boolean reopen = state == ApplicationTargetRules.TargetState.REOPENED
    ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: target.targetId,
            statusId: reopen ? 'HpfTgtIdentified' : 'HpfTgtRectified', applicationId: applicationId, reason: ec.resource.expand(reopen ?
                'The terms of application ${applicationId} ended on ${thruDate} and the original rates apply again; ${amountOwed} yuan of arrears is still owed, so the target is followed up again' :
                'The terms of application ${applicationId} ended on ${thruDate} and the original rates apply again; nothing is owed, so the case is closed', '', ctx)]).call()
    if (ec.message.hasError()) return
}
if (ec.message.hasError()) return
// settled: a later renewal's end will not make these months up again
for (def a in chain) ec.service.sync().name("update#hpf.compliance.RegularizationApplication")
        .parameters([applicationId: a.applicationId, termsSettledDate: ec.user.nowTimestamp]).call()
return [outcome: outcome, makeUpTargetId: makeUpTargetId, makeUpAmount: makeUpAmount, makeUpNote: makeUpNote]
