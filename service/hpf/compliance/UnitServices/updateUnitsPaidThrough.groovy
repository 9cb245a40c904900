// update#UnitsPaidThrough: each unit's 缴至年月 from its remittances by the screening rule, recomputed with plain JDBC by
// the core (hpf.compliance.core.screening.store.PaidThroughStore: streaming reads, only changed units written, in
// batched UPDATEs with lastUpdatedStamp, a transaction per 1,000 units). What the entity facade did besides is kept here:
// EmployerUnit has no EECA and paidThroughMonth is not audited (nothing to do); the entity cache is cleared for each
// changed unit as the facade would (EmployerUnit is not cached today); the changed units go to the search feed
// (HpfSearchUnit carries paidThroughMonth) through SearchServices.feed#ChangedUnits.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreener
import hpf.compliance.core.screening.store.PaidThroughStore
import hpf.compliance.core.screening.store.ScreeningWriter
import java.time.YearMonth

YearMonth assess = assessMonth ? Months.parse(assessMonth as String)
        : hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).month().minusMonths(1)
Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
        .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
        .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
def storedRows = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/storedRows.groovy', null)
PaidThroughStore store = new PaidThroughStore(storedRows.table(ec, 'hpf.compliance.EmployerUnit'),
        storedRows.table(ec, 'hpf.compliance.UnitRemittance'), new UnitScreener(ScreeningParams.of(assess, assess,
        ScreeningParams.DEFAULT_STOP_MONTHS)), statusByEnumId, typeByEnumId)
String group = ec.entity.getEntityGroupName('hpf.compliance.EmployerUnit')

PaidThroughStore.Outcome out = store.run((unitIds ?: []) as List<String>, { ScreeningWriter.SqlWork work ->
    // the full pass reads a city in one transaction: an hour, as the screening's read
    ec.transaction.runRequireNew(3600, 'Could not update the paid-through months of units', { work.run(ec.entity.getConnection(group)) })
} as ScreeningWriter.Tx, ec.user.nowTimestamp, ec.entity.getCalendarForTzLc(), PaidThroughStore.FULL_SCAN_MIN)

def entityCache = ec.entity.getEntityCache()
for (PaidThroughStore.Change ch in out.changes()) entityCache.clearCacheForValue(ec.entity.makeValue('hpf.compliance.EmployerUnit')
        .setAll([unitId: ch.unitId(), paidThroughMonth: ch.newMonth()]), false)
searchDocumentCount = out.changes() ? ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedUnits')
        .parameters([unitIds: out.changedUnitIds()]).disableAuthz().call()?.documentCount ?: 0L : 0L
updatedCount = out.updated()
return null
