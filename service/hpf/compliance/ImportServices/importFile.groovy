// import#File: store the uploaded file under hpf_upload_root, record the ImportBatch (HpfImbRunning), then process it.
import java.nio.charset.StandardCharsets

String name = (fileName ?: file?.getName() ?: '').replaceAll('.*[\\\\/]', '').trim()
if (!name) name = fileText != null ? 'import.csv' : ''
String lower = name.toLowerCase(Locale.ROOT)
if (!(lower.endsWith('.csv') || lower.endsWith('.xlsx'))) {
    ec.message.addError(ec.l10n.localize('Only CSV or XLSX files can be imported'))
    return
}

InputStream input
if (file != null && file.getSize() > 0) input = file.getInputStream()
else if (fileBase64) input = new ByteArrayInputStream(Base64.getMimeDecoder().decode((String) fileBase64))
else if (fileText) input = new ByteArrayInputStream(((String) fileText).getBytes(StandardCharsets.UTF_8))
if (input == null) {
    ec.message.addError(ec.l10n.localize('No file was uploaded'))
    return
}

importBatchId = ec.entity.sequencedIdPrimary('hpf.compliance.ImportBatch', null, null)
String root = System.getProperty('hpf_upload_root') ?: 'dbresource://hpf/uploads'
String location = "${root}/imports/${importBatchId}/${name}"
ec.transaction.runRequireNew(600, 'Could not store the import file', {
    def ref = ec.resource.getLocationReference(location)
    try { ref.putStream(input) } finally { input.close() }
    ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: importBatchId,
            importTypeEnumId: importTypeEnumId, statusId: 'HpfImbRunning', fileName: name,
            fileFormat: lower.endsWith('.xlsx') ? 'XLSX' : 'CSV', fileLocation: location,
            importedByUserId: ec.user.userId, startedDate: ec.user.nowTimestamp]).create()
})
if (ec.message.hasError()) return

Map out = ec.service.sync().name('hpf.compliance.ImportServices.process#ImportBatch')
        .parameters([importBatchId: importBatchId]).call()
if (out) {
    statusId = out.statusId
    totalRows = out.totalRows; createdRows = out.createdRows; updatedRows = out.updatedRows
    unchangedRows = out.unchangedRows; rejectedRows = out.rejectedRows; warningRows = out.warningRows
}
return null
