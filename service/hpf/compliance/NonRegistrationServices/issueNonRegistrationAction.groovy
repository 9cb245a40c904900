// Issues the next document of a non-registration case (Art. 37); see NonRegistrationServices.xml for the rules.
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.rules.EnforcementCase.Action
import hpf.compliance.core.rules.EnforcementCase.ActionType
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

// the regulation's reasons first, whatever else is wrong: no fine for arrears, a fine only by a decision
if (fineAmount != null && target.targetTypeEnumId != 'HpfTtNoAccount') {
    ec.message.addValidationError(null, 'fineAmount', null, ec.resource.expand(EnforcementRules.FINE_NOT_ALLOWED_FOR_ARREARS, null, [:], true), null); return
}
if (fineAmount != null && actionTypeEnumId != 'HpfEaPenaltyDecision') {
    ec.message.addValidationError(null, 'fineAmount', null, ec.resource.expand(EnforcementRules.FINE_ONLY_ON_PENALTY_DECISION, null, [:], true), null); return
}

LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
LocalDate issued = issueDate ? issueDate.toLocalDate() : today
def checkStep = {
    Map s = ec.service.sync().name("hpf.compliance.NonRegistrationServices.get#NonRegistrationSteps")
            .parameters([targetId: targetId, onDate: java.sql.Date.valueOf(issued)]).call()
    if (ec.message.hasError()) return null
    Map step = s.stepList.find { it.actionTypeEnumId == actionTypeEnumId }
    if (!step?.allowed) { ec.message.addError(step?.whyNot as String); return null }
    return s
}
if (checkStep() == null) return

def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()
def branch = target.branchId ? ec.entity.find("hpf.compliance.Branch").condition("branchId", target.branchId).one() : null
if (branch == null) { err('Target ${targetId} belongs to no branch, so its order cannot be numbered.', [targetId: targetId]); return }

int maxDays = ((campaign?.orderDeadlineDays ?: 30L) as Long).intValue()
EnforcementConfig cfg = EnforcementConfig.defaults().withMaxOrderDays(maxDays)
Map caseOut = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementCase")
        .parameters([targetId: targetId, onDate: java.sql.Date.valueOf(issued)]).call()
