// update#UnitsPaidThrough: each unit's 缴至年月 from its remittances by the screening rule, a chunk of units per transaction.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.account.Money
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreener
import java.time.YearMonth

final int CHUNK = 200
YearMonth assess = assessMonth ? Months.parse(assessMonth as String)
        : hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).month().minusMonths(1)
UnitScreener screener = new UnitScreener(ScreeningParams.of(assess, assess, ScreeningParams.DEFAULT_STOP_MONTHS))
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }

updatedCount = 0L
// a set, not List.unique(): that compares every pair, minutes for the 200,000 units of a city's import
for (List chunk in new ArrayList(new LinkedHashSet(((unitIds ?: []) as List).findAll { it })).collate(CHUNK)) {
    ec.transaction.runRequireNew(600, 'Could not update the paid-through months of units', {
        Map<String, List<RemittanceLine>> linesByUnit = [:]
        for (r in ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', chunk)
                .selectFields(['unitId', 'remitMonth', 'remitTypeEnumId', 'dueAmount', 'paidAmount']).useCache(false).list()) {
            linesByUnit.computeIfAbsent(r.unitId as String, { [] }).add(new RemittanceLine(r.unitId, Months.parseIndex(r.remitMonth),
                    typeByEnumId[r.remitTypeEnumId] ?: BusinessType.REGULAR, Money.toCents(r.dueAmount), Money.toCents(r.paidAmount), null, 0L))
        }
        for (u in ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', chunk).selectFields(['unitId',
                'accountStatusEnumId', 'openedDate', 'sealedClosedDate', 'monthlyDueAmount', 'paidThroughMonth']).useCache(false).list()) {
            List<RemittanceLine> lines = linesByUnit[u.unitId as String]
            if (u.openedDate == null || !lines) continue
            UnitAccount account = UnitAccount.of(u.unitId, null, null, statusByEnumId[u.accountStatusEnumId] ?: AccountStatus.OTHER,
                    u.openedDate.toLocalDate(), u.sealedClosedDate?.toLocalDate(), 0, (u.monthlyDueAmount ?: BigDecimal.ZERO) as BigDecimal)
            String month = Months.formatIndex(screener.paidThroughIndex(account, lines))
            if (month == u.paidThroughMonth) continue
            ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: u.unitId, paidThroughMonth: month]).update()
            updatedCount++
        }
    })
}
return null
