// One review step of an application: lock the row, re-check that the step is still open, record the decision and move
// the status along the HpfApplication flow. Step order and due dates come from the core ReviewSteps.
import hpf.compliance.core.rules.*

import java.time.LocalDate

def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).forUpdate(true).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
RegularizationConfig cfg = (RegularizationConfig) ec.service.sync().name("hpf.compliance.ApplicationServices.get#RegularizationConfig")
        .parameters([campaignId: app.campaignId]).call()?.config
def label = { String entityName, String id -> id ? (ec.entity.find(entityName).condition(entityName.endsWith('StatusItem') ? 'statusId' : 'enumId', id)
        .useCache(true).one()?.get('description') ?: id) : '' }
def ctx = [applicationId: applicationId, statusName: label('moqui.basic.StatusItem', app.statusId),
           stepName: label('moqui.basic.Enumeration', reviewStepEnumId), decisionName: label('moqui.basic.Enumeration', decisionEnumId)]

Map stepOfStatus = [HpfAppSubmitted: 'HpfRsBranchIntake', HpfAppBranchAccepted: 'HpfRsOfficeReview',
        HpfAppOfficeReviewed: cfg.committeeStep() ? 'HpfRsCommittee' : 'HpfRsApproval', HpfAppCommitteeApproved: 'HpfRsApproval']
String step = stepOfStatus[app.statusId]
// a second reviewer who saw the same step loses here: the first decision already moved the application on
if (step == null || step != reviewStepEnumId) {
    ec.message.addError(ec.resource.expand('Application ${applicationId} is no longer awaiting the ${stepName} step: it is now ${statusName}. Reload it to see the decision already made.', '', ctx))
    return
}
// who may decide the step is data (ReviewStepGroup): e.g. the center's approval belongs to its leaders, not to the office
Map decider = ec.service.sync().name("hpf.compliance.ApplicationServices.get#ReviewDecider")
        .parameters([applicationId: applicationId, reviewStepEnumId: step]).call()
if (ec.message.hasError()) return
if (!decider?.allowed) { ec.message.addError((String) decider?.refusal); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: app.branchId]).call()
if (ec.message.hasError()) return

Map passTo = [HpfRsBranchIntake: 'HpfAppBranchAccepted', HpfRsOfficeReview: 'HpfAppOfficeReviewed',
        HpfRsCommittee: 'HpfAppCommitteeApproved', HpfRsApproval: 'HpfAppApproved']
String toStatus = [HpfRdPass: passTo[step], HpfRdReturn: 'HpfAppReturned', HpfRdReject: 'HpfAppRejected'][decisionEnumId]
if (toStatus == null) { ec.message.addError(ec.resource.expand('Unknown review decision ${decisionName}', '', ctx)); return }
if (ec.entity.find("moqui.basic.StatusFlowTransition").condition([statusId: app.statusId, toStatusId: toStatus]).useCache(true).count() == 0) {
    ctx.toStatusName = label('moqui.basic.StatusItem', toStatus)
    ec.message.addError(ec.resource.expand('The decision ${decisionName} is not possible at the ${stepName} step: an application that is ${statusName} cannot become ${toStatusName}', '', ctx))
    return
}
if (decisionEnumId != 'HpfRdPass' && !comments) {
    ec.message.addValidationError(null, 'comments', null, ec.l10n.localize('Comments are required to return or reject an application'), null)
    return
}

LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
reviewSeqId = ec.service.sync().name("create#hpf.compliance.ApplicationReview").parameters([applicationId: applicationId,
        reviewStepEnumId: step, decisionEnumId: decisionEnumId, comments: comments, dueDate: app.stepDueDate,
        reviewedDate: ec.user.nowTimestamp, reviewedByUserId: ec.user.userId, deciderGroupId: decider.userGroupId,
        deciderRoleEnumId: decider.deciderRoleEnumId]).call()?.reviewSeqId

Map coreStep = [HpfRsBranchIntake: ReviewStep.BRANCH_INTAKE, HpfRsOfficeReview: ReviewStep.OFFICE_REVIEW,
        HpfRsCommittee: ReviewStep.COMMITTEE, HpfRsApproval: ReviewStep.APPROVAL]
Map upd = [applicationId: applicationId, statusId: toStatus, currentStepEnumId: null, stepDueDate: null]
if (decisionEnumId == 'HpfRdPass' && step != 'HpfRsApproval') {
    ReviewStep next = ReviewSteps.next(coreStep[step], cfg).get()
    upd.currentStepEnumId = coreStep.find { it.value == next }.key
    // the next step's clock starts today, in working days of the center's holiday calendar
    WorkingCalendar calendar = (WorkingCalendar) ec.service.sync().name("hpf.compliance.CalendarServices.get#WorkingCalendar").call()?.workingCalendar
    upd.stepDueDate = java.sql.Date.valueOf(ReviewSteps.scheduleFrom(next, today, cfg, calendar ?: WorkingCalendar.weekdays()).get(0).dueDate())
}
if (toStatus in ['HpfAppApproved', 'HpfAppRejected']) {
    upd.decisionDate = ec.user.nowTimestamp; upd.decidedByUserId = ec.user.userId; upd.decisionComments = comments
}
ec.service.sync().name("update#hpf.compliance.RegularizationApplication").parameters(upd).call()
if (ec.message.hasError()) return
statusId = toStatus

if (toStatus == 'HpfAppApproved') {
    // from the decision on the target's arrears are handled by the approved terms, even when their period begins later
    if (app.targetId) {
        Map termsOut = ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms").parameters([applicationId: applicationId]).call()
        if (ec.message.hasError()) return
        RegularizationKind kind = app.applicationTypeEnumId == 'HpfAtDeferral' ? RegularizationKind.DEFERRAL : RegularizationKind.RATE_REDUCTION
        String targetStatus = ApplicationTargetRules.onApproved(kind) == ApplicationTargetRules.TargetState.DEFERRED ? 'HpfTgtDeferred' : 'HpfTgtReduced'
        Map reasonCtx = ctx + [typeName: label('moqui.basic.Enumeration', app.applicationTypeEnumId), termsFromDate: termsOut?.termsFromDate,
                termsThruDate: termsOut?.termsThruDate]
        ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: app.targetId,
                statusId: targetStatus, applicationId: applicationId, reason: ec.resource.expand(
                    '${typeName} application ${applicationId} approved: the arrears are handled by its terms from ${termsFromDate} to ${termsThruDate}', '', reasonCtx)]).call()
        if (ec.message.hasError()) return
    }
    ec.service.sync().name("hpf.compliance.ApplicationServices.apply#ApplicationTerms").parameters([applicationId: applicationId]).call()
    statusId = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one().statusId
} else if (toStatus == 'HpfAppRejected' && app.targetId) {
    ec.service.sync().name("hpf.compliance.ApplicationServices.release#ApplicationTarget")
            .parameters([applicationId: applicationId, targetId: app.targetId]).call()
}
// explicit result: the last call above would otherwise be taken for the service's result
return [reviewSeqId: reviewSeqId, statusId: statusId]