if (ec.message.hasError()) return
LocalDate due = null
Action proposed
switch (actionTypeEnumId) {
    case 'HpfEaRegistrationLetter': proposed = Action.of(ActionType.GUIDANCE_LETTER, issued); break
    case 'HpfEaOrderToRegister':
        due = dueDate ? dueDate.toLocalDate() : issued.plusDays(maxDays)
        proposed = Action.order(issued, due); break
    case 'HpfEaPenaltyNotice': proposed = Action.of(ActionType.PENALTY_NOTICE, issued); break
    default: proposed = Action.penalty(issued, fineAmount as BigDecimal)
}
Map fieldNames = [issueDate: 'issueDate', deadline: 'dueDate', actionType: 'actionTypeEnumId', fine: 'fineAmount']
EnforcementRules.check(caseOut.enforcementCase as EnforcementCase, proposed, cfg, today).each { v ->
    ec.message.addValidationError(null, fieldNames[v.field()] ?: v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

Map kinds = [
        HpfEaRegistrationLetter: [field: 'registrationLetterNumberPattern', docType: 'HpfDtRegistrationLetter', pattern: '住金登告〔{year}〕{branch}-{seq:4}号'],
        HpfEaOrderToRegister   : [field: 'registerOrderNumberPattern', docType: 'HpfDtOrderToRegister', pattern: '住金登责〔{year}〕{branch}-{seq:4}号'],
        HpfEaPenaltyNotice     : [field: 'penaltyNoticeNumberPattern', docType: 'HpfDtPenaltyNotice', pattern: '住金罚告〔{year}〕{branch}-{seq:4}号'],
        HpfEaPenaltyDecision   : [field: 'penaltyDecisionNumberPattern', docType: 'HpfDtPenaltyDecision', pattern: '住金罚决〔{year}〕{branch}-{seq:4}号']]
Map kind = kinds[actionTypeEnumId]
String pattern = campaign?.get(kind.field) ?: kind.pattern
NoticeNumbering numbering
try {
    numbering = NoticeNumbering.compile(pattern)
} catch (IllegalArgumentException e) {
    err('The number pattern ${pattern} of the campaign cannot be used: ${problem}', [pattern: pattern, problem: e.message]); return
}
if (!numbering.usesBranch() || !numbering.usesYear()) {
    err('The number pattern ${pattern} must contain {year} and {branch}, since numbers run per branch and year.', [pattern: pattern]); return
}
try {
    numbering.format(issued.year, branch.branchCode, 1)
} catch (IllegalArgumentException e) {
    err('Branch ${branchName} has no usable code for document numbers (${problem}); set its code first.', [branchName: branch.branchName, problem: e.message]); return
}

// locks as for orders to pay (docs/CONCURRENCY.md): the target first, the number counter last
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).forUpdate(true).one()
if (checkStep() == null) return
def prior = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("statusId", "HpfEnfIssued").orderBy("-issueDate").list().find()

Map created = ec.service.sync().name("create#hpf.compliance.EnforcementAction").parameters([
        targetId: targetId, unitId: target.unitId, branchId: target.branchId, campaignId: target.campaignId,
        caseTypeEnumId: 'HpfCtNonRegistration', actionTypeEnumId: actionTypeEnumId, statusId: 'HpfEnfIssued',
        priorActionId: prior?.actionId, documentYear: issued.year, issueDate: java.sql.Date.valueOf(issued),
        dueDate: due ? java.sql.Date.valueOf(due) : null, fineAmount: fineAmount, factsText: factsText, description: description,
        unitName: unit?.unitName, unitAccountNo: unit?.unitAccountNo, usccCode: unit?.usccCode,
        createdByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return
actionId = created.actionId
dueDate = due ? java.sql.Date.valueOf(due) : null

// the step it follows is escalated (the letter, order or notice the unit did not answer by registering)
if (prior != null && actionTypeEnumId != 'HpfEaRegistrationLetter') {
    ec.service.sync().name("update#hpf.compliance.EnforcementAction").parameters([actionId: prior.actionId, statusId: 'HpfEnfEscalated']).call()
    if (ec.message.hasError()) return
}
String toStatus = actionTypeEnumId == 'HpfEaRegistrationLetter' ? 'HpfTgtNoticed' : (actionTypeEnumId == 'HpfEaOrderToRegister' ? 'HpfTgtEnforcing' : null)
if (toStatus && target.statusId != toStatus && !(toStatus == 'HpfTgtNoticed' && target.statusId != 'HpfTgtIdentified')) {
    ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: targetId,
            statusId: toStatus, activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
} else {
    ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: targetId,
            activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
}
if (ec.message.hasError()) return
if (due != null) {
    ec.service.sync().name("hpf.compliance.TargetServices.update#TargetDeadline").parameters([targetId: targetId, nextDeadlineDate: dueDate]).call()
    if (ec.message.hasError()) return
}

// last: the number, then the texts that name it
Map reserved = ec.service.sync().name("hpf.compliance.NoticeServices.reserve#DocumentNumber")
        .parameters([documentTypeEnumId: kind.docType, branchId: target.branchId, sequenceYear: issued.year]).call()
if (ec.message.hasError()) return
documentNumber = numbering.format(issued.year, branch.branchCode, (reserved.seqNum as Long).intValue())
ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: actionId, documentNumber: documentNumber,
        documentSeqNum: reserved.seqNum]).update()
def typeEnum = ec.entity.find("moqui.basic.Enumeration").condition("enumId", actionTypeEnumId).useCache(true).one()
String reason = ec.resource.expand('${documentName} ${documentNumber} issued.', null, [documentName: typeEnum?.description, documentNumber: documentNumber])
for (act in ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, actionId: actionId,
        activityTypeEnumId: 'HpfActEnforcement']).useCache(false).list()) { act.set("reason", reason); act.update() }
if (due != null) ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: targetId, nextDeadlineNote: ec.resource.expand(
        'Register by the deadline of order ${documentNumber}', null, [documentNumber: documentNumber])]).update()
return null
