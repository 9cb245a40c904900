// get#CampaignDashboard: phase calendar (core PhaseCalendar), overdue counts and chart data, each from one aggregate
// query; the charts are Chart.js configurations (the library Moqui's own screens chart with), labels in the user's language.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.figures.PhaseCalendar
import org.moqui.entity.EntityCondition

def ec = context.ec
def clock = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
today = clock.todayDate()
Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
Closure scoped = { find ->
    find.condition('campaignId', campaignId)
    if (scope.branchScoped) find.condition('branchId', 'in', scope.userBranchIds ?: ['_NO_BRANCH_'])
    return find
}
Closure loc = { String s -> ec.l10n.localize(s) }

// ---- phase calendar
List phases = ec.entity.find('hpf.compliance.CampaignPhase').condition('campaignId', campaignId).orderBy('fromDate').list()
Map phaseNames = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfCampaignPhase').useCache(true).list()
        .collectEntries { [(it.enumId): it.description] }
List positions = PhaseCalendar.positions(phases.collect { new PhaseCalendar.Phase(it.phaseEnumId as String,
        it.fromDate ? clock.dateOf(it.fromDate) : null, it.thruDate ? clock.dateOf(it.thruDate) : null) }, clock.today())
Map stateText = [DONE: loc('Phase Done'), CURRENT: loc('Phase in Progress'), UPCOMING: loc('Phase to Come')]
phaseList = positions.collect { PhaseCalendar.Position p ->
    [phaseEnumId: p.phaseId(), phaseName: phaseNames[p.phaseId()] ?: p.phaseId(), fromDate: p.from() ? java.sql.Date.valueOf(p.from()) : null,
     thruDate: p.thru() ? java.sql.Date.valueOf(p.thru()) : null, state: p.state().name(), stateText: stateText[p.state().name()],
     dayOf: p.dayOf(), days: p.days(), daysLeft: p.daysLeft()]
}
currentPhase = phaseList.find { it.state == 'CURRENT' }
Map todayCtx = [today: clock.today().toString()] + (currentPhase ?: [:])
todayText = ec.resource.expand(currentPhase == null ? 'Today is ${today}: between phases.' : (currentPhase.daysLeft == null ?
        'Today is ${today}: ${phaseName}, day ${dayOf}.' : 'Today is ${today}: ${phaseName}, day ${dayOf} of ${days}, ${daysLeft} days left.'),
        null, todayCtx)

// ---- deadlines overdue today
List closing = ['HpfTgtRectified', 'HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtExcluded']
overdue = [
    targets: scoped(ec.entity.find('hpf.compliance.CampaignTarget')).condition('nextDeadlineDate', EntityCondition.LESS_THAN, today)
            .condition('statusId', EntityCondition.NOT_IN, closing).count(),
    reviews: scoped(ec.entity.find('hpf.compliance.RegularizationApplication')).condition('stepDueDate', EntityCondition.LESS_THAN, today)
            .condition('currentStepEnumId', EntityCondition.NOT_EQUAL, null).count(),
    // the worklist the figure links to (期限届满仍未缴存), counted by the service that lists it
    orders: (ec.service.sync().name('hpf.compliance.EnforcementServices.find#OverdueOrders')
            .parameters([campaignId: campaignId, asOfDate: today, pageIndex: 0, pageSize: 1]).call()?.orderCount ?: 0) as long,
    // orders to register (non-registration cases) still open after their deadline: the next step there is the fine
    registrationOrders: scoped(ec.entity.find('hpf.compliance.EnforcementAction')).condition('actionTypeEnumId', 'HpfEaOrderToRegister')
            .condition('statusId', 'HpfEnfIssued').condition('dueDate', EntityCondition.LESS_THAN, today).count(),
    alerts: scoped(ec.entity.find('hpf.compliance.ArrearsAlert')).condition('dueDate', EntityCondition.LESS_THAN, today)
            .condition('statusId', 'in', ['HpfAlrOpen', 'HpfAlrAcknowledged']).count()]
// the day before today: the enforcement list's filter "due on or before" that lists those orders
overdueThru = java.sql.Date.valueOf(today.toLocalDate().minusDays(1))

// ---- branches in scope, in order
def branchFind = ec.entity.find('hpf.compliance.Branch').orderBy(['sequenceNum', 'branchId'])
if (scope.branchScoped) branchFind.condition('branchId', 'in', scope.userBranchIds ?: ['_NO_BRANCH_'])
List branches = branchFind.list()
List branchIds = branches*.branchId
Map branchNames = branches.collectEntries { [(it.branchId): it.branchName] }
List palette = ['#1976d2', '#26a69a', '#9c27b0', '#f2c037', '#21ba45', '#c10015', '#31ccec', '#ff9800', '#795548', '#607d8b', '#8bc34a']

