// import#File: store the uploaded file (small ones under hpf_upload_root, in the database by default; larger ones than
// hpf_upload_db_max_kb under hpf_upload_file_root, a runtime directory), record the ImportBatch (HpfImbRunning), then
// process it, here or in the background. Refused while the same file of the same type is being imported, and a
// background import while any import of its type runs (README "Imports"); a run without progress for
// hpf_import_stale_minutes is taken for crashed and marked failed.
import java.nio.charset.StandardCharsets
import java.security.MessageDigest

final long STALE_MINUTES = (System.getProperty('hpf_import_stale_minutes') ?: '10') as long
final long DB_MAX_BYTES = ((System.getProperty('hpf_upload_db_max_kb') ?: '1024') as long) * 1024L

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
long size = 0
if (file != null && file.getSize() > 0) { open = { file.getInputStream() }; size = file.getSize() }
else if (fileBase64) bytes = Base64.getMimeDecoder().decode((String) fileBase64)
else if (fileText) bytes = ((String) fileText).getBytes(StandardCharsets.UTF_8)
if (bytes != null) { open = { new ByteArrayInputStream(bytes) }; size = bytes.length }
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
// a file larger than DB_MAX_BYTES is not put into the database (a blob is written from memory): it goes to the file system
String root = size > DB_MAX_BYTES ? (System.getProperty('hpf_upload_file_root') ?: 'runtime://hpf/uploads')
        : (System.getProperty('hpf_upload_root') ?: 'dbresource://hpf/uploads')
String location = "${root}/imports/${importBatchId}/${name}"
Map running = null
boolean busy = false
ec.transaction.runRequireNew(600, 'Could not store the import file', {
    // The same file is not imported twice at once (two clerks, a double click), and a background import does not start
    // while another import of its type runs. Only one upload of a type passes this point at a time, on any server:
    // the type's enumeration row is locked (SELECT ... FOR UPDATE) until this short transaction ends, so of two
    // uploads at the same moment the second sees the first one's batch. A running batch that has made no progress
    // for STALE_MINUTES (a server stopped in the middle) is marked failed and holds up no one.
    ec.entity.find('moqui.basic.Enumeration').condition('enumId', importTypeEnumId).useCache(false).forUpdate(true).disableAuthz().one()
    java.sql.Timestamp staleBefore = java.sql.Timestamp.from(ec.user.nowTimestamp.toInstant().minusSeconds(STALE_MINUTES * 60L))
    List runs = ec.entity.find('hpf.compliance.ImportBatch').condition([importTypeEnumId: importTypeEnumId, statusId: 'HpfImbRunning'])
            .orderBy('startedDate').useCache(false).disableAuthz().list()
    for (stale in runs.findAll { it.lastUpdatedStamp < staleBefore }) {
        ec.service.sync().name('update#hpf.compliance.ImportBatch').parameters([importBatchId: stale.importBatchId,
                statusId: 'HpfImbFailed', completedDate: ec.user.nowTimestamp, errorText: ec.resource.expand(
                'The import stopped: no progress for ${minutes} minutes (the server may have stopped). Import the file again.',
                null, [minutes: STALE_MINUTES])]).disableAuthz().call()
    }
    runs = runs.findAll { it.lastUpdatedStamp >= staleBefore }
    def same = runs.find { it.contentHash == contentHash }
    if (same) { running = same.getMap(); return }
    if (background && runs) { running = runs[0].getMap(); busy = true; return }
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
    ec.message.addError(ec.resource.expand(busy ?
            'Another import of this type is running as batch ${runningBatchId} (${fileName}, started ${startedText} by ${userName}); start this one when it has finished.' :
            'The same file is already being imported as batch ${runningBatchId} (${fileName}, started ${startedText} by ${userName}); wait for that batch to finish instead of uploading the file again.',
            null, [runningBatchId: running.importBatchId, fileName: running.fileName, userName: by?.userFullName ?: by?.username ?: '',
                   startedText: running.startedDate ? ec.l10n.format(running.startedDate, 'yyyy-MM-dd HH:mm:ss') : '']))
    importBatchId = null
    return
}
if (ec.message.hasError()) return

if (background) {
    // the page of the batch shows its progress; process#ImportBatch records the counts as it goes
    ec.service.async().name('hpf.compliance.ImportServices.process#ImportBatch').parameters([importBatchId: importBatchId] +
            (batchSize ? [batchSize: batchSize] : [:])).call()
    statusId = 'HpfImbRunning'
    ec.message.addMessage(ec.l10n.localize('The import runs in the background; this page shows its progress.'))
    return null
}
Map out = ec.service.sync().name('hpf.compliance.ImportServices.process#ImportBatch')
        .parameters([importBatchId: importBatchId] + (batchSize ? [batchSize: batchSize] : [:])).call()
if (out) {
    statusId = out.statusId
    totalRows = out.totalRows; createdRows = out.createdRows; updatedRows = out.updatedRows
    unchangedRows = out.unchangedRows; rejectedRows = out.rejectedRows; warningRows = out.warningRows
}
return null
