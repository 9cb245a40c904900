// Makes the application to the people's court for enforcement (《强制执行申请书》); see CourtReferralServices.xml.
import hpf.compliance.core.rules.NoticeNumbering
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { err('Target ${targetId} was not found.', [targetId: targetId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()
def branch = target.branchId ? ec.entity.find("hpf.compliance.Branch").condition("branchId", target.branchId).one() : null
if (branch == null) { err('Target ${targetId} belongs to no branch, so its application cannot be numbered.', [targetId: targetId]); return }

String pattern = campaign?.courtReferralNumberPattern ?: '住金执〔{year}〕{branch}-{seq:4}号'
NoticeNumbering numbering
try {
    numbering = NoticeNumbering.compile(pattern)
} catch (IllegalArgumentException e) {
    err('The court application number pattern ${pattern} of the campaign cannot be used: ${problem}', [pattern: pattern, problem: ec.l10n.localize(e.message)]); return
}
if (!numbering.usesBranch() || !numbering.usesYear()) {
    err('The court application number pattern ${pattern} must contain {year} and {branch}, since numbers run per branch and year.', [pattern: pattern]); return
}

// locks as for letters and orders (docs/CONCURRENCY.md): the target first, the number counter last; the draft is read
// again under the target's lock so that two officers cannot both apply on the same order
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).forUpdate(true).one()
Map draft = ec.service.sync().name("hpf.compliance.CourtReferralServices.get#CourtReferralDraft")
        .parameters([targetId: targetId, issueDate: issueDate, asOfDate: asOfDate]).call()
if (ec.message.hasError()) return
if (!draft.canRefer) {
    for (String reason in draft.whyNotList) ec.message.addError(reason)
    return
}
LocalDate issued = (draft.issueDate as java.sql.Date).toLocalDate()
try {
    numbering.format(issued.year, branch.branchCode, 1)
} catch (IllegalArgumentException e) {
    err('Branch ${branchName} has no usable code for document numbers (${problem}); set its code first.', [branchName: branch.branchName, problem: e.message]); return
}

Map unit = draft.unit ?: [:]
Map created = ec.service.sync().name("create#hpf.compliance.EnforcementAction").parameters([
        targetId: targetId, unitId: target.unitId, branchId: target.branchId, campaignId: target.campaignId,
        caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaCourtReferral', statusId: 'HpfEnfIssued',
        priorActionId: draft.orderActionId, documentYear: issued.year, issueDate: draft.issueDate, courtName: courtName,
        description: description, unitName: unit.unitName, unitAccountNo: unit.unitAccountNo, usccCode: unit.usccCode,
        owedAsOfDate: draft.asOfDate, firstOwedMonth: draft.firstOwedMonth, owedMonths: draft.owedMonths,
        amountOwed: draft.amountOwed, paidThroughMonth: draft.paidThroughMonth, createdByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return
actionId = created.actionId
amountOwed = draft.amountOwed
owedMonths = draft.owedMonths

// the order goes to court: escalated (HpfEnforcementFlow Issued → Escalated)
def order = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", draft.orderActionId).forUpdate(true).one()
if (order?.statusId == 'HpfEnfIssued') {
    ec.service.sync().name("update#hpf.compliance.EnforcementAction").parameters([actionId: order.actionId, statusId: 'HpfEnfEscalated']).call()
    if (ec.message.hasError()) return
}
ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: targetId,
        activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
if (ec.message.hasError()) return

// last: the number, then the timeline line that names it
Map reserved = ec.service.sync().name("hpf.compliance.NoticeServices.reserve#DocumentNumber")
        .parameters([documentTypeEnumId: 'HpfDtCourtReferral', branchId: target.branchId, sequenceYear: issued.year]).call()
if (ec.message.hasError()) return
documentNumber = numbering.format(issued.year, branch.branchCode, (reserved.seqNum as Long).intValue())
ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: actionId, documentNumber: documentNumber,
        documentSeqNum: reserved.seqNum]).update()
String reason = ec.resource.expand('Application for court enforcement ${documentNumber} made on order ${orderNumber}: ${owedMonths} months, ${amountOwed} yuan owed on ${asOfDate}.',
        null, [documentNumber: documentNumber, orderNumber: draft.orderNumber, owedMonths: draft.owedMonths,
               amountOwed: new java.text.DecimalFormat("#,##0.00").format(draft.amountOwed), asOfDate: draft.asOfDate])
for (act in ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, actionId: actionId,
        activityTypeEnumId: 'HpfActEnforcement']).useCache(false).list()) { act.set("reason", reason); act.update() }
return null
