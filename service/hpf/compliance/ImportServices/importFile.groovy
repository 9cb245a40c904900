// import#File: store the uploaded file under hpf_upload_root, record the ImportBatch (HpfImbRunning), then process it;
// refused while the same file of the same type is being imported.
import java.nio.charset.StandardCharsets
import java.security.MessageDigest

final long STALE_MINUTES = 30

// the registry list covers the whole city: the center imports it, not a branch
if (importTypeEnumId == 'HpfImpRegistry') {
    Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
    if (scope.branchScoped) { ec.message.addError(ec.l10n.localize('The enterprise registry list is imported by the center, not by a branch.')); return }
}
String name = (fileName ?: file?.getName() ?: '').replaceAll('.*[\\\\/]', '').trim()
if (!name) name = fileText != null ? 'import.csv' : ''
String lower = name.toLowerCase(Locale.ROOT)
if (!(lower.endsWith('.csv') || lower.endsWith('.xlsx'))) {
    ec.message.addError(ec.l10n.localize('Only CSV or XLSX files can be imported'))
    return
}

// the file's bytes can be read twice: once for their hash, once to store them
Closure<InputStream> open = null
byte[] bytes = null
if (file != null && file.getSize() > 0) open = { file.getInputStream() }
else if (fileBase64) bytes = Base64.getMimeDecoder().decode((String) fileBase64)
else if (fileText) bytes = ((String) fileText).getBytes(StandardCharsets.UTF_8)
if (bytes != null) open = { new ByteArrayInputStream(bytes) }
if (open == null) {
    ec.message.addError(ec.l10n.localize('No file was uploaded'))
    return
}
MessageDigest digest = MessageDigest.getInstance('SHA-256')
InputStream hashed = open()
try {
    byte[] buf = new byte[65536]
    int n
    while ((n = hashed.read(buf)) > 0) digest.update(buf, 0, n)
} finally { hashed.close() }
String contentHash = digest.digest().encodeHex().toString()

importBatchId = ec.entity.sequencedIdPrimary('hpf.compliance.ImportBatch', null, null)
String root = System.getProperty('hpf_upload_root') ?: 'dbresource://hpf/uploads'
String location = "${root}/imports/${importBatchId}/${name}"
Map running = null
ec.transaction.runRequireNew(600, 'Could not store the import file', {
    // The same file is not imported twice at once (two clerks, a double click). Only one upload of a type passes
    // this point at a time: the type's enumeration row is locked until this short transaction ends, so of two
    // uploads at the same moment the second sees the first one's batch. A running batch that has made no progress
    // for STALE_MINUTES (a server stopped in the middle) does not hold up anyone.
    ec.entity.find('moqui.basic.Enumeration').condition('enumId', importTypeEnumId).useCache(false).forUpdate(true).disableAuthz().one()
    def same = ec.entity.find('hpf.compliance.ImportBatch').condition([importTypeEnumId: importTypeEnumId,
            contentHash: contentHash, statusId: 'HpfImbRunning'])
            .condition('lastUpdatedStamp', '>=', java.sql.Timestamp.from(ec.user.nowTimestamp.toInstant().minusSeconds(STALE_MINUTES * 60L)))
            .orderBy('startedDate').useCache(false).disableAuthz().list()
    if (same) { running = same[0].getMap(); return }
    def ref = ec.resource.getLocationReference(location)
    InputStream input = open()
    try { ref.putStream(input) } finally { input.close() }
    ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: importBatchId,
            importTypeEnumId: importTypeEnumId, statusId: 'HpfImbRunning', fileName: name,
            fileFormat: lower.endsWith('.xlsx') ? 'XLSX' : 'CSV', fileLocation: location, contentHash: contentHash,
            importedByUserId: ec.user.userId, startedDate: ec.user.nowTimestamp]).create()
})
if (running) {
    def by = running.importedByUserId ? ec.entity.find('moqui.security.UserAccount').condition('userId', running.importedByUserId)
            .useCache(true).disableAuthz().one() : null
    ec.message.addError(ec.resource.expand('The same file is already being imported as batch ${runningBatchId} (${fileName}, started ${startedText} by ${userName}); wait for that batch to finish instead of uploading the file again.',
            null, [runningBatchId: running.importBatchId, fileName: running.fileName, userName: by?.userFullName ?: by?.username ?: '',
                   startedText: running.startedDate ? ec.l10n.format(running.startedDate, 'yyyy-MM-dd HH:mm:ss') : '']))
    importBatchId = null
    return
}
if (ec.message.hasError()) return

Map out = ec.service.sync().name('hpf.compliance.ImportServices.process#ImportBatch')
        .parameters([importBatchId: importBatchId]).call()
if (out) {
    statusId = out.statusId
    totalRows = out.totalRows; createdRows = out.createdRows; updatedRows = out.updatedRows
    unchangedRows = out.unchangedRows; rejectedRows = out.rejectedRows; warningRows = out.warningRows
}
return null
