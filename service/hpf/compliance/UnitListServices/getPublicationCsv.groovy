// get#PublicationCsv: the website's CSV of a 通报 (core UnitListExport.criticismCsv).
import hpf.compliance.core.lists.UnitListExport
import hpf.compliance.core.lists.UnitListExport.CriticismRow
import java.nio.charset.StandardCharsets

def ec = context.ec
Map info = ec.service.sync().name('hpf.compliance.UnitListServices.get#PublicationPrintInfo').parameters([publicationId: publicationId]).call()
if (ec.message.hasError()) return null
csvText = UnitListExport.criticismCsv(info.entryList.findAll { !it.removed }.collect { e -> new CriticismRow(e.unitName as String,
        e.usccCode as String, e.branchName as String, e.reasonWords as String, info.publication.publishedDate?.toLocalDate()) })
fileName = '通报批评-' + (info.publication.documentNumber ?: publicationId) + '.csv'
contentBase64 = Base64.encoder.encodeToString(csvText.getBytes(StandardCharsets.UTF_8))
return null
