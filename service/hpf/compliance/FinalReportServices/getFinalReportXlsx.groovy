// The figure tables of the final report as XLSX (core SummaryTableWriter), as bytes and base64 (for REST).
import hpf.compliance.core.doc.SummaryTableWriter

Map info = ec.service.sync().name("hpf.compliance.FinalReportServices.get#FinalReportPrintInfo").parameters([finalReportId: finalReportId]).call()
if (ec.message.hasError()) return null
String title = (info.campaign?.campaignName ?: '') + '分支机构工作情况统计表（截至' + (info.asOfDateText ?: '') + '）'
ByteArrayOutputStream out = new ByteArrayOutputStream()
SummaryTableWriter.writeXlsx(out, title, info.branchRows as List<Map<String, Object>>, info.totals as Map<String, Object>,
        info.report.publicityCount as Long, info.report.meetingCount as Long)
byte[] bytes = out.toByteArray()
return [xlsxBytes: bytes, xlsxBase64: Base64.encoder.encodeToString(bytes),
        fileName: ('最终报告统计表-' + (info.campaign?.campaignName ?: finalReportId)).replaceAll(/[\\\/:*?"<>|\s]/, '_') + '.xlsx']
