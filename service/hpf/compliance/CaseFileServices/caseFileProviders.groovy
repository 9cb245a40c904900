// The kinds of documents in a unit's case file (一户一档), one entry each, in the order of the procedure (documents of
// one day keep this order). A new kind of document adds one entry here. An entry:
//   kind    a name for the log;            title   文件名称: text, or a closure of the record
//   find    closure of the target (a map): the records (entity values or maps) of that target (branch scope applies)
//   id      the record's id field;         date    the field the document is dated by (a date or a timestamp)
//   number  the field holding 文号, if any; author  'center' (the default) or 'unit' (what the unit handed in)
//   print   [info: service returning the template's context when called with [(id): the record's id], template: location]
//           the document is rendered through hpf.compliance.PrintDocumentServices.render#PrintDocument to PDF
//   file    the field holding an uploaded file's resource location (with fileName: the field of its name), copied as is
// A served document of the enforcement chain adds one line to enforcementKinds below (its proof of service comes with it).
import org.moqui.entity.EntityCondition

def ec = context.ec
def notNull = { String field -> ec.entity.conditionFactory.makeCondition(field, EntityCondition.IS_NOT_NULL, null) }
// an application's attachments are filed with it: dated by its submission, or by their upload when that came later
def clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def attachments = { Map t ->
    Map submitted = ec.entity.find('hpf.compliance.RegularizationApplication').condition('targetId', t.targetId)
            .condition(notNull('submittedDate')).list().collectEntries { [(it.applicationId): it.submittedDate] }
    if (!submitted) return []
    return ec.entity.find('hpf.compliance.ApplicationDocument').condition('applicationId', EntityCondition.IN, submitted.keySet())
            .condition(notNull('documentLocation')).list().collect { d ->
        def sub = submitted[d.applicationId]
        boolean later = d.uploadedDate != null && clock.dateOf(d.uploadedDate).isAfter(sub.toLocalDate())
        d.getMap() + [fileDate: later ? d.uploadedDate : sub]
    }
}
def actions = { Map t, String type -> ec.entity.find('hpf.compliance.EnforcementAction').condition([targetId: t.targetId, actionTypeEnumId: type])
        .condition(notNull('documentNumber')).list() }

// the served documents of the enforcement chain (arrears: the order to pay; non-registration: the registration letter,
// the order to register, the penalty notice and decision), each with its 送达回证: [actionTypeEnumId, kind, 文件名称, template]
List<List<String>> enforcementKinds = [
    ['HpfEaRegistrationLetter', 'REGISTRATION_LETTER', '住房公积金缴存登记告知书', 'RegistrationLetter'],
    ['HpfEaOrderToPay', 'ORDER', '责令限期缴存通知书', 'OrderToPay'],
    ['HpfEaOrderToRegister', 'ORDER_TO_REGISTER', '责令限期办理住房公积金缴存登记通知书', 'OrderToRegister'],
    ['HpfEaPenaltyNotice', 'PENALTY_NOTICE', '行政处罚事先告知书', 'PenaltyNotice'],
    ['HpfEaPenaltyDecision', 'PENALTY_DECISION', '行政处罚决定书', 'PenaltyDecision']]

return [
    [kind: 'NOTICE', title: '行政指导意见书', id: 'noticeId', date: 'issueDate', number: 'noticeNumber',
     find: { Map t -> ec.entity.find('hpf.compliance.GuidanceNotice').condition('targetId', t.targetId).condition(notNull('noticeNumber')).list() },
     print: [info: 'hpf.compliance.NoticeServices.get#NoticePrintInfo', template: 'component://hpf-compliance/template/notice/GuidanceNotice.html.ftl']],
    [kind: 'NOTICE_PROOF', title: '送达回证（行政指导意见书）', id: 'noticeId', date: 'serviceDate', number: 'noticeNumber',
     find: { Map t -> ec.entity.find('hpf.compliance.GuidanceNotice').condition('targetId', t.targetId).condition(notNull('noticeNumber'))
             .condition(notNull('serviceDate')).list() },
     print: [info: 'hpf.compliance.NoticeServices.get#NoticePrintInfo', template: 'component://hpf-compliance/template/notice/ServiceProof.html.ftl']],
    [kind: 'INTERVIEW', title: '催缴情况笔录', id: 'interviewId', date: 'interviewDate',
     find: { Map t -> ec.entity.find('hpf.compliance.CollectionInterview').condition('targetId', t.targetId).list() },
     print: [info: 'hpf.compliance.InterviewServices.get#InterviewPrintInfo', template: 'component://hpf-compliance/template/notice/InterviewRecord.html.ftl']],
    [kind: 'APPLICATION', title: { r -> (r.applicationTypeEnumId == 'HpfAtDeferral' ? '缓缴' : '降低缴存比例') + '申请审批表' }, id: 'applicationId', date: 'submittedDate',
     author: 'unit', find: { Map t -> ec.entity.find('hpf.compliance.RegularizationApplication').condition('targetId', t.targetId)
             .condition(notNull('submittedDate')).list() },
     print: [info: 'hpf.compliance.ApplicationServices.get#ApplicationPrintInfo', template: 'component://hpf-compliance/template/application/ApplicationApprovalForm.html.ftl']],
    [kind: 'APPLICATION_DOCUMENT', title: { r -> '申请材料（' + (r.description ?: (r.fileName ?: '附件')) + '）' },
     id: 'documentSeqId', date: 'fileDate', author: 'unit', file: 'documentLocation', fileName: 'fileName',
     find: { Map t -> attachments(t) }],
    [kind: 'PAYMENT_EVIDENCE', title: '缴存凭证', id: 'paymentEvidenceId', date: 'paymentDate', number: 'voucherNumber', author: 'unit',
     file: 'documentLocation', fileName: 'fileName',
     find: { Map t -> ec.entity.find('hpf.compliance.PaymentEvidence').condition('targetId', t.targetId).condition(notNull('documentLocation')).list() }],
] + enforcementKinds.collectMany { String type, String kind, String title, String template -> [
    [kind: kind, title: title, id: 'actionId', date: 'issueDate', number: 'documentNumber',
     find: { Map t -> actions(t, type) },
     print: [info: 'hpf.compliance.EnforcementServices.get#EnforcementPrintInfo', template: "component://hpf-compliance/template/enforcement/${template}.html.ftl".toString()]],
    [kind: kind + '_PROOF', title: '送达回证（' + title + '）', id: 'actionId', date: 'serviceDate', number: 'documentNumber',
     find: { Map t -> actions(t, type).findAll { it.serviceDate != null } },
     print: [info: 'hpf.compliance.EnforcementServices.get#EnforcementPrintInfo', template: 'component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl']]]
} + [
    // the application to the people's court is filed with the court, not served on the unit: no proof of service
    [kind: 'COURT_REFERRAL', title: '强制执行申请书', id: 'actionId', date: 'issueDate', number: 'documentNumber',
     find: { Map t -> actions(t, 'HpfEaCourtReferral') },
     print: [info: 'hpf.compliance.CourtReferralServices.get#CourtReferralPrintInfo', template: 'component://hpf-compliance/template/enforcement/CourtReferral.html.ftl']],
]
