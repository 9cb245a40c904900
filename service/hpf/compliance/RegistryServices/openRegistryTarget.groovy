// open#RegistryTarget: the 建缴 target of one unregistered registry row; see RegistryServices.xml.
import hpf.compliance.core.registry.OrganizationCodes

def ec = context.ec
def r = ec.entity.find('hpf.compliance.RegistryEnterprise').condition('registryEntryId', registryEntryId).disableAuthz().forUpdate(true).one()
if (r == null) { ec.message.addError(ec.resource.expand('Registry row ${registryEntryId} was not found.', null, [registryEntryId: registryEntryId])); return }
targetId = r.targetId
if (targetId || !r.branchId || r.mustRegister != 'Y' || r.matchEnumId != 'HpfRmUnregistered') return null

// the unit already known under its USCC (a placeholder of an earlier list), or a new placeholder: "WDJ" + USCC
def unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('usccCode', r.usccCode).disableAuthz().list().find()
if (unit == null) {
    unit = ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitAccountNo: 'WDJ' + r.usccCode,
            unitName: r.enterpriseName, usccCode: r.usccCode, branchId: r.branchId, accountStatusEnumId: 'HpfAcsUnregistered',
            legalRepName: r.legalRepName, registeredAddress: r.registeredAddress, establishedDate: r.establishedDate,
            registrationStatusText: r.registrationStatusText, industry: r.industry, workerCount: r.employeeCount])
    unit.setSequencedIdPrimary().create()
}
def existing = ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: r.campaignId, unitId: unit.unitId]).disableAuthz().one()
if (existing != null) {
    targetId = existing.targetId
} else {
    Map created = ec.service.sync().name('hpf.compliance.NonRegistrationServices.create#NonRegistrationTarget').parameters([
            campaignId: r.campaignId, unitId: unit.unitId, notes: ec.resource.expand(
            'Found in the registry list (line ${lineNumber}): set up on ${establishedDate}, no contribution registration.', null,
            [lineNumber: r.lineNumber, establishedDate: r.establishedDate])]).call()
    if (ec.message.hasError()) return
    targetId = created.targetId
}
r.set('targetId', targetId)
r.update()
return null
