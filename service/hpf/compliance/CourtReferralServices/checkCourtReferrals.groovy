// Whether an application to the court can be made on each of some targets, and why not; see CourtReferralServices.xml.
// A handful of queries for up to 500 of them (the worklist 期限届满仍未缴存 asks for a page of 20 at a time, its CSV
// export for all: memory holds the remittances of 500 units at most).
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.rules.CourtReferralRules
import hpf.compliance.core.rules.StoredEnforcementCase
import hpf.compliance.core.screening.OwedAsOf
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.StoredScreening
import hpf.compliance.core.screening.UnitScreening
import java.time.LocalDate

def ec = context.ec
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
LocalDate today = clock.today()
LocalDate issued = issueDate ? issueDate.toLocalDate() : today
LocalDate asOf = asOfDate ? asOfDate.toLocalDate() : issued
issueDate = java.sql.Date.valueOf(issued)
asOfDate = java.sql.Date.valueOf(asOf)
checks = [:]
List<String> ids = (targetIds ?: []).collect { it as String }.unique()
if (!ids) return null

for (List<String> chunk in ids.collate(500)) {
    Map<String, Object> targets = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", "in", chunk).list()
            .collectEntries { [(it.targetId): it] }
    Map<String, List> lettersBy = ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", "in", chunk)
            .condition("statusId", "HpfNtcServed").selectFields(['noticeId', 'targetId', 'issueDate']).orderBy("-issueDate")
            .list().groupBy { it.targetId }
    // every action but the cancelled ones: an application still in draft already counts as made on its order
    Map<String, List> actionsBy = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", "in", chunk)
            .condition("statusId", "not-equals", StoredEnforcementCase.CANCELLED).list().groupBy { it.targetId }
    List unitIds = targets.values()*.unitId.unique()
    Map<String, Object> units = unitIds ? ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", "in", unitIds).list()
            .collectEntries { [(it.unitId): it] } : [:]
    List openedUnitIds = units.values().findAll { it.openedDate != null }*.unitId
    Map<String, List> remittancesBy = openedUnitIds ? ec.entity.find("hpf.compliance.UnitRemittance").condition("unitId", "in", openedUnitIds)
            .selectFields(StoredScreening.REMITTANCE_FIELDS).list()*.getMap().groupBy { it.unitId } : [:]
    List campaignIds = targets.values()*.campaignId.unique()
    Map<String, Object> campaigns = campaignIds ? ec.entity.find("hpf.compliance.Campaign").condition("campaignId", "in", campaignIds).list()
            .collectEntries { [(it.campaignId): it] } : [:]
    Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
            .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
    Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
            .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }

    for (String targetId in chunk) {
        def target = targets[targetId]
        if (target == null) {
            String text = ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])
            checks[targetId] = [canRefer: false, whyNot: text, whyNotList: [text]]
            continue
        }
        List actions = (actionsBy[targetId] ?: [])*.getMap()
        LocalDate rectifiedOn = target.statusId == 'HpfTgtRectified' ? (target.resolvedDate ? clock.dateOf(target.resolvedDate) : issued) : null
        def built = StoredEnforcementCase.build(target.targetTypeEnumId == 'HpfTtNoAccount', (lettersBy[targetId] ?: [])*.getMap(),
                actions, rectifiedOn)
        // the order the application rests on: the latest one issued by then, and an application already made on it
        Map order = StoredEnforcementCase.latestOrder(actions, issued)
        Map existing = StoredEnforcementCase.referralOn(actions, order?.actionId as String)
        def orderServiceDate = order?.serviceOutcome == 'DELIVERED' ? order.serviceDate : null
        Map out = [orderActionId: order?.actionId, orderNumber: order?.documentNumber, orderDueDate: order?.dueDate,
                orderServiceDate: orderServiceDate, existingReferralId: existing?.actionId, issueDate: issueDate, asOfDate: asOfDate]

        // the amounts owed on asOf, by the screening rule with the campaign's parameters (core OwedAsOf)
        def unitValue = units[target.unitId]
        def campaign = campaigns[target.campaignId]
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
            Map unitRow = StoredScreening.UNIT_FIELDS.collectEntries { [(it): unitValue.get(it)] }
            owed = OwedAsOf.screen(unitRow, remittancesBy[target.unitId] ?: [], statusByEnumId, typeByEnumId, params, asOf)
            out.owedMonths = owed.owedMonths()
            out.amountOwed = owed.amountOwed()
            out.firstOwedMonth = owed.firstOwedMonth() ? Months.format(owed.firstOwedMonth()) : null
            out.paidThroughMonth = owed.paidThroughMonth() ? Months.format(owed.paidThroughMonth()) : null
            out.lastOwedMonth = owed.owedMonths() > 0 ? Months.format(OwedAsOf.params(params, asOf).assess()) : null
        } else if (params != null) {
            reasons.add(ec.resource.expand('Unit ${unitName} has no opening date, so what it owes cannot be counted.', null,
                    [unitName: unitValue?.unitName ?: target.unitId]))
        }

        def referral = new CourtReferralRules.Referral(issued, asOf, order?.documentNumber as String, order?.dueDate?.toLocalDate(),
                orderServiceDate?.toLocalDate(), existing ? (existing.documentNumber ?: existing.actionId) as String : null,
                owed == null ? null : owed.amountOwed())
        for (def v in CourtReferralRules.checkReferral(built.enforcementCase(), referral, today))
            reasons.add(ec.resource.expand(v.code(), null, v.args(), true))
        out.whyNotList = reasons.unique(false)
        out.canRefer = out.whyNotList.isEmpty()
        out.whyNot = out.whyNotList ? out.whyNotList.join('；') : null
        checks[targetId] = out
    }
}
return null
