// Ends the terms of one application whose period is over (HpfAppInForce → HpfAppExpired): the original rates or the
// normal account status return; then settle#TargetAfterTerms moves the unit's target (after a deferral it opens the
// make-up (补缴) follow-up).
import hpf.compliance.core.rules.*

def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).forUpdate(true).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
if (app.statusId != 'HpfAppInForce') {
    ec.message.addError(ec.resource.expand('Application ${applicationId} has no terms in force to end', '')); return
}
TermsPeriod terms = (TermsPeriod) ec.service.sync().name("hpf.compliance.ApplicationServices.get#ApprovedTerms")
        .parameters([applicationId: applicationId]).call()?.terms
if (ec.message.hasError() || terms == null) return
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", app.unitId).forUpdate(true).one()
boolean deferral = terms.kind() == RegularizationKind.DEFERRAL

// a renewal that already took over the unit keeps its own terms
if (unit.termsApplicationId == applicationId || unit.termsApplicationId == null) {
    Map unitUpd = [unitId: unit.unitId, termsApplicationId: null, termsThruDate: null]
    if (deferral) unitUpd.accountStatusEnumId = 'HpfAcsNormal'
    else { unitUpd.employerRate = app.currentEmployerRate ?: unit.employerRate; unitUpd.employeeRate = app.currentEmployeeRate ?: unit.employeeRate }
    ec.service.sync().name("update#hpf.compliance.EmployerUnit").parameters(unitUpd).call()
    if (ec.message.hasError()) return
}
ec.service.sync().name("update#hpf.compliance.RegularizationApplication").parameters([applicationId: applicationId,
        statusId: 'HpfAppExpired', termsRestoredDate: ec.user.nowTimestamp]).call()
if (ec.message.hasError()) return
restored = true

// the target follows: a renewal carries it on, else the make-up, a renewed follow-up or the end of the case
Map settled = ec.service.sync().name("hpf.compliance.ApplicationServices.settle#TargetAfterTerms").parameters([applicationId: applicationId]).call()
if (ec.message.hasError()) return
return [restored: restored, makeUpTargetId: settled?.makeUpTargetId, makeUpAmount: settled?.makeUpAmount, makeUpNote: settled?.makeUpNote]
