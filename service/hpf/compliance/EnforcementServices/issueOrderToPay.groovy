// Issues an order to pay by a deadline (《责令限期缴存通知书》) to one target; see EnforcementServices.xml for the rules.
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.rules.EnforcementConfig
import hpf.compliance.core.rules.EnforcementRules
import hpf.compliance.core.rules.NoticeNumbering
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { err('Target ${targetId} was not found.', [targetId: targetId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return

LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
LocalDate issued = issueDate ? issueDate.toLocalDate() : today
def checkCase = {
    Map c = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementCase")
            .parameters([targetId: targetId, onDate: java.sql.Date.valueOf(issued)]).call()
    if (ec.message.hasError()) return null
    if (!c.canIssueOrder) { ec.message.addError(c.whyNotOrder as String); return null }
    return c
}
Map can = checkCase()
if (can == null) return

def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()
def branch = target.branchId ? ec.entity.find("hpf.compliance.Branch").condition("branchId", target.branchId).one() : null
if (branch == null) { err('Target ${targetId} belongs to no branch, so its order cannot be numbered.', [targetId: targetId]); return }

int maxDays = ((campaign?.orderDeadlineDays ?: 30L) as Long).intValue()
LocalDate due = dueDate ? dueDate.toLocalDate() : issued.plusDays(maxDays)
// the core decides: a letter first, the issue date not in the future, the deadline after it and within the campaign's days
def proposed = EnforcementCase.Action.order(issued, due)
Map fieldNames = [issueDate: 'issueDate', deadline: 'dueDate', actionType: 'targetId', fine: 'fineAmount']
EnforcementRules.check(can.enforcementCase as EnforcementCase, proposed, EnforcementConfig.defaults().withMaxOrderDays(maxDays), today).each { v ->
    ec.message.addValidationError(null, fieldNames[v.field()] ?: v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

String pattern = campaign?.orderNumberPattern ?: '住金责〔{year}〕{branch}-{seq:4}号'
NoticeNumbering numbering
try {
    numbering = NoticeNumbering.compile(pattern)
} catch (IllegalArgumentException e) {
    err('The order number pattern ${pattern} of the campaign cannot be used: ${problem}', [pattern: pattern, problem: e.message]); return
}
if (!numbering.usesBranch() || !numbering.usesYear()) {
    err('The order number pattern ${pattern} must contain {year} and {branch}, since numbers run per branch and year.', [pattern: pattern]); return
}

// locks in the same order as letters: the target first, the number counter last (docs/CONCURRENCY.md): the order
// and the target's status and deadline are written first, and the holder of the counter only updates them
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).forUpdate(true).one()
if (checkCase() == null) return
try {
    numbering.format(issued.year, branch.branchCode, 1)
} catch (IllegalArgumentException e) {
    err('Branch ${branchName} has no usable code for document numbers (${problem}); set its code first.', [branchName: branch.branchName, problem: e.message]); return
}

Map created = ec.service.sync().name("create#hpf.compliance.EnforcementAction").parameters([
        targetId: targetId, unitId: target.unitId, branchId: target.branchId, campaignId: target.campaignId,
        caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaOrderToPay', statusId: 'HpfEnfIssued',
        documentYear: issued.year, noticeId: can.servedNoticeId,
        issueDate: java.sql.Date.valueOf(issued), dueDate: java.sql.Date.valueOf(due), description: description,
        unitName: unit?.unitName, unitAccountNo: unit?.unitAccountNo, usccCode: unit?.usccCode,
        firstOwedMonth: target.firstOwedMonth, owedMonths: target.owedMonths, amountOwed: target.amountOwed,
        paidThroughMonth: target.paidThroughMonth, createdByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return
actionId = created.actionId
dueDate = java.sql.Date.valueOf(due)

if (target.statusId == 'HpfTgtEnforcing') {
    ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: targetId,
            activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
} else {
    ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: targetId,
            statusId: 'HpfTgtEnforcing', activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
}
if (ec.message.hasError()) return
ec.service.sync().name("hpf.compliance.TargetServices.update#TargetDeadline").parameters([targetId: targetId,
        nextDeadlineDate: dueDate]).call()
if (ec.message.hasError()) return

// last: the number, then the texts that name it (only rows already written are updated from here on)
Map reserved = ec.service.sync().name("hpf.compliance.NoticeServices.reserve#DocumentNumber")
        .parameters([documentTypeEnumId: 'HpfDtOrderToPay', branchId: target.branchId, sequenceYear: issued.year]).call()
if (ec.message.hasError()) return
documentNumber = numbering.format(issued.year, branch.branchCode, (reserved.seqNum as Long).intValue())
ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: actionId, documentNumber: documentNumber,
        documentSeqNum: reserved.seqNum]).update()
String reason = ec.resource.expand('Order to pay ${documentNumber} issued; pay by ${due}.', null, [documentNumber: documentNumber, due: due])
for (act in ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, actionId: actionId,
        activityTypeEnumId: 'HpfActEnforcement']).useCache(false).list()) { act.set("reason", reason); act.update() }
ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: targetId, nextDeadlineNote: ec.resource.expand(
        'Pay by the deadline of order ${documentNumber}', null, [documentNumber: documentNumber])]).update()
return null
