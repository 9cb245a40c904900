// decide#NameCandidate: confirm or reject one name candidate; see RegistryServices.xml.
def ec = context.ec
def cand = ec.entity.find('hpf.compliance.RegistryNameCandidate').condition('candidateId', candidateId).forUpdate(true).one()
if (cand == null) { ec.message.addError(ec.resource.expand('Name candidate ${candidateId} was not found.', null, [candidateId: candidateId])); return }
ec.service.sync().name('hpf.security.BranchScopeServices.check#BranchAccess').parameters([branchId: cand.branchId]).call()
if (ec.message.hasError()) return
if (cand.decisionEnumId != 'HpfNcdPending') {
    def d = ec.entity.find('moqui.basic.Enumeration').condition('enumId', cand.decisionEnumId).useCache(true).one()
    ec.message.addError(ec.resource.expand('This candidate was already decided (${decision}).', null, [decision: d?.description])); return
}
def r = ec.entity.find('hpf.compliance.RegistryEnterprise').condition('registryEntryId', cand.registryEntryId).disableAuthz().forUpdate(true).one()
ec.service.sync().name('update#hpf.compliance.RegistryNameCandidate').parameters([candidateId: candidateId,
        decisionEnumId: decisionEnumId, decidedByUserId: ec.user.userId, decidedDate: ec.user.nowTimestamp, decisionNote: decisionNote]).disableAuthz().call()
if (ec.message.hasError()) return
List others = ec.entity.find('hpf.compliance.RegistryNameCandidate').condition('registryEntryId', cand.registryEntryId)
        .condition('candidateId', 'not-equals', candidateId).disableAuthz().list()
if (decisionEnumId == 'HpfNcdConfirmed') {
    // the account is this enterprise: matched, and no other account can be it
    def unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', cand.unitId).disableAuthz().one()
    r.setAll([matchEnumId: 'HpfRmNameConfirmed', matchedUnitId: cand.unitId, branchId: unit?.branchId]).update()
    for (o in others.findAll { it.decisionEnumId == 'HpfNcdPending' }) {
        ec.service.sync().name('update#hpf.compliance.RegistryNameCandidate').parameters([candidateId: o.candidateId,
                decisionEnumId: 'HpfNcdRejected', decidedByUserId: ec.user.userId, decidedDate: ec.user.nowTimestamp,
                decisionNote: ec.l10n.localize('Another account was confirmed as this enterprise.')]).disableAuthz().call()
    }
} else if (!others.any { it.decisionEnumId != 'HpfNcdRejected' }) {
    // no account is this enterprise: it is unregistered when it must register, and its target is opened where it is
    if (r.mustRegister == 'Y') {
        r.set('matchEnumId', 'HpfRmUnregistered')
        r.update()
        Map o = ec.service.sync().name('hpf.compliance.RegistryServices.open#RegistryTarget').parameters([registryEntryId: r.registryEntryId]).call()
        if (ec.message.hasError()) return
        targetId = o?.targetId
    } else {
        r.set('matchEnumId', 'HpfRmExempt')
        r.update()
    }
}
matchEnumId = r.matchEnumId
return null
