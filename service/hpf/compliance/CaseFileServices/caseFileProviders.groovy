// The kinds of documents in a unit's case file (一户一档), one entry each, in the order of the procedure (documents of
// one day keep this order). A new kind of document adds one entry here. An entry:
//   kind    a name for the log;            title   文件名称: text, or a closure of the record
//   find    closure of the target (a map): the records (entity values or maps) of that target (branch scope applies)
//   id      the record's id field;         date    the field the document is dated by (a date or a timestamp)
//   number  the field holding 文号, if any; author  'center' (the default) or 'unit' (what the unit handed in)
//   print   [info: service returning the template's context when called with [(id): the record's id], template: location]
//           the document is rendered through hpf.compliance.PrintDocumentServices.render#PrintDocument to PDF
//   file    the field holding an uploaded file's resource location (with fileName: the field of its name), copied as is
// Court referral (强制执行申请书) and penalty documents (事先告知书, 处罚决定书) are EnforcementActions of their own
// types: add an entry like the order's with their actionTypeEnumId, print info service and template.
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
    [kind: 'ORDER', title: '责令限期缴存通知书', id: 'actionId', date: 'issueDate', number: 'documentNumber',
     find: { Map t -> actions(t, 'HpfEaOrderToPay') },
     print: [info: 'hpf.compliance.EnforcementServices.get#EnforcementPrintInfo', template: 'component://hpf-compliance/template/enforcement/OrderToPay.html.ftl']],
    [kind: 'ORDER_PROOF', title: '送达回证（责令限期缴存通知书）', id: 'actionId', date: 'serviceDate', number: 'documentNumber',
     find: { Map t -> actions(t, 'HpfEaOrderToPay').findAll { it.serviceDate != null } },
     print: [info: 'hpf.compliance.EnforcementServices.get#EnforcementPrintInfo', template: 'component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl']],
]
