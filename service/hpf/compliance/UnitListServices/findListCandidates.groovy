// find#ListCandidates: the units the office may propose for a list now (see UnitListServices.xml); branch scope applies.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.account.Money
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.rules.RecoveryCalculator
import hpf.compliance.core.rules.UnitListRules
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreener
import java.time.YearMonth

def ec = context.ec
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
Set listed = ec.entity.find('hpf.compliance.UnitListEntry').condition('listTypeEnumId', listTypeEnumId)
        .condition('statusId', 'in', ['HpfUleProposed', 'HpfUleApproved', 'HpfUlePublished']).selectField('unitId').list()*.unitId as Set
candidateList = []
if (listTypeEnumId in ['HpfUltCriticism', 'HpfUltDishonest']) {
    Map overdue = ec.service.sync().name('hpf.compliance.EnforcementServices.find#OverdueOrders').parameters([campaignId: campaignId]).call()
    for (Map o in (overdue?.orderList ?: [])) {
        if (o.unitId in listed || candidateList.any { it.unitId == o.unitId }) continue
        candidateList.add([unitId: o.unitId, unitName: o.unitName, usccCode: o.usccCode, unitAccountNo: o.unitAccountNo, branchId: o.branchId,
                reasonEnumId: 'HpfUlrOrderIgnored', actionId: o.actionId, documentNumber: o.documentNumber, dueDate: o.dueDate,
                amountOwed: o.targetAmountOwed])
    }
    if (listTypeEnumId == 'HpfUltDishonest') {
        def courtFind = ec.entity.find('hpf.compliance.EnforcementAction').condition('actionTypeEnumId', 'HpfEaCourtReferral')
                .condition('statusId', 'in', ['HpfEnfIssued', 'HpfEnfEscalated']).orderBy('-issueDate')
        if (campaignId) courtFind.condition('campaignId', campaignId)
        for (def a in courtFind.list()) {
            if (a.unitId in listed || candidateList.any { it.unitId == a.unitId }) continue
            def u = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', a.unitId).one()
            if (u == null) continue
            candidateList.add([unitId: a.unitId, unitName: u.unitName, usccCode: u.usccCode, unitAccountNo: u.unitAccountNo, branchId: u.branchId,
                    reasonEnumId: 'HpfUlrCourtEnforcement', actionId: a.actionId, documentNumber: a.documentNumber, dueDate: a.dueDate])
        }
    }
    return null
}
if (listTypeEnumId != 'HpfUltTrustworthy') return null

// 守信: normal accounts whose run of months paid on time up to the reference month is long enough and that owe nothing
// default: the latest month of the imported remittances (the import's month), else the month before today's
String lastImported = referenceMonth ? null : ec.entity.find('hpf.compliance.UnitRemittance').selectField('remitMonth')
        .orderBy('-remitMonth').limit(1).list().find()?.remitMonth
YearMonth ref = referenceMonth ? Months.parse(referenceMonth as String) : (lastImported ? Months.parse(lastImported) : clock.month().minusMonths(1))
referenceMonth = Months.format(ref)
int required = requiredMonths ?: ((System.getProperty('hpf_credit_good_months') ?: '24') as int)
requiredMonths = required
UnitScreener screener = new UnitScreener(ScreeningParams.of(ref, ref, ScreeningParams.DEFAULT_STOP_MONTHS))
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
Set owing = [] as Set
for (def t in ec.entity.find('hpf.compliance.CampaignTarget').condition('statusId', 'not-in', ['HpfTgtRectified', 'HpfTgtExcluded'])
        .selectFields(['unitId', 'amountOwed', 'initialAmountOwed']).list()) {
    BigDecimal now = (t.amountOwed ?: BigDecimal.ZERO) as BigDecimal
    if (now.signum() > 0 && !(t.initialAmountOwed != null && RecoveryCalculator.compute(t.initialAmountOwed, now).rectified())) owing.add(t.unitId)
}
def unitFind = ec.entity.find('hpf.compliance.EmployerUnit').condition('accountStatusEnumId', 'HpfAcsNormal')
        .condition('openedDate', 'is-not-null', null).orderBy('unitId')
if (branchId) unitFind.condition('branchId', branchId)
for (List chunk in unitFind.list().findAll { !(it.unitId in listed) && !(it.unitId in owing) }.collate(200)) {
    Map<String, List<RemittanceLine>> linesByUnit = [:]
    for (def r in ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', chunk*.unitId)
            .condition('remitMonth', 'less-equals', referenceMonth)
            .selectFields(['unitId', 'remitMonth', 'remitTypeEnumId', 'dueAmount', 'paidAmount']).list()) {
        linesByUnit.computeIfAbsent(r.unitId as String, { [] }).add(new RemittanceLine(r.unitId as String, Months.parseIndex(r.remitMonth as String),
                typeByEnumId[r.remitTypeEnumId] ?: BusinessType.REGULAR, Money.toCents(r.dueAmount ?: BigDecimal.ZERO),
                Money.toCents(r.paidAmount ?: BigDecimal.ZERO), null, 0L))
    }
    for (def u in chunk) {
        UnitAccount account = UnitAccount.of(u.unitId as String, null, null, AccountStatus.NORMAL, u.openedDate.toLocalDate(), null, 0,
                (u.monthlyDueAmount ?: BigDecimal.ZERO) as BigDecimal)
        int months = screener.compliantMonthsInARow(account, linesByUnit[u.unitId as String] ?: [])
        if (!UnitListRules.qualifiesAsTrustworthy(months, required)) continue
        candidateList.add([unitId: u.unitId, unitName: u.unitName, usccCode: u.usccCode, unitAccountNo: u.unitAccountNo,
                branchId: u.branchId, reasonEnumId: 'HpfUlrCompliant', compliantMonths: months])
    }
}
return null
