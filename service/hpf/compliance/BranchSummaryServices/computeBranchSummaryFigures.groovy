// (Re)computes a draft or returned branch summary's figures as of a date through the campaign figure service.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.rules.SummaryFigures

Map editable = ec.service.sync().name("hpf.compliance.BranchSummaryServices.check#SummaryEditable")
        .parameters([branchSummaryId: branchSummaryId]).call()
if (ec.message.hasError()) return null
def summary = editable.summary
java.sql.Date asOf = (asOfDate ?: summary.asOfDate ?:
        java.sql.Date.valueOf(CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today())) as java.sql.Date

Map out = ec.service.sync().name("hpf.compliance.CampaignFigureServices.get#BranchFigures")
        .parameters([campaignId: summary.campaignId, asOfDate: asOf, branchId: summary.branchId]).call()
if (ec.message.hasError()) return null
Map row = (out?.branchFigures ?: []).find { it.branchId == summary.branchId } as Map
figures = SummaryFigures.normalize(row ?: [:])

Map upd = [branchSummaryId: branchSummaryId, asOfDate: asOf, figuresComputedDate: ec.user.nowTimestamp] + figures
ec.service.sync().name("update#hpf.compliance.BranchSummary").parameters(upd).call()
return [figures: figures]