// ---- targets by status per branch (stacked bars; excluded targets left out)
List statusRows = scoped(ec.entity.find('hpf.compliance.CampaignTargetFigure').selectFields(['branchId', 'statusId', 'targetCount']))
        .condition('statusId', EntityCondition.NOT_EQUAL, 'HpfTgtExcluded').list()
List statuses = ec.entity.find('moqui.basic.StatusItem').condition('statusTypeId', 'HpfTarget').orderBy('sequenceNum').useCache(true).list()
        .findAll { s -> s.statusId != 'HpfTgtExcluded' && statusRows.any { it.statusId == s.statusId } }
Map counts = statusRows.collectEntries { [(it.branchId + '|' + it.statusId): (it.targetCount ?: 0) as long] }
List shownBranches = branchIds.findAll { b -> statusRows.any { it.branchId == b } }
Map statusChart = [type: 'bar', data: [labels: shownBranches.collect { branchNames[it] },
        datasets: statuses.withIndex().collect { s, i -> [label: s.description, backgroundColor: palette[i % palette.size()],
                data: shownBranches.collect { b -> counts[b + '|' + s.statusId] ?: 0L }] }],
        options: [maintainAspectRatio: false, legend: [position: 'bottom'],
                scales: [xAxes: [[stacked: true]], yAxes: [[stacked: true, ticks: [beginAtZero: true, precision: 0]]]]]]

// ---- units rectified and amount recovered per month (bars: units, line: amount recovered so far)
List monthRows = scoped(ec.entity.find('hpf.compliance.CampaignTargetResolvedMonth').selectFields(['resolvedMonth', 'resolvedCount', 'recoveredSum']))
        .condition('statusId', 'HpfTgtRectified').condition('resolvedDate', EntityCondition.NOT_EQUAL, null).orderBy('resolvedMonth').list()
BigDecimal runningAmount = 0.0
List cumulative = monthRows.collect { runningAmount = runningAmount + ((it.recoveredSum ?: 0.0) as BigDecimal); runningAmount.setScale(2, java.math.RoundingMode.HALF_UP) }
Map recoveryChart = [type: 'bar', data: [labels: monthRows.collect { String m = (it.resolvedMonth as Long).toString(); m.substring(0, 4) + '-' + m.substring(4) },
        datasets: [[label: loc('Units Rectified'), yAxisID: 'units', backgroundColor: '#21ba45', data: monthRows.collect { (it.resolvedCount ?: 0) as long }],
                   [label: loc('Amount Recovered So Far (yuan)'), yAxisID: 'amount', type: 'line', fill: false, borderColor: '#1976d2',
                    data: cumulative]]],
        options: [maintainAspectRatio: false, legend: [position: 'bottom'],
                scales: [yAxes: [[id: 'units', position: 'left', ticks: [beginAtZero: true, precision: 0]],
                                 [id: 'amount', position: 'right', ticks: [beginAtZero: true], gridLines: [drawOnChartArea: false]]]]]]

// ---- the monitoring trend per branch (new arrears, cleared, open at the month's end, amount of the new arrears)
List trendList = ec.service.sync().name('hpf.compliance.MonitoringServices.get#AlertTrend').parameters([campaignId: campaignId]).call()?.trendList ?: []
trendBranches = []
Map charts = [hpfChartStatus: statusChart, hpfChartRecovery: recoveryChart]
for (String b in branchIds) {
    List rows = trendList.findAll { it.branchId == b }
    if (!rows) continue
    String chartId = 'hpfChartTrend' + trendBranches.size()
    trendBranches.add([branchId: b, branchName: branchNames[b], chartId: chartId])
    charts[chartId] = [type: 'bar', data: [labels: rows*.month, datasets: [
            [label: loc('New Arrears Alerts'), yAxisID: 'units', backgroundColor: '#c10015', data: rows.collect { it.raisedCount }],
            [label: loc('Alerts Cleared'), yAxisID: 'units', backgroundColor: '#21ba45', data: rows.collect { it.clearedCount }],
            [label: loc('Alerts Open at Month End'), yAxisID: 'units', type: 'line', fill: false, borderColor: '#f2c037', data: rows.collect { it.openCount }],
            [label: loc('Amount Owed of New Alerts (yuan)'), yAxisID: 'amount', type: 'line', fill: false, borderColor: '#1976d2',
             data: rows.collect { ((it.raisedAmount ?: 0.0) as BigDecimal).setScale(2, java.math.RoundingMode.HALF_UP) }]]],
            options: [maintainAspectRatio: false, legend: [position: 'bottom'],
                    scales: [yAxes: [[id: 'units', position: 'left', ticks: [beginAtZero: true, precision: 0]],
                                     [id: 'amount', position: 'right', ticks: [beginAtZero: true], gridLines: [drawOnChartArea: false]]]]]]
}
return [today: today, todayText: todayText, phaseList: phaseList, currentPhase: currentPhase, overdue: overdue,
        overdueThru: overdueThru, charts: charts, trendBranches: trendBranches]
