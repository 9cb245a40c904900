// Puts the approved terms on the unit (HpfAppApproved → HpfAppInForce): the requested rates for a rate reduction, the
// deferred account status for a deferral; the rates in force before are kept on the application for the restoration.
import hpf.compliance.core.rules.*

import java.time.LocalDate

def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).forUpdate(true).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
if (app.statusId != 'HpfAppApproved') {
    ec.message.addError(ec.resource.expand('Application ${applicationId} is not approved; its terms cannot be applied', '')); return
}
TermsPeriod terms = (TermsPeriod) ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms")
        .parameters([applicationId: applicationId]).call()?.terms
if (ec.message.hasError() || terms == null) return
LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
termsFromDate = java.sql.Date.valueOf(terms.from())
termsThruDate = java.sql.Date.valueOf(terms.thru())
if (terms.from().isAfter(today)) {
    // the daily job apply#DueTerms puts them on the unit when the period starts
    ec.message.addMessage(ec.resource.expand('The approved terms take effect on ${termsFromDate}; they will be applied on that day', ''), 'info')
    termsApplied = false
    return
}

def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", app.unitId).forUpdate(true).one()
boolean deferral = terms.kind() == RegularizationKind.DEFERRAL
Map unitUpd = [unitId: unit.unitId, termsApplicationId: applicationId, termsThruDate: termsThruDate]
Map appUpd = [applicationId: applicationId, statusId: 'HpfAppInForce', termsAppliedDate: ec.user.nowTimestamp]
if (deferral) {
    unitUpd.accountStatusEnumId = 'HpfAcsDeferred'
} else {
    if (app.currentEmployerRate == null) appUpd.currentEmployerRate = unit.employerRate
    if (app.currentEmployeeRate == null) appUpd.currentEmployeeRate = unit.employeeRate
    unitUpd.employerRate = app.requestedEmployerRate ?: unit.employerRate
    unitUpd.employeeRate = app.requestedEmployeeRate ?: unit.employeeRate
}
ec.service.sync().name("update#hpf.compliance.EmployerUnit").parameters(unitUpd).call()
if (ec.message.hasError()) return
ec.service.sync().name("update#hpf.compliance.RegularizationApplication").parameters(appUpd).call()
if (ec.message.hasError()) return
// the approval itself moved the target (review#Application); an approval recorded before that rule still waits here
def target = app.targetId ? ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", app.targetId).one() : null
if (target?.statusId == 'HpfTgtApplying') {
    String reason = ec.resource.expand(deferral ? 'Deferral application ${applicationId} approved, in force until ${termsThruDate}'
            : 'Rate reduction application ${applicationId} approved, in force until ${termsThruDate}', '')
    ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: app.targetId,
            statusId: deferral ? 'HpfTgtDeferred' : 'HpfTgtReduced', reason: reason, applicationId: applicationId]).call()
}
termsApplied = true
return [termsApplied: termsApplied, termsFromDate: termsFromDate, termsThruDate: termsThruDate]
