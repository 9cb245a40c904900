// What the data says about a unit for the lists (UnitListRules.Standing); see UnitListServices.xml. Reads in the
// caller's branch scope: another branch's unit is not found.
import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.account.Money
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.rules.RecoveryCalculator
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreener
import java.time.YearMonth

def ec = context.ec
def unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', unitId).one()
if (unit == null) { ec.message.addError(ec.resource.expand('Unit ${unitId} not found', null, [unitId: unitId])); return null }
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
java.sql.Date onDate = asOfDate ?: java.sql.Date.valueOf(clock.today())

// an order ignored: the worklist 期限届满仍未缴存 (find#OverdueOrders) has one of the unit's orders; an order the court
// referral escalated was ignored as well, while the unit still owes on its target
Map overdue = ec.service.sync().name('hpf.compliance.EnforcementServices.find#OverdueOrders')
        .parameters([unitId: unitId, asOfDate: onDate]).call()
List ignored = (overdue?.orderList ?: []) as List
if (!ignored) {
    for (def o in ec.entity.find('hpf.compliance.EnforcementActionAndTarget').condition([unitId: unitId,
            actionTypeEnumId: 'HpfEaOrderToPay', statusId: 'HpfEnfEscalated']).list()) {
        boolean paidUp = o.targetStatusId == 'HpfTgtRectified' || (o.targetAmountOwed != null && o.initialAmountOwed != null &&
                RecoveryCalculator.compute(o.initialAmountOwed, o.targetAmountOwed).rectified())
        if (!paidUp) ignored.add(o.getMap())
    }
}
orderIgnored = !ignored.isEmpty()
ignoredActionId = orderIgnored ? ignored[0].actionId : null

// under court enforcement: a court referral in force (issued, or escalated further), by its type and status alone
def court = ec.entity.find('hpf.compliance.EnforcementAction').condition([unitId: unitId, actionTypeEnumId: 'HpfEaCourtReferral'])
        .condition('statusId', 'in', ['HpfEnfIssued', 'HpfEnfEscalated']).orderBy('-issueDate').list()
underCourtEnforcement = !court.isEmpty()
courtActionId = court ? court[0].actionId : null

// still owes: a target of the unit not rectified, judged as payment recovery judges it
amountOwed = BigDecimal.ZERO
stillOwes = false
for (def t in ec.entity.find('hpf.compliance.CampaignTarget').condition('unitId', unitId)
        .condition('statusId', 'not-in', ['HpfTgtRectified', 'HpfTgtExcluded']).list()) {
    BigDecimal now = (t.amountOwed ?: BigDecimal.ZERO) as BigDecimal
    boolean rectified = now.signum() <= 0 || (t.initialAmountOwed != null && RecoveryCalculator.compute(t.initialAmountOwed, now).rectified())
    if (!rectified) { stillOwes = true; amountOwed = amountOwed + now }
}

// months in a row paid on time up to the reference month, by the screening's rule
// default: the latest month of the imported remittances (the import's month), else the month before today's
String lastImported = referenceMonth ? null : ec.entity.find('hpf.compliance.UnitRemittance').selectField('remitMonth')
        .orderBy('-remitMonth').limit(1).list().find()?.remitMonth
YearMonth ref = referenceMonth ? Months.parse(referenceMonth as String) : (lastImported ? Months.parse(lastImported) : clock.month().minusMonths(1))
referenceMonth = Months.format(ref)
compliantMonths = 0
if (unit.openedDate != null) {
    Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
            .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
    def statusEnum = unit.accountStatusEnumId ? ec.entity.find('moqui.basic.Enumeration').condition('enumId', unit.accountStatusEnumId).useCache(true).one() : null
    List<RemittanceLine> lines = ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', unitId)
            .condition('remitMonth', 'less-equals', referenceMonth).list().collect { r ->
        new RemittanceLine(unitId as String, Months.parseIndex(r.remitMonth as String), typeByEnumId[r.remitTypeEnumId] ?: BusinessType.REGULAR,
                Money.toCents(r.dueAmount ?: BigDecimal.ZERO), Money.toCents(r.paidAmount ?: BigDecimal.ZERO), null, 0L) }
    UnitAccount account = UnitAccount.of(unitId as String, null, null, AccountStatus.fromText(statusEnum?.enumCode as String) ?: AccountStatus.OTHER,
            unit.openedDate.toLocalDate(), unit.sealedClosedDate?.toLocalDate(), 0, (unit.monthlyDueAmount ?: BigDecimal.ZERO) as BigDecimal)
    compliantMonths = new UnitScreener(ScreeningParams.of(ref, ref, ScreeningParams.DEFAULT_STOP_MONTHS)).compliantMonthsInARow(account, lines)
}
return null
