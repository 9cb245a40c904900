// What the printed final report shows; dates as official documents write them (2026年6月30日).
import hpf.compliance.core.rules.SummaryFigures

def r = ec.entity.find("hpf.compliance.FinalReport").condition("finalReportId", finalReportId).one()
if (r == null) { ec.message.addError(ec.resource.expand('Final report ${finalReportId} was not found.', null, [finalReportId: finalReportId])); return null }
Map fig = ec.service.sync().name("hpf.compliance.FinalReportServices.get#FinalReportFigures").parameters([finalReportId: finalReportId]).call()
if (ec.message.hasError()) return null

def dateText = { d ->
    if (d == null) return null
    def ld = d.toLocalDate()
    return ld.year + "年" + ld.monthValue + "月" + ld.dayOfMonth + "日"
}
report = r.getMap()
campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", r.campaignId).one()?.getMap() ?: [:]
branchRows = fig.branchRows.findAll { it.accepted }
// the stored totals (as computed when the report was last prepared) are what the report states
totals = SummaryFigures.normalize(report)
figureColumns = SummaryFigures.FIGURES.collect { [key: it.key(), label: it.label(), money: it.money()] }
centerName = System.getProperty("hpf_center_name") ?: (System.getenv("hpf_center_name") ?: (campaign.issuingAuthority ?: '住房公积金管理中心'))
asOfDateText = dateText(r.asOfDate)
// the signature instant in the user's zone (CenterClock), as the other documents date their instants
signedDateText = r.signedDate ? dateText(java.sql.Date.valueOf(hpf.compliance.core.CenterClock.of(r.signedDate, ec.user.userId, ec.user.timeZone).today())) : null
signedByName = r.signedByUserId ? ec.entity.find("moqui.security.UserAccount").condition("userId", r.signedByUserId).disableAuthz().one()?.userFullName : null
return null
