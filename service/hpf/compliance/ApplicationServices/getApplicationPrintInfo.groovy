// What the approval form (审批表) shows, every value as display text so the template only prints strings: the screen
// PrintApplication and the case file (一户一档) render the same form from this. The application find is branch-filtered.
import hpf.compliance.core.Formats

def application = ec.entity.find("hpf.compliance.RegularizationApplicationDetail").condition("applicationId", applicationId).one()
if (application == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', null, [applicationId: applicationId])); return null }
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", application.unitId).one()
List reviewList = ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApplicationReviews").parameters([applicationId: applicationId]).call()?.reviewList ?: []
List documentList = ec.entity.find("hpf.compliance.ApplicationDocument").condition("applicationId", applicationId).orderBy("documentSeqId").list()
Map approvedTerms = application.statusId in ['HpfAppApproved', 'HpfAppInForce', 'HpfAppExpired'] ?
        ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms").parameters([applicationId: applicationId]).call() : null
if (ec.message.hasError()) { ec.message.clearErrors(); approvedTerms = null }

centerName = System.getProperty('hpf_center_name') ?: ''
def describe = { String entityName, String field, String id -> id ? (ec.entity.find(entityName).condition(field, id)
        .useCache(true).one()?.get('description') ?: id) : '' }
typeName = describe('moqui.basic.Enumeration', 'enumId', application.applicationTypeEnumId as String)
statusName = describe('moqui.basic.StatusItem', 'statusId', application.statusId as String)
bodyName = describe('moqui.basic.Enumeration', 'enumId', application.resolutionBodyEnumId as String)
def day = { v -> v == null ? '' : ec.l10n.format(v, 'yyyy年MM月dd日') }
// each step signed by its decider with name and role; a decision recorded for another body (the committee) as 录入人;
// the step's deadline is counted in working days on the holiday calendar (ReviewSteps), and the form says so
reviewRows = reviewList.collect { r -> [step: r.stepName, stepId: r.reviewStepEnumId, decision: r.decisionName,
        comments: r.comments ?: '', reviewer: r.reviewerName ?: '', role: r.deciderRole ?: '',
        recordsOnBehalf: r.recordsOnBehalf ? true : false, date: day(r.reviewedDate), due: day(r.dueDate)] }
documentRows = documentList.collect { d -> [type: describe('moqui.basic.Enumeration', 'enumId', d.documentTypeEnumId as String), name: d.fileName ?: ''] }
def pct = { v -> v == null ? '' : ((v as BigDecimal) * 100).stripTrailingZeros().toPlainString() + '%' }
// money with 2 decimals, a year's result in words (亏损 1,500,000.00 元), counts grouped, years plain (core Formats)
def money = { v -> Formats.money(v as BigDecimal) }
def num = { v -> Formats.count(v as Number) }
def year = { v -> Formats.plain(v as Number) }
def result = { v -> Formats.profitOrLoss(v as BigDecimal) }
form = [deferral: application.applicationTypeEnumId == 'HpfAtDeferral', signatures: application.resolutionBodyEnumId == 'HpfRbSignatures',
        applicationId: application.applicationId, unitName: application.unitName ?: '', unitAccountNo: application.unitAccountNo ?: '',
        usccCode: unit?.usccCode ?: '', branchName: application.branchName ?: '', workerCount: num(application.workerCount ?: unit?.workerCount),
        submittedDate: day(application.submittedDate), deferralMonths: num(application.deferralMonths), monthlyDue: money(unit?.monthlyDueAmount),
        currentEmployerRate: pct(application.currentEmployerRate), currentEmployeeRate: pct(application.currentEmployeeRate),
        requestedEmployerRate: pct(application.requestedEmployerRate), requestedEmployeeRate: pct(application.requestedEmployeeRate),
        periodFrom: day(application.periodFromDate), periodThru: day(application.periodThruDate), reason: application.reasonText ?: '',
        year1: year(application.profitLossYear1), result1: result(application.profitLossAmount1),
        year2: year(application.profitLossYear2), result2: result(application.profitLossAmount2),
        resolutionDate: day(application.resolutionDate), members: num(application.bodyMemberCount), attendance: num(application.attendanceCount),
        votesFor: num(application.votesFor), votesAgainst: num(application.votesAgainst), votesAbstain: num(application.votesAbstain),
        signatureCount: num(application.signatureCount), noticeFrom: day(application.noticeFromDate), noticeThru: day(application.noticeThruDate),
        objections: num(application.objectionCount), objectionResponse: application.objectionResponse ?: '',
        termsFrom: day(approvedTerms?.termsFromDate), termsThru: day(approvedTerms?.termsThruDate)]
return [application: application.getMap(), unit: unit?.getMap(), centerName: centerName, typeName: typeName, statusName: statusName,
        bodyName: bodyName, reviewRows: reviewRows, documentRows: documentRows, form: form]
