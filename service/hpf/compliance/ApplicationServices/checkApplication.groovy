// Runs every rule of the core RegularizationRules on one application and returns the violations localized.
// Mapping only: the rules themselves live in hpf.compliance.core.rules.
import hpf.compliance.core.rules.*

import java.time.LocalDate

def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", app.unitId).one()
RegularizationConfig cfg = (RegularizationConfig) ec.service.sync().name("hpf.compliance.ApplicationServices.get#RegularizationConfig")
        .parameters([campaignId: app.campaignId]).call()?.config
LocalDate asOf = submittedDate ? submittedDate.toLocalDate() : hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()

def d = { v -> v == null ? null : v.toLocalDate() }
def i = { v -> v == null ? null : (v as Integer) }
RegularizationKind kind = [HpfAtRateReduction: RegularizationKind.RATE_REDUCTION, HpfAtDeferral: RegularizationKind.DEFERRAL][app.applicationTypeEnumId]
ResolutionBody body = [HpfRbCongress: ResolutionBody.WORKERS_CONGRESS, HpfRbUnion: ResolutionBody.TRADE_UNION,
        HpfRbSignatures: ResolutionBody.WORKER_SIGNATURES][app.resolutionBodyEnumId]
boolean noResolution = body == null && app.resolutionDate == null && app.attendanceCount == null && app.votesFor == null && app.signatureCount == null
boolean noNotice = app.noticeFromDate == null && app.noticeThruDate == null && app.objectionCount == null && !app.objectionResponse
Map docKinds = [HpfAdApplicationForm: AttachmentType.APPLICATION_FORM, HpfAdResolution: AttachmentType.RESOLUTION,
        HpfAdNoticeEvidence: AttachmentType.NOTICE_EVIDENCE, HpfAdHardshipProof: AttachmentType.HARDSHIP_PROOF,
        HpfAdFinancialStatement: AttachmentType.HARDSHIP_PROOF]
Set attachments = ec.entity.find("hpf.compliance.ApplicationDocument").condition("applicationId", applicationId)
        .list().collect { docKinds[it.documentTypeEnumId] }.findAll { it != null } as Set

def coreApp = RegularizationApplication.builder(kind)
        .requestedEmployerRate(app.requestedEmployerRate).requestedEmployeeRate(app.requestedEmployeeRate)
        .deferralMonths(i(app.deferralMonths)).period(d(app.periodFromDate), d(app.periodThruDate)).reason(app.reasonText)
        .profitLoss(app.profitLossAmount1, app.profitLossAmount2)
        .resolution(noResolution ? null : new WorkerResolution(body, d(app.resolutionDate), i(app.bodyMemberCount),
                i(app.attendanceCount), i(app.votesFor), i(app.votesAgainst), i(app.signatureCount)))
        .notice(noNotice ? null : new PublicNotice(d(app.noticeFromDate), d(app.noticeThruDate), i(app.objectionCount), app.objectionResponse))
        .attachments(attachments).submittedDate(asOf).build()

// terms of the unit still in force (renewals are allowed only in their last month) and the unit's other open applications
TermsPeriod termsInForce = null
if (unit?.termsApplicationId && unit.termsApplicationId != applicationId) {
    def cur = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", unit.termsApplicationId).one()
    if (cur != null && cur.statusId == 'HpfAppInForce') termsInForce = (TermsPeriod) ec.service.sync()
            .name("hpf.compliance.ApplicationServices.get#ApprovedTerms").parameters([applicationId: cur.applicationId]).call()?.terms
}
List inProgress = ec.entity.find("hpf.compliance.RegularizationApplication").condition("unitId", app.unitId)
        .condition("applicationId", "not-equals", applicationId)
        .condition("statusId", "in", ['HpfAppSubmitted', 'HpfAppBranchAccepted', 'HpfAppOfficeReviewed', 'HpfAppCommitteeApproved',
                                      'HpfAppReturned', 'HpfAppApproved'])
        .list()*.applicationId
Boolean hasCongress = app.hasWorkersCongress == 'Y' ? Boolean.TRUE : (app.hasWorkersCongress == 'N' ? Boolean.FALSE : null)
def facts = new UnitFacts(unit?.unitAccountNo, app.currentEmployerRate ?: unit?.employerRate, app.currentEmployeeRate ?: unit?.employeeRate,
        i(app.workerCount ?: unit?.workerCount), hasCongress, termsInForce, inProgress)

// core field names → the form fields staff correct
Map uiFields = [kind: 'applicationTypeEnumId', submittedDate: 'submittedDate', employerRate: 'currentEmployerRate',
        employeeRate: 'currentEmployeeRate', requestedEmployerRate: 'requestedEmployerRate', requestedEmployeeRate: 'requestedEmployeeRate',
        deferralMonths: 'deferralMonths', periodFrom: 'periodFromDate', periodThru: 'periodThruDate', reason: 'reasonText',
        profitLossLastYear: 'profitLossAmount1', profitLossYearBefore: 'profitLossAmount2', resolution: 'resolutionBodyEnumId',
        'resolution.body': 'resolutionBodyEnumId', 'resolution.resolutionDate': 'resolutionDate', 'resolution.attendance': 'attendanceCount',
        'resolution.votesFor': 'votesFor', 'resolution.votesAgainst': 'votesAgainst', 'resolution.signatures': 'signatureCount',
        workerCount: 'workerCount', notice: 'noticeFromDate', 'notice.from': 'noticeFromDate', 'notice.thru': 'noticeThruDate',
        'notice.objections': 'objectionCount', 'notice.objectionsResponse': 'objectionResponse', attachments: 'documentTypeEnumId']
violations = RegularizationRules.check(coreApp, facts, cfg).collect { v ->
    String text = ec.l10n.localize(v.code())
    v.args().each { k, val -> text = text.replace('${' + k + '}', String.valueOf(val)) }
    [code: v.code(), field: v.field() == null ? 'applicationId' : (uiFields[v.field()] ?: v.field()), message: text]
}
violationCount = violations.size()
passed = violations.isEmpty()
return [violations: violations, violationCount: violationCount, passed: passed]
