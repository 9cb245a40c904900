// Writes the detail table (明细表) or summary table (汇总表) of a campaign to the HTTP response, as XLSX (the core's
// fastexcel writer) or CSV with a BOM, in the layout a branch submits. Context: campaignId, branchId, the detail
// filters, tableType (detail|summary), tableFormat (csv|xlsx). Rows stream from a cursor; nothing is built in memory.
import hpf.compliance.core.Months
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.ScreeningTableWriter
import hpf.compliance.core.screening.support.TargetTables
import java.nio.charset.StandardCharsets

boolean summary = context.tableType == 'summary'
boolean xlsx = context.tableFormat == 'xlsx'
def campaign = campaignId ? ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaignId).one() : null
if (campaign == null) { ec.web.sendError(404, ec.l10n.localize('Campaign not found'), null); return }
def branch = branchId ? ec.entity.find('hpf.compliance.Branch').condition('branchId', branchId).one() : null

ScreeningParams params = null
if (campaign.cutoffMonth && campaign.assessMonth)
    params = ScreeningParams.of(Months.parse(campaign.cutoffMonth), Months.parse(campaign.assessMonth),
            (campaign.stopThresholdMonths ?: ScreeningParams.DEFAULT_STOP_MONTHS) as int)
String tableName = summary ? '欠缴停缴单位汇总表' : '欠缴停缴单位明细表'
String title = ScreeningTableWriter.title(campaign.campaignName, tableName, branch?.branchName, params)
String fileName = "${tableName}_${branch?.branchName ?: '全部机构'}.${xlsx ? 'xlsx' : 'csv'}"

def response = ec.web.response
response.setContentType(xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=UTF-8')
response.setHeader('Content-Disposition', "attachment; filename*=UTF-8''" +
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace('+', '%20'))
response.setHeader('Cache-Control', 'no-cache, must-revalidate, private')
OutputStream out = response.getOutputStream()

if (summary) {
    def find = ec.entity.find('hpf.compliance.CampaignTargetSummary')
            .selectFields(['branchId', 'branchName', 'branchSequenceNum', 'targetTypeEnumId', 'unitCount', 'totalWorkers',
                           'totalOwedMonths', 'totalAmountOwed'])
            .condition('campaignId', campaignId).condition('statusId', 'not-equals', 'HpfTgtExcluded')
            .orderBy(['branchSequenceNum', 'branchName', 'targetTypeEnumId'])
    if (branchId) find.condition('branchId', branchId)
    List rows = TargetTables.summary(find.list())
    if (xlsx) ScreeningTableWriter.writeSummaryXlsx(out, title, rows) else ScreeningTableWriter.writeSummaryCsv(out, title, rows)
} else {
    def find = ec.resource.script('component://hpf-compliance/service/hpf/compliance/ScreeningServices/targetDetailFind.groovy', null)
    def eli = find.iterator()
    try {
        Iterable rows = TargetTables.details { eli.next() }
        if (xlsx) ScreeningTableWriter.writeDetailXlsx(out, title, rows) else ScreeningTableWriter.writeDetailCsv(out, title, rows)
    } finally { eli.close() }
}
out.flush()
