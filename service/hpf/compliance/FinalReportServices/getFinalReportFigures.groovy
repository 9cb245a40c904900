// The figures of a final report: per-branch table from the accepted branch summaries, their totals, the data's totals
// (campaign figure service), who is missing and where a summary and the data disagree (see FinalReportServices.xml).
import hpf.compliance.core.CenterClock
import hpf.compliance.core.rules.CloseoutRules
import hpf.compliance.core.rules.SummaryFigures

ec.service.sync().name("hpf.compliance.FinalReportServices.check#ReportReader").call()
if (ec.message.hasError()) return null
if (finalReportId) {
    def report = ec.entity.find("hpf.compliance.FinalReport").condition("finalReportId", finalReportId).one()
    if (report == null) {
        ec.message.addError(ec.resource.expand('Final report ${finalReportId} was not found.', null, [finalReportId: finalReportId]))
        return null
    }
    campaignId = report.campaignId
    asOfDate = asOfDate ?: report.asOfDate
}
if (!campaignId) { ec.message.addError(ec.resource.expand('Campaign ${campaignId} not found', null, [campaignId: ''])); return null }
asOfDate = asOfDate ?: java.sql.Date.valueOf(CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today())

def figuresOf = { java.sql.Date date, String branchId ->
    Map out = ec.service.sync().name("hpf.compliance.CampaignFigureServices.get#BranchFigures")
            .parameters([campaignId: campaignId, asOfDate: date] + (branchId ? [branchId: branchId] : [:])).call()
    return out ?: [:]
}
Map data = figuresOf(asOfDate as java.sql.Date, null)
if (ec.message.hasError()) return null
dataTotals = SummaryFigures.normalize(data.totals as Map)

Map<String, Object> summaries = ec.entity.find("hpf.compliance.BranchSummary").condition("campaignId", campaignId).list()
        .collectEntries { [(it.branchId): it] }
branchRows = []
missingBranches = []
List<SummaryFigures.Difference> diffs = []
Map<String, String> asOfTexts = [:]
List acceptedRows = []
for (Map dataRow in (data.branchFigures ?: [])) {
    def s = summaries[dataRow.branchId]
    boolean accepted = s?.statusId == 'HpfBsAccepted'
    boolean needed = (dataRow.targetCount ?: 0) as long > 0 || s != null
    Map row = [branchId: dataRow.branchId, branchName: dataRow.branchName, branchSummaryId: s?.branchSummaryId,
               summaryStatusId: s?.statusId, summaryAsOfDate: s?.asOfDate, accepted: accepted, needed: needed,
               dataFigures: SummaryFigures.normalize(dataRow)]
    if (accepted) {
        Map recorded = SummaryFigures.normalize(s.getMap())
        row.putAll(recorded)
        acceptedRows.add(recorded)
        // the summary against the data as of the summary's own date
        Map computedRow = (s.asOfDate == asOfDate) ? dataRow :
                ((figuresOf(s.asOfDate as java.sql.Date, s.branchId as String).branchFigures ?: []).find { it.branchId == s.branchId } ?: [:])
        diffs.addAll(SummaryFigures.compare(dataRow.branchName as String, recorded, computedRow as Map))
        asOfTexts[dataRow.branchName as String] = s.asOfDate?.toString()
    } else if (needed) {
        missingBranches.add(dataRow.branchName)
    }
    if (needed || accepted) branchRows.add(row)
}
totals = SummaryFigures.sum(acceptedRows)
acceptedCount = acceptedRows.size()
differences = diffs.collect { [branchName: it.scope(), figure: it.key(), figureLabel: it.label(), recorded: it.recorded(), computed: it.computed()] }
agrees = diffs.isEmpty()
blockingMessages = CloseoutRules.checkReportSubmission(missingBranches as List<String>, diffs, asOfTexts)
        .collect { ec.resource.expand(it.code(), null, it.args(), true) }

publicityCount = ec.service.sync().name("hpf.compliance.PublicityServices.count#Publicity")
        .parameters([campaignId: campaignId, thruDate: asOfDate]).call()?.publicityCount
meetingCount = ec.entity.find("hpf.compliance.CoordinationMeeting").condition("campaignId", campaignId)
        .condition("meetingDate", "less-equals", asOfDate).count()
return null
