// Writes the monthly monitoring trend (get#AlertTrend) to the HTTP response as XLSX (core AlertTrend writer).
import hpf.compliance.core.monitoring.AlertTrend
import java.nio.charset.StandardCharsets

Map out = ec.service.sync().name('hpf.compliance.MonitoringServices.get#AlertTrend')
        .parameters([campaignId: campaignId, branchId: branchId]).call()
if (ec.message.hasError()) { ec.web.sendError(400, ec.message.errorsString, null); return }
List rows = out.trendList.collect { new AlertTrend.Row(it.branchId, it.month, it.raisedCount as long, it.raisedAmount,
        it.clearedCount as long, it.openCount as long) }
String fileName = '监测预警月度趋势.xlsx'
def response = ec.web.response
response.setContentType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
response.setHeader('Content-Disposition', "attachment; filename*=UTF-8''" +
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace('+', '%20'))
response.setHeader('Cache-Control', 'no-cache, must-revalidate, private')
OutputStream os = response.getOutputStream()
AlertTrend.writeXlsx(os, '监测预警月度趋势', rows, out.branchNames as Map)
os.flush()
return
