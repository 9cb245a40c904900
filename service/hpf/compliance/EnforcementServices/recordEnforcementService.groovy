// Records the service (送达) of an order, checked by the core's ServiceRecordRules as for guidance letters.
import hpf.compliance.core.rules.ServiceMethod
import hpf.compliance.core.rules.ServiceRecord
import hpf.compliance.core.rules.ServiceRecordRules
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def action = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).forUpdate(true).one()
if (action == null) { err('Enforcement action ${actionId} was not found.', [actionId: actionId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: action.branchId]).call()
if (ec.message.hasError()) return
if (action.statusId != 'HpfEnfIssued' || action.serviceOutcome == 'DELIVERED') {
    def cur = ec.entity.find("moqui.basic.StatusItem").condition("statusId", action.statusId).useCache(true).one()
    err('${documentNumber} is ${statusText}; service can be recorded only once, for an issued document not yet served.',
            [documentNumber: action.documentNumber, statusText: (action.serviceOutcome == 'DELIVERED' ? ec.l10n.localize('Served') : (cur?.description ?: action.statusId))]); return
}

def methodEnum = serviceMethodEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", serviceMethodEnumId).useCache(true).one() : null
ServiceMethod method = methodEnum?.enumTypeId == 'HpfServiceMethod' ? ServiceMethod.valueOf(methodEnum.enumCode as String) : null
List<String> witnesses = ServiceRecordRules.names(witnessNames as String)
ServiceRecord.Outcome outcome = ServiceRecord.Outcome.valueOf((serviceOutcome ?: 'DELIVERED') as String)
LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
ServiceRecord rec = new ServiceRecord(method, action.issueDate?.toLocalDate(), serviceDate?.toLocalDate(), recipientName as String,
        recipientRefused == 'Y', witnesses, postalTrackingNo as String, electronicChannel as String, electronicAddress as String,
        unitConsent == null ? null : (unitConsent == 'Y'), outcome, undeliverableReason as String)
ServiceRecordRules.check(rec, today).each { v ->
    ec.message.addValidationError(null, ServiceRecordRules.FORM_FIELDS[v.field()] ?: v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

boolean delivered = outcome == ServiceRecord.Outcome.DELIVERED
serviceOutcome = outcome.name()
ec.service.sync().name("update#hpf.compliance.EnforcementAction").parameters([actionId: actionId,
        serviceMethodEnumId: serviceMethodEnumId, serviceDate: serviceDate, serviceOutcome: outcome.name(),
        recipientName: recipientName, recipientRefused: recipientRefused == 'Y' ? 'Y' : 'N', witnessNames: witnesses.join('、') ?: null,
        postalTrackingNo: postalTrackingNo, electronicChannel: electronicChannel, electronicAddress: electronicAddress,
        unitConsent: unitConsent, undeliverableReason: delivered ? null : undeliverableReason,
        serviceRecordedByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return

// a penalty notice gives the unit five working days from its service to state its case or request a hearing
// (《行政处罚法》第六十四条、第八十五条): the last of them is the notice's deadline, which the decision waits for
if (delivered && action.actionTypeEnumId == 'HpfEaPenaltyNotice') {
    Map replyBy = ec.service.sync().name("hpf.compliance.CalendarServices.add#WorkingDays").parameters([startDate: serviceDate,
            days: hpf.compliance.core.rules.EnforcementRules.STATEMENT_WORKING_DAYS]).call()
    if (ec.message.hasError()) return
    ec.service.sync().name("update#hpf.compliance.EnforcementAction").parameters([actionId: actionId, dueDate: replyBy.dueDate]).call()
    ec.service.sync().name("hpf.compliance.TargetServices.update#TargetDeadline").parameters([targetId: action.targetId,
            nextDeadlineDate: replyBy.dueDate, nextDeadlineNote: ec.l10n.localize('Last day to state the case or request a hearing')]).call()
    if (ec.message.hasError()) return
}

String methodText = methodEnum?.description ?: ''
if (action.actionTypeEnumId != 'HpfEaOrderToPay') {
    def typeEnum = ec.entity.find("moqui.basic.Enumeration").condition("enumId", action.actionTypeEnumId).useCache(true).one()
    String r = delivered ? ec.resource.expand('${documentName} ${documentNumber} served on ${serviceDate} (${methodText}).', null,
                [documentName: typeEnum?.description, documentNumber: action.documentNumber, serviceDate: serviceDate, methodText: methodText]) :
            ec.resource.expand('${documentName} ${documentNumber} not delivered (${methodText}): ${undeliverableReason}', null,
                [documentName: typeEnum?.description, documentNumber: action.documentNumber, methodText: methodText, undeliverableReason: undeliverableReason])
    ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: action.targetId,
            activityTypeEnumId: 'HpfActEnforcement', reason: r, actionId: actionId]).call()
    if (delivered && action.actionTypeEnumId == 'HpfEaRegistrationLetter') {
        def t = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", action.targetId).one()
        if (t?.statusId == 'HpfTgtNoticed') ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([
                targetId: action.targetId, statusId: 'HpfTgtServed', activityTypeEnumId: 'HpfActEnforcement', actionId: actionId]).call()
    }
    return null
}
String reason = delivered ?
        ec.resource.expand('Order to pay ${documentNumber} served on ${serviceDate} (${methodText}).', null,
                [documentNumber: action.documentNumber, serviceDate: serviceDate, methodText: methodText]) :
        ec.resource.expand('Order to pay ${documentNumber} not delivered (${methodText}): ${undeliverableReason}', null,
                [documentNumber: action.documentNumber, methodText: methodText, undeliverableReason: undeliverableReason])
ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: action.targetId,
        activityTypeEnumId: 'HpfActEnforcement', reason: reason, actionId: actionId]).call()
return null
