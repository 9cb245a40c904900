// Remittances of one unit by month: regular (汇缴) and back payments (补缴) side by side, with the months that have no
// record, so that a reader sees at a glance which months are unsettled (paid < due), as the screening rule counts them.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.Months
import java.time.YearMonth

def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", unitId).one()
if (unit == null) { ec.message.addError(ec.resource.expand('Unit ${unitId} not found', null)); return }
def rows = ec.entity.find("hpf.compliance.UnitRemittance").condition("unitId", unitId).orderBy("remitMonth").list()

def latest = ec.entity.find("hpf.compliance.UnitRemittance").selectField("remitMonth").orderBy("-remitMonth").limit(1).list()
String lastDataMonth = latest ? latest[0].remitMonth : null
try { if (thruMonth) Months.parse(thruMonth) } catch (IllegalArgumentException e) {
    ec.message.addError(ec.resource.expand('${fieldLabel} ${monthText} is not a month; enter it as yyyy-MM or yyyyMM, e.g. 2025-02', null, [fieldLabel: ec.l10n.localize('Thru Month'), monthText: thruMonth]))
    return
}
YearMonth thru = thruMonth ? Months.parse(thruMonth) : (lastDataMonth ? Months.parse(lastDataMonth) : CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).month())
if (unit.sealedClosedDate && unit.accountStatusEnumId in ['HpfAcsSealed', 'HpfAcsClosed']) {
    YearMonth beforeSeal = YearMonth.from(unit.sealedClosedDate.toLocalDate()).minusMonths(1)
    if (beforeSeal.isBefore(thru)) thru = beforeSeal
}
YearMonth from = unit.openedDate ? YearMonth.from(unit.openedDate.toLocalDate()) : (rows ? Months.parse(rows[0].remitMonth) : thru)
if (rows && Months.parse(rows[0].remitMonth).isBefore(from)) from = Months.parse(rows[0].remitMonth)

Map<String, List> byMonth = rows.groupBy { it.remitMonth }
remittanceList = []
totalShortfall = 0.0
unsettledMonths = 0
for (YearMonth m = from; !m.isAfter(thru) && remittanceList.size() < 240; m = m.plusMonths(1)) {
    String key = Months.format(m)
    List recs = byMonth[key] ?: []
    BigDecimal due = (recs*.dueAmount.findAll { it != null }.max() ?: unit.monthlyDueAmount ?: 0.0) as BigDecimal
    BigDecimal regular = recs.findAll { it.remitTypeEnumId == 'HpfRtRegular' }.sum { it.paidAmount ?: 0.0 } ?: 0.0
    BigDecimal back = recs.findAll { it.remitTypeEnumId == 'HpfRtBackPay' }.sum { it.paidAmount ?: 0.0 } ?: 0.0
    BigDecimal shortfall = (due - regular - back).max(0.0)
    if (shortfall > 0) { unsettledMonths++; totalShortfall += shortfall }
    remittanceList.add([remitMonth: key, dueAmount: due, regularPaid: regular, backPaid: back, totalPaid: regular + back,
            shortfall: shortfall, lastPaidDate: recs*.paidDate.findAll { it != null }.max(), hasRecord: !recs.isEmpty(),
            settled: shortfall == 0])
}
remittanceList = remittanceList.reverse()
return null
