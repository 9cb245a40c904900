// Ends the terms of one application whose period is over (HpfAppInForce → HpfAppExpired): the original rates or the
// normal account status return; after a deferral a make-up (补缴) follow-up is opened on the unit's target.
import hpf.compliance.core.rules.*

import java.time.LocalDate

def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).forUpdate(true).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
if (app.statusId != 'HpfAppInForce') {
    ec.message.addError(ec.resource.expand('Application ${applicationId} has no terms in force to end', '')); return
}
TermsPeriod terms = (TermsPeriod) ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms")
        .parameters([applicationId: applicationId]).call()?.terms
if (ec.message.hasError() || terms == null) return
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", app.unitId).forUpdate(true).one()
boolean deferral = terms.kind() == RegularizationKind.DEFERRAL

// a renewal that already took over the unit keeps its own terms
if (unit.termsApplicationId == applicationId || unit.termsApplicationId == null) {
    Map unitUpd = [unitId: unit.unitId, termsApplicationId: null, termsThruDate: null]
    if (deferral) unitUpd.accountStatusEnumId = 'HpfAcsNormal'
    else { unitUpd.employerRate = app.currentEmployerRate ?: unit.employerRate; unitUpd.employeeRate = app.currentEmployeeRate ?: unit.employeeRate }
    ec.service.sync().name("update#hpf.compliance.EmployerUnit").parameters(unitUpd).call()
    if (ec.message.hasError()) return
}
ec.service.sync().name("update#hpf.compliance.RegularizationApplication").parameters([applicationId: applicationId,
        statusId: 'HpfAppExpired', termsRestoredDate: ec.user.nowTimestamp]).call()
if (ec.message.hasError()) return
restored = true
if (!deferral) return

// make-up of the deferred months: reopen the unit's target, or open one when the unit has none in the campaign
TermsPeriod.MakeUp makeUp = terms.makeUp(unit.monthlyDueAmount ?: BigDecimal.ZERO)
def campaign = app.campaignId ? ec.entity.find("hpf.compliance.Campaign").condition("campaignId", app.campaignId).useCache(true).one() : null
LocalDate deadline = makeUp.dueFrom().plusDays((campaign?.rectifyDays ?: 30) as long)
Map noteCtx = [monthCount: makeUp.months().size(), fromMonth: makeUp.months() ? makeUp.months().first().toString() : '',
        thruMonth: makeUp.months() ? makeUp.months().last().toString() : '', amount: hpf.compliance.core.Formats.money(makeUp.amount()),
        dueFrom: makeUp.dueFrom().toString(), deadline: deadline.toString(), applicationId: applicationId]
makeUpNote = ec.resource.expand('Make-up of deferred contributions after application ${applicationId}: ${monthCount} months (${fromMonth} to ${thruMonth}), ${amount} yuan, due from ${dueFrom}, deadline ${deadline}', '', noteCtx)
makeUpAmount = makeUp.amount()

def target = app.targetId ? ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", app.targetId).one() : null
if (target == null && app.campaignId) target = ec.entity.find("hpf.compliance.CampaignTarget")
        .condition([campaignId: app.campaignId, unitId: app.unitId]).one()
if (target != null) {
    ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: target.targetId,
            statusId: 'HpfTgtIdentified', reason: makeUpNote, applicationId: applicationId]).call()
    if (ec.message.hasError()) return
    ec.service.sync().name("update#hpf.compliance.CampaignTarget").parameters([targetId: target.targetId, resolvedDate: null,
            nextDeadlineDate: java.sql.Date.valueOf(deadline), nextDeadlineNote: makeUpNote.take(255)]).call()
    makeUpTargetId = target.targetId
} else if (app.campaignId) {
    makeUpTargetId = ec.service.sync().name("create#hpf.compliance.CampaignTarget").parameters([campaignId: app.campaignId,
            unitId: app.unitId, branchId: app.branchId ?: unit.branchId, targetTypeEnumId: 'HpfTtArrears', statusId: 'HpfTgtIdentified',
            firstOwedMonth: noteCtx.fromMonth ?: null, owedMonths: makeUp.months().size(), amountOwed: makeUp.amount(),
            initialAmountOwed: makeUp.amount(), recoveredAmount: BigDecimal.ZERO, workerCount: unit.workerCount,
            reasonCodes: 'DEFERRAL_MAKEUP', identifiedDate: ec.user.nowTimestamp, nextDeadlineDate: java.sql.Date.valueOf(deadline),
            nextDeadlineNote: makeUpNote.take(255), notes: makeUpNote]).call()?.targetId
} else {
    ec.message.addMessage(ec.resource.expand('Application ${applicationId} belongs to no campaign, so no make-up follow-up was opened', ''), 'warning')
}
return [restored: restored, makeUpTargetId: makeUpTargetId, makeUpAmount: makeUpAmount, makeUpNote: makeUpNote]
