// get#TargetSummary: the summary table (汇总表) from the group-by view, with branch subtotals and the grand total
import hpf.compliance.core.screening.support.TargetTables

def find = ec.entity.find('hpf.compliance.CampaignTargetSummary')
        .selectFields(['branchId', 'branchName', 'branchSequenceNum', 'targetTypeEnumId', 'unitCount', 'totalWorkers',
                       'totalOwedMonths', 'totalAmountOwed'])
        .condition('campaignId', campaignId).condition('statusId', 'not-equals', 'HpfTgtExcluded')
        .orderBy(['branchSequenceNum', 'branchName', 'targetTypeEnumId'])
if (branchId) find.condition('branchId', branchId)
summaryList = TargetTables.summary(find.list()).collect { TargetTables.toMap(it) }
return null
