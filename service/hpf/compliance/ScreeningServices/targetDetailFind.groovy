// Builds the find behind the detail table (明细表) from the filters in the context; returns the EntityFind.
// Used by get#TargetDetail (REST) and the screen downloads, so every export has the rows the screen shows.
def find = ec.entity.find('hpf.compliance.CampaignTargetDetail').condition('campaignId', campaignId)
        .condition('statusId', 'not-equals', 'HpfTgtExcluded')
if (context.branchId) find.condition('branchId', branchId)
if (context.targetTypeEnumId) find.condition('targetTypeEnumId', targetTypeEnumId)
// REST names (owedMonthsFrom) or the screen's range-find names (owedMonths_from)
def range = { String a, String b -> def v = context.get(a); (v == null || v == '') ? context.get(b) : v }
def monthsFrom = range('owedMonthsFrom', 'owedMonths_from'), monthsThru = range('owedMonthsThru', 'owedMonths_thru')
def amountFrom = range('amountOwedFrom', 'amountOwed_from'), amountThru = range('amountOwedThru', 'amountOwed_thru')
if (monthsFrom != null && monthsFrom != '') find.condition('owedMonths', 'greater-equals', monthsFrom as Long)
if (monthsThru != null && monthsThru != '') find.condition('owedMonths', 'less-equals', monthsThru as Long)
if (amountFrom != null && amountFrom != '') find.condition('amountOwed', 'greater-equals', amountFrom as BigDecimal)
if (amountThru != null && amountThru != '') find.condition('amountOwed', 'less-equals', amountThru as BigDecimal)
String order = context.orderByField ?: 'unitAccountNo'
find.orderBy(order.split(',') as List)
if (!order.contains('unitAccountNo')) find.orderBy('unitAccountNo')
return find
