// Records the service (送达) of a guidance letter, checked by the core's ServiceRecordRules.
import hpf.compliance.core.rules.ServiceMethod
import hpf.compliance.core.rules.ServiceRecord
import hpf.compliance.core.rules.ServiceRecordRules
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def notice = ec.entity.find("hpf.compliance.GuidanceNotice").condition("noticeId", noticeId).forUpdate(true).one()
if (notice == null) { err('Guidance letter ${noticeId} was not found.', [noticeId: noticeId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: notice.branchId]).call()
if (ec.message.hasError()) return
if (!(notice.statusId in ['HpfNtcIssued', 'HpfNtcUndeliverable'])) {
    def cur = ec.entity.find("moqui.basic.StatusItem").condition("statusId", notice.statusId).useCache(true).one()
    err('Guidance letter ${noticeNumber} is ${statusText}; service can be recorded only for an issued letter.',
            [noticeNumber: notice.noticeNumber, statusText: cur?.description ?: notice.statusId]); return
}

def methodEnum = serviceMethodEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", serviceMethodEnumId).useCache(true).one() : null
ServiceMethod method = methodEnum?.enumTypeId == 'HpfServiceMethod' ? ServiceMethod.valueOf(methodEnum.enumCode as String) : null
List<String> witnesses = ServiceRecordRules.names(witnessNames as String)
// 送达人: the officers named, else the user who records the service
List<String> officers = ServiceRecordRules.names(servingOfficerNames as String)
if (!officers) officers = [(ec.user.userAccount?.userFullName ?: ec.user.username) as String].findAll { it }
ServiceRecord.Outcome outcome = ServiceRecord.Outcome.valueOf((serviceOutcome ?: 'DELIVERED') as String)
LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
ServiceRecord rec = new ServiceRecord(method, notice.issueDate?.toLocalDate(), serviceDate?.toLocalDate(), recipientName as String,
        recipientRefused == 'Y', witnesses, postalTrackingNo as String, electronicChannel as String, electronicAddress as String,
        unitConsent == null ? null : (unitConsent == 'Y'), outcome, undeliverableReason as String)

ServiceRecordRules.check(rec, today).each { v ->
    ec.message.addValidationError(null, ServiceRecordRules.FORM_FIELDS[v.field()] ?: v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

boolean delivered = outcome == ServiceRecord.Outcome.DELIVERED
statusId = delivered ? 'HpfNtcServed' : 'HpfNtcUndeliverable'
ec.service.sync().name("update#hpf.compliance.GuidanceNotice").parameters([noticeId: noticeId, statusId: statusId,
        serviceMethodEnumId: serviceMethodEnumId, serviceDate: serviceDate, serviceOutcome: outcome.name(),
        recipientName: recipientName, recipientRefused: recipientRefused == 'Y' ? 'Y' : 'N', witnessNames: witnesses.join('、') ?: null,
        postalTrackingNo: postalTrackingNo, electronicChannel: electronicChannel, electronicAddress: electronicAddress,
        unitConsent: unitConsent, undeliverableReason: delivered ? null : undeliverableReason,
        servingOfficerNames: officers.join('、') ?: null, servicePlace: servicePlace?.trim() ?: null,
        serviceRecordedByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return

// the target's timeline, and its status when the flow leads from where it is to 'served'
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", notice.targetId).one()
if (target == null) return
String methodText = methodEnum?.description ?: ''
String reason = delivered ?
        ec.resource.expand('Guidance letter ${noticeNumber} served on ${serviceDate} (${methodText}).', null,
                [noticeNumber: notice.noticeNumber, serviceDate: serviceDate, methodText: methodText]) :
        ec.resource.expand('Guidance letter ${noticeNumber} not delivered (${methodText}): ${undeliverableReason}', null,
                [noticeNumber: notice.noticeNumber, methodText: methodText, undeliverableReason: undeliverableReason])
String activityType = delivered ? 'HpfActNoticeServed' : 'HpfActNoticeUndeliverable'
boolean moveTarget = delivered && ec.entity.find("moqui.basic.StatusFlowTransition").condition([statusFlowId: 'HpfTargetFlow',
        statusId: target.statusId, toStatusId: 'HpfTgtServed']).useCache(true).count() > 0
if (moveTarget) {
    ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: target.targetId,
            statusId: 'HpfTgtServed', reason: reason, activityTypeEnumId: activityType, noticeId: noticeId]).call()
} else {
    ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: target.targetId,
            activityTypeEnumId: activityType, reason: reason, noticeId: noticeId]).call()
}
return null
