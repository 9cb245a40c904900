// The unit's obligation months as a year × month grid with due, paid and a state per month (PAID, PARTIAL, UNPAID).
// Obligation months as in the screening rule: from the month the account opened to the assessment month, ending with
// the month before a seal or close; due = the month's due amount on record, else the unit's monthly due.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.Months
import java.time.YearMonth

def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()

YearMonth thru = campaign?.assessMonth ? Months.parse(campaign.assessMonth) : CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).month().minusMonths(1)
if (unit?.sealedClosedDate && unit.accountStatusEnumId in ['HpfAcsSealed', 'HpfAcsClosed']) {
    YearMonth lastActive = YearMonth.from(unit.sealedClosedDate.toLocalDate()).minusMonths(1)
    if (lastActive.isBefore(thru)) thru = lastActive
}
YearMonth from = unit?.openedDate ? YearMonth.from(unit.openedDate.toLocalDate()) :
        (target.firstOwedMonth ? Months.parse(target.firstOwedMonth) : thru.minusMonths(11))
if (from.isAfter(thru)) from = thru

Map byMonth = [:]
ec.entity.find("hpf.compliance.UnitRemittanceByMonth").condition("unitId", target.unitId)
        .condition("remitMonth", "greater-equals", Months.format(from)).condition("remitMonth", "less-equals", Months.format(thru))
        .list().each { byMonth[it.remitMonth] = it }

BigDecimal monthlyDue = unit?.monthlyDueAmount ?: BigDecimal.ZERO
monthList = []
for (YearMonth m = from; !m.isAfter(thru); m = m.plusMonths(1)) {
    String key = Months.format(m)
    def rec = byMonth[key]
    BigDecimal due = rec?.maxDueAmount != null ? rec.maxDueAmount : monthlyDue
    BigDecimal paid = rec?.totalPaidAmount ?: BigDecimal.ZERO
    String state = paid >= due ? 'PAID' : (paid > 0 ? 'PARTIAL' : 'UNPAID')
    monthList << [month: key, year: m.year, monthOfYear: m.monthValue, dueAmount: due, paidAmount: paid,
            shortAmount: (due - paid).max(BigDecimal.ZERO), lastPaidDate: rec?.lastPaidDate, state: state]
}
fromMonth = Months.format(from)
thruMonth = Months.format(thru)
// one row per year with twelve cells (null before opening or after the last obligation month)
yearRows = monthList.groupBy { it.year }.collect { year, months ->
    def cells = (1..12).collect { mo -> months.find { it.monthOfYear == mo } }
    [year: year, cells: cells, owedMonths: months.count { it.state != 'PAID' },
     shortAmount: months.sum { it.shortAmount } ?: BigDecimal.ZERO]
}.sort { it.year }
return null
