// Records or changes the court case of an application to the court; see CourtReferralServices.xml.
import hpf.compliance.core.rules.CourtReferralRules
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def action = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).forUpdate(true).one()
if (action == null) { err('Enforcement action ${actionId} was not found.', [actionId: actionId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: action.branchId]).call()
if (ec.message.hasError()) return
if (action.actionTypeEnumId != 'HpfEaCourtReferral') {
    err('${documentNumber} is not an application for court enforcement; a court case is recorded only on one.',
            [documentNumber: action.documentNumber ?: actionId]); return
}
if (action.statusId == 'HpfEnfCancelled') { err('${documentNumber} was cancelled.', [documentNumber: action.documentNumber ?: actionId]); return }

// the enumerations as the core's values
def enumCode = { String enumId, String typeId, String field ->
    if (!enumId) return null
    def e = ec.entity.find("moqui.basic.Enumeration").condition("enumId", enumId).useCache(true).one()
    if (e?.enumTypeId != typeId) {
        ec.message.addValidationError(null, field, null, ec.resource.expand('${value} is not a valid choice.', null, [value: enumId]), null)
        return null
    }
    return e.enumCode as String
}
String rulingCode = enumCode(rulingResultEnumId as String, 'HpfCourtRuling', 'rulingResultEnumId')
String executionCode = enumCode(executionResultEnumId as String, 'HpfCourtExecution', 'executionResultEnumId')
if (amountRecovered != null) {
    def fen = hpf.compliance.core.Amounts.checkFen('amountRecovered', ec.l10n.localize('Amount Recovered by Execution (yuan)'), amountRecovered as BigDecimal)
    if (fen != null) ec.message.addValidationError(null, 'amountRecovered', null, ec.resource.expand(fen.code(), null, fen.args(), true), null)
}
if (ec.message.hasError()) return

LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
def cc = new CourtReferralRules.CourtCase(courtName as String, caseNumber as String, filingDate?.toLocalDate(), rulingDate?.toLocalDate(),
        rulingCode ? CourtReferralRules.Ruling.valueOf(rulingCode) : null, executionCode ? CourtReferralRules.Execution.valueOf(executionCode) : null,
        amountRecovered as BigDecimal)
Map fieldNames = [rulingResult: 'rulingResultEnumId', executionResult: 'executionResultEnumId']
CourtReferralRules.checkCase(cc, action.issueDate?.toLocalDate(), action.amountOwed as BigDecimal, today).each { v ->
    ec.message.addValidationError(null, fieldNames[v.field()] ?: v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

Map values = [courtName: courtName ?: null, caseNumber: caseNumber ?: null, filingDate: filingDate, rulingDate: rulingDate,
        rulingResultEnumId: rulingResultEnumId ?: null, rulingText: rulingText ?: null, executionResultEnumId: executionResultEnumId ?: null,
        executionText: executionText ?: null, amountRecovered: amountRecovered]
def existing = ec.entity.find("hpf.compliance.CourtCase").condition("actionId", actionId).forUpdate(true).one()
changedFields = values.findAll { k, v ->
    def old = existing?.get(k)
    if (old instanceof BigDecimal && v instanceof BigDecimal) return old.compareTo(v) != 0
    return (old?.toString() ?: null) != (v?.toString() ?: null)
}.keySet().toList()
if (existing != null && !changedFields) return null

ec.service.sync().name("store#hpf.compliance.CourtCase").parameters(values + [actionId: actionId, targetId: action.targetId,
        branchId: action.branchId, campaignId: action.campaignId, lastUpdatedByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return
if (courtName && courtName != action.courtName)
    ec.service.sync().name("update#hpf.compliance.EnforcementAction").parameters([actionId: actionId, courtName: courtName]).call()

String reason = ec.resource.expand('Court case of ${documentNumber} recorded (${caseNumber}).', null,
        [documentNumber: action.documentNumber ?: actionId, caseNumber: caseNumber ?: courtName])
ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: action.targetId,
        activityTypeEnumId: 'HpfActEnforcement', reason: reason, actionId: actionId]).call()
return null
