// The worklist as data: filters of the worklist screen, branch scope through the entity filters, computed columns.
def ec = context.ec
def clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def todayDate = clock.todayDate()
def closing = ['HpfTgtRectified', 'HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtExcluded']
def cf = ec.entity.conditionFactory

def find = ec.entity.find("hpf.compliance.CampaignTargetDetail")
if (campaignId) find.condition("campaignId", campaignId)
if (branchId) find.condition("branchId", branchId)
if (statusIds) find.condition("statusId", "in", statusIds)
if (targetTypeEnumId) find.condition("targetTypeEnumId", targetTypeEnumId)
if (assignedUserId == '_NA_') find.condition("assignedUserId", "is-null", null)
else if (assignedUserId) find.condition("assignedUserId", assignedUserId)
if (owedMonthsFrom != null) find.condition("owedMonths", "greater-equals", owedMonthsFrom)
if (owedMonthsThru != null) find.condition("owedMonths", "less-equals", owedMonthsThru)
if (amountOwedFrom != null) find.condition("amountOwed", "greater-equals", amountOwedFrom)
if (amountOwedThru != null) find.condition("amountOwed", "less-equals", amountOwedThru)
if (unitName) find.condition("unitName", "like", "%" + unitName.trim() + "%")
if (unitAccountNo) find.condition("unitAccountNo", "like", unitAccountNo.trim() + "%")
if (overdue == 'Y') {
    find.condition("nextDeadlineDate", "less", todayDate).condition("statusId", "not-in", closing)
} else if (overdue == 'N') {
    def EC = org.moqui.entity.EntityCondition
    find.condition(cf.makeCondition([cf.makeCondition("nextDeadlineDate", EC.IS_NULL, null),
            cf.makeCondition("nextDeadlineDate", EC.GREATER_THAN_EQUAL_TO, todayDate),
            cf.makeCondition("statusId", EC.IN, closing)], EC.OR))
}

targetListCount = find.count()
find.orderBy(orderByField ?: "-amountOwed").orderBy("targetId").offset(pageIndex ?: 0, pageSize ?: 50).limit(pageSize ?: 50)
targetList = find.list().collect { t ->
    t.getMap() + [
            daysSinceIdentified: clock.daysSince(t.identifiedDate),
            overdue: (clock.isBeforeToday(t.nextDeadlineDate) && !(t.statusId in closing)) ? 'Y' : 'N']
}
return null
