// propose#UnitListEntry: the office proposes a unit for a list when the core's UnitListRules allow it (see UnitListServices.xml).
import hpf.compliance.core.rules.UnitListRules
import hpf.compliance.core.rules.UnitListRules.ListType
import hpf.compliance.core.rules.UnitListRules.Standing
import hpf.compliance.core.rules.UnitListRules.Status

def ec = context.ec
def unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', unitId).one()
if (unit == null) { ec.message.addError(ec.resource.expand('Unit ${unitId} not found', null, [unitId: unitId])); return null }
ec.service.sync().name('hpf.security.BranchScopeServices.check#BranchAccess').parameters([branchId: unit.branchId]).call()
if (ec.message.hasError()) return null
def typeEnum = ec.entity.find('moqui.basic.Enumeration').condition([enumId: listTypeEnumId, enumTypeId: 'HpfUnitListType']).useCache(true).one()
ListType type = typeEnum ? ListType.valueOf(typeEnum.enumCode as String) : null
int required = requiredMonths ?: ((System.getProperty('hpf_credit_good_months') ?: '24') as int)

Map standing = ec.service.sync().name('hpf.compliance.UnitListServices.get#UnitStanding')
        .parameters([unitId: unitId, referenceMonth: referenceMonth]).call()
if (ec.message.hasError()) return null
def active = typeEnum ? ec.entity.find('hpf.compliance.UnitListEntry').condition([unitId: unitId, listTypeEnumId: listTypeEnumId])
        .condition('statusId', 'in', ['HpfUleProposed', 'HpfUleApproved', 'HpfUlePublished']).disableAuthz().list().find() : null
Map<String, Status> statusOf = [HpfUleProposed: Status.PROPOSED, HpfUleApproved: Status.APPROVED, HpfUlePublished: Status.PUBLISHED]
def violations = UnitListRules.checkProposal(type, new Standing(standing.orderIgnored as boolean, standing.underCourtEnforcement as boolean,
        standing.stillOwes as boolean, (standing.compliantMonths ?: 0) as int, active ? statusOf[active.statusId as String] : null),
        required, standing.referenceMonth as String)
for (def v in violations) {
    Map args = new HashMap(v.args())
    if (args.status != null) args.status = ec.entity.find('moqui.basic.StatusItem').condition('statusId', active.statusId).useCache(true).one()?.get('description')
    ec.message.addValidationError(null, v.field(), null, ec.resource.expand(v.code(), null, args, true), null)
}
if (ec.message.hasError()) return null

String reasonEnumId = type == ListType.TRUSTWORTHY ? 'HpfUlrCompliant' :
        (type == ListType.DISHONEST && standing.underCourtEnforcement ? 'HpfUlrCourtEnforcement' : 'HpfUlrOrderIgnored')
String basisActionId = reasonEnumId == 'HpfUlrCourtEnforcement' ? standing.courtActionId : (reasonEnumId == 'HpfUlrOrderIgnored' ? standing.ignoredActionId : null)
String basisCampaignId = campaignId
if (!basisCampaignId && basisActionId) basisCampaignId = ec.entity.find('hpf.compliance.EnforcementAction').condition('actionId', basisActionId).one()?.campaignId
def entry = ec.entity.makeValue('hpf.compliance.UnitListEntry').setAll([listTypeEnumId: listTypeEnumId, statusId: 'HpfUleProposed',
        unitId: unitId, branchId: unit.branchId, campaignId: basisCampaignId, actionId: basisActionId, reasonEnumId: reasonEnumId,
        reasonText: reasonText, unitName: unit.unitName, unitAccountNo: unit.unitAccountNo, usccCode: unit.usccCode,
        amountOwed: standing.stillOwes ? standing.amountOwed : null,
        compliantMonths: type == ListType.TRUSTWORTHY ? standing.compliantMonths : null,
        referenceMonth: type == ListType.TRUSTWORTHY ? standing.referenceMonth : null,
        proposedDate: ec.user.nowTimestamp, proposedByUserId: ec.user.userId])
entry.setSequencedIdPrimary().create()
entryId = entry.entryId
ec.message.addMessage(ec.resource.expand('${unitName} proposed for the ${listName}.', null,
        [unitName: unit.unitName, listName: typeEnum.get('description')]))
return null
