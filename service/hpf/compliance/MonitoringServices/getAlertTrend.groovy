// get#AlertTrend: the monthly trend per branch from two aggregates of the database (raised by detection month, cleared
// by closure month); the core lays them side by side and carries the open count forward. Branch staff: own branch.
import hpf.compliance.core.monitoring.AlertTrend

Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
Closure scoped = { find ->
    if (campaignId) find.condition('campaignId', campaignId)
    if (branchId) find.condition('branchId', branchId)
    if (scope.branchScoped) find.condition('branchId', 'in', scope.userBranchIds ?: ['_NO_BRANCH_'])
    return find
}
List raised = scoped(ec.entity.find('hpf.compliance.ArrearsAlertDetectedTrend')
        .selectFields(['branchId', 'detectedMonth', 'newCount', 'newAmount'])).list()
        .collect { new AlertTrend.Raised(it.branchId, it.detectedMonth, (it.newCount ?: 0) as long, it.newAmount as BigDecimal) }
List cleared = scoped(ec.entity.find('hpf.compliance.ArrearsAlertClosedTrend')
        .selectFields(['branchId', 'closedMonth', 'clearedCount'])
        .condition('statusId', 'in', ['HpfAlrResolved', 'HpfAlrDismissed'])).list()
        .collect { new AlertTrend.Cleared(it.branchId, it.closedMonth, (it.clearedCount ?: 0) as long) }
List branches = ec.entity.find('hpf.compliance.Branch').orderBy('sequenceNum').useCache(true).list()
branchNames = branches.collectEntries { [(it.branchId): it.branchName] }
trendList = AlertTrend.build(raised, cleared, branches*.branchId).collect { AlertTrend.Row r ->
    [branchId: r.branch(), branchName: branchNames[r.branch()] ?: r.branch(), month: r.month(), raisedCount: r.raised(),
     raisedAmount: r.raisedAmount(), clearedCount: r.cleared(), openCount: r.open()]
}
return
