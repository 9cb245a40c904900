// The target of a non-registration case for a unit (an account, or a placeholder of an enterprise without one); the
// callers check who may open it (open#NonRegistrationCase: the user's branch; the registry match: the center's match).
def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", unitId).disableAuthz().one()
if (unit == null) { err('Unit ${unitId} not found', [unitId: unitId]); return }
if (!unit.branchId) { err('Unit ${unitName} belongs to no branch; set its branch first.', [unitName: unit.unitName]); return }
def existing = ec.entity.find("hpf.compliance.CampaignTarget").condition([campaignId: campaignId, unitId: unitId]).disableAuthz().one()
if (existing != null) {
    def type = ec.entity.find("moqui.basic.Enumeration").condition("enumId", existing.targetTypeEnumId).useCache(true).one()
    err('${unitName} is already a target of this campaign (${targetType}); a target keeps its case type.',
            [unitName: unit.unitName, targetType: type?.description ?: existing.targetTypeEnumId])
    return
}
Map created = ec.service.sync().name("create#hpf.compliance.CampaignTarget").parameters([campaignId: campaignId,
        unitId: unitId, branchId: unit.branchId, targetTypeEnumId: 'HpfTtNoAccount', statusId: 'HpfTgtIdentified',
        workerCount: unit.workerCount, identifiedDate: identifiedDate ?: ec.user.nowTimestamp, notes: notes]).disableAuthz().call()
if (ec.message.hasError()) return
targetId = created.targetId
ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: targetId,
        activityTypeEnumId: 'HpfActEnforcement', toStatusId: 'HpfTgtIdentified',
        reason: ec.resource.expand('Non-registration case opened (Art. 37): ${unitName}.', null, [unitName: unit.unitName])]).disableAuthz().call()
return null
