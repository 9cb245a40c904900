// What an application to the court on a target would say now, and whether the core allows it; see CourtReferralServices.xml.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.rules.CourtReferralRules
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.screening.OwedAsOf
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.StoredScreening
import hpf.compliance.core.screening.UnitScreening
import java.time.LocalDate

def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return

hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
LocalDate today = clock.today()
LocalDate issued = issueDate ? issueDate.toLocalDate() : today
LocalDate asOf = asOfDate ? asOfDate.toLocalDate() : issued
issueDate = java.sql.Date.valueOf(issued)
asOfDate = java.sql.Date.valueOf(asOf)

Map caseOut = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementCase")
        .parameters([targetId: targetId, onDate: issueDate]).call()
if (ec.message.hasError()) return

// the order the application rests on: the latest one issued by then
def order = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("actionTypeEnumId", "HpfEaOrderToPay").condition("statusId", "not-in", ['HpfEnfCancelled', 'HpfEnfDraft'])
        .condition("issueDate", "less-equals", issueDate).orderBy("-issueDate").list().find()
orderActionId = order?.actionId
orderNumber = order?.documentNumber
orderDueDate = order?.dueDate
orderServiceDate = order?.serviceOutcome == 'DELIVERED' ? order.serviceDate : null
def existing = order ? ec.entity.find("hpf.compliance.EnforcementAction").condition("priorActionId", order.actionId)
        .condition("actionTypeEnumId", "HpfEaCourtReferral").condition("statusId", "not-equals", 'HpfEnfCancelled').list().find() : null
existingReferralId = existing?.actionId

// the amounts owed on asOf, by the screening rule with the campaign's parameters (core OwedAsOf)
def unitValue = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()
unit = unitValue?.getMap() ?: [:]
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()
List<String> reasons = []
UnitScreening owed = null
ScreeningParams params = null
try {
    params = ScreeningParams.resolve(null, campaign?.cutoffMonth as String, null, campaign?.assessMonth as String, null,
            campaign?.stopThresholdMonths as Number, clock.month().minusMonths(1))
} catch (IllegalArgumentException e) {
    reasons.add(e.message)
}
if (params != null && unitValue?.openedDate != null) {
    Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
            .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
    Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
            .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
    List remRows = ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', target.unitId)
            .selectFields(StoredScreening.REMITTANCE_FIELDS).list()*.getMap()
    Map unitRow = StoredScreening.UNIT_FIELDS.collectEntries { [(it): unitValue.get(it)] }
    owed = OwedAsOf.screen(unitRow, remRows, statusByEnumId, typeByEnumId, params, asOf)
    owedMonths = owed.owedMonths()
    amountOwed = owed.amountOwed()
    firstOwedMonth = owed.firstOwedMonth() ? Months.format(owed.firstOwedMonth()) : null
    paidThroughMonth = owed.paidThroughMonth() ? Months.format(owed.paidThroughMonth()) : null
    lastOwedMonth = owed.owedMonths() > 0 ? Months.format(OwedAsOf.params(params, asOf).assess()) : null
} else if (params != null) {
    reasons.add(ec.resource.expand('Unit ${unitName} has no opening date, so what it owes cannot be counted.', null,
            [unitName: unitValue?.unitName ?: target.unitId]))
}

def referral = new CourtReferralRules.Referral(issued, asOf, order?.documentNumber as String, order?.dueDate?.toLocalDate(),
        orderServiceDate?.toLocalDate(), existing ? (existing.documentNumber ?: existing.actionId) as String : null,
        owed == null ? null : owed.amountOwed())
for (def v in CourtReferralRules.checkReferral(caseOut.enforcementCase as EnforcementCase, referral, today))
    reasons.add(ec.resource.expand(v.code(), null, v.args(), true))
whyNotList = reasons.unique(false)
canRefer = whyNotList.isEmpty()
whyNot = whyNotList ? whyNotList.join('；') : null

evidenceThrough = issueDate
evidenceList = ec.resource.script('component://hpf-compliance/service/hpf/compliance/CourtReferralServices/buildEvidenceList.groovy', null)
return null
