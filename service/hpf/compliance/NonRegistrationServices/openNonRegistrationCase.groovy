// Opens a non-registration case (target type 应缴未缴) for a unit account or an enterprise without one; see
// NonRegistrationServices.xml and entity/HpfNonRegistrationEntities.xml for the placeholder account.
import hpf.compliance.core.registry.OrganizationCodes

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", campaignId).one()
if (campaign == null) { err('Campaign ${campaignId} not found', [campaignId: campaignId]); return }

def unit = null
if (unitId) {
    unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", unitId).one()
    if (unit == null) { err('Unit ${unitId} not found', [unitId: unitId]); return }
} else {
    if (!unitName?.trim()) { ec.message.addValidationError(null, 'unitName', null, ec.l10n.localize('Enter the unit account or the name of the enterprise.'), null); return }
    if (!branchId) { ec.message.addValidationError(null, 'branchId', null, ec.l10n.localize('Choose the branch that handles the enterprise.'), null); return }
    String uscc = OrganizationCodes.normalizeUscc(usccCode as String)
    if (uscc && !hpf.compliance.core.Uscc.isValid(uscc)) {
        ec.message.addValidationError(null, 'usccCode', null, ec.resource.expand('The unified social credit code ${usccCode} is not valid (check character).', null, [usccCode: usccCode]), null); return
    }
    // an enterprise already known under its USCC (an account, or an earlier placeholder) is that unit
    if (uscc) unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("usccCode", uscc).disableAuthz().list().find()
    if (unit == null) {
        String newId = ec.entity.sequencedIdPrimary("hpf.compliance.EmployerUnit", null, null)
        unit = ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: newId,
                unitAccountNo: 'WDJ' + (uscc ?: newId), unitName: unitName.trim(), usccCode: uscc, branchId: branchId,
                accountStatusEnumId: 'HpfAcsUnregistered', legalRepName: legalRepName, registeredAddress: registeredAddress,
                establishedDate: establishedDate, registrationStatusText: registrationStatusText, industry: industry,
                workerCount: workerCount])
        ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: branchId]).call()
        if (ec.message.hasError()) return
        unit.create()
    }
}
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: unit.branchId]).call()
if (ec.message.hasError()) return
unitId = unit.unitId
if (!unit.branchId) { err('Unit ${unitName} belongs to no branch; set its branch first.', [unitName: unit.unitName]); return }

Map created = ec.service.sync().name("hpf.compliance.NonRegistrationServices.create#NonRegistrationTarget").parameters([
        campaignId: campaignId, unitId: unit.unitId, notes: notes, identifiedDate: identifiedDate]).call()
if (ec.message.hasError()) return
targetId = created.targetId
return null
