// get#CreditExport: the credit platform's file (CSV or XLSX) of the 失信 and 守信 lists; off until enabled (see UnitListServices.xml).
import hpf.compliance.core.lists.UnitListExport
import hpf.compliance.core.lists.UnitListExport.CreditRow
import java.nio.charset.StandardCharsets

def ec = context.ec
Map check = ec.service.sync().name('hpf.compliance.UnitListServices.check#CreditExportEnabled').call()
if (!check.exportEnabled) { ec.message.addError(check.whyNot as String); return null }
Map codeOf = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'in', ['HpfUnitListType', 'HpfUnitListReason'])
        .useCache(true).list().collectEntries { [(it.enumId): it.enumCode] }
List rows = []
for (def e in ec.entity.find('hpf.compliance.UnitListEntry').condition('listTypeEnumId', 'in', ['HpfUltDishonest', 'HpfUltTrustworthy'])
        .condition('statusId', 'in', ['HpfUleApproved', 'HpfUlePublished', 'HpfUleRemoved']).orderBy(['listedDate', 'entryId']).list()) {
    rows.add(new CreditRow(e.usccCode as String, e.unitName as String, UnitListExport.listTypeText(codeOf[e.listTypeEnumId] as String),
            UnitListExport.reasonText(codeOf[e.reasonEnumId] as String, e.compliantMonths as Integer, e.reasonText as String),
            e.decisionNumber as String, e.listedDate?.toLocalDate(), e.removedDate?.toLocalDate()))
}
rowCount = rows.size()
String stamp = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today().toString()
byte[] bytes
if (format == 'xlsx') {
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    UnitListExport.writeCreditXlsx(out, rows)
    bytes = out.toByteArray()
    fileName = '住房公积金信用名单-' + stamp + '.xlsx'
    contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} else {
    csvText = UnitListExport.creditCsv(rows)
    bytes = csvText.getBytes(StandardCharsets.UTF_8)
    fileName = '住房公积金信用名单-' + stamp + '.csv'
    contentType = 'text/csv; charset=UTF-8'
}
contentBase64 = Base64.encoder.encodeToString(bytes)
return null
