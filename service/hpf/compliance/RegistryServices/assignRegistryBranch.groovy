// assign#RegistryBranch: the office gives an unregistered enterprise its branch and opens its target; see RegistryServices.xml.
def ec = context.ec
def r = ec.entity.find('hpf.compliance.RegistryEnterprise').condition('registryEntryId', registryEntryId).forUpdate(true).one()
if (r == null) { ec.message.addError(ec.resource.expand('Registry row ${registryEntryId} was not found.', null, [registryEntryId: registryEntryId])); return }
if (ec.entity.find('hpf.compliance.Branch').condition('branchId', branchId).one() == null) {
    ec.message.addValidationError(null, 'branchId', null, ec.resource.expand('Branch ${branchId} not found', null, [branchId: branchId]), null); return
}
if (r.matchEnumId != 'HpfRmUnregistered' || r.mustRegister != 'Y') {
    ec.message.addError(ec.l10n.localize('Only an unregistered enterprise that must register is assigned to a branch.')); return
}
if (r.targetId) { ec.message.addError(ec.l10n.localize('This enterprise already has its target.')); return }
r.set('branchId', branchId)
r.update()
Map o = ec.service.sync().name('hpf.compliance.RegistryServices.open#RegistryTarget').parameters([registryEntryId: registryEntryId]).call()
if (ec.message.hasError()) return
targetId = o?.targetId
return null
