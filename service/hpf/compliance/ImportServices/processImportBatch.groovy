// process#ImportBatch: stream the stored file through the core reader and upsert a batch of rows per transaction;
// then bring the paid-through month of every unit it changed up to date.
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.imports.Encodings
import hpf.compliance.core.imports.ImportException
import hpf.compliance.core.imports.ImportIssue
import hpf.compliance.core.imports.ImportOptions
import hpf.compliance.core.imports.IssueSink
import hpf.compliance.core.imports.RegistryReader
import hpf.compliance.core.imports.RemittanceReader
import hpf.compliance.core.registry.RegistryEntry
import hpf.compliance.core.imports.UnitAccountReader
import hpf.compliance.core.imports.support.ImportRecords

final int MAX_STORED_ISSUES = 10000
// a batch that collides with another import writing the same rows at the same moment (a duplicate key once the other
// commits, or a deadlock) is tried again: by then the other's rows are committed, so they are read and compared
final int MAX_ATTEMPTS = 3
def batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', importBatchId).useCache(false).one()
if (batch == null) { ec.message.addError(ec.l10n.localize('Import batch not found')); return }
if (batch.statusId != 'HpfImbRunning') { ec.message.addError(ec.l10n.localize('This import batch has already been processed')); return }
boolean units = batch.importTypeEnumId == 'HpfImpUnits'
boolean registry = batch.importTypeEnumId == 'HpfImpRegistry'

// branch staff import only their own branch's rows; lookups below run without the entity filters so that a row of
// another branch is rejected with a reason instead of being taken for a new unit
Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
boolean scoped = scope.branchScoped as boolean
Set ownBranches = (scope.userBranchIds ?: []) as Set

Map counts = [created: 0L, updated: 0L, unchanged: 0L, rejected: 0L, warnings: 0L]
List issues = []
long storedIssues = 0, lastWarnLine = -1
long errorSeq = 0
IssueSink sink = { ImportIssue i ->
    if (i.severity() == ImportIssue.Severity.WARNING && i.line() != lastWarnLine) { counts.warnings++; lastWarnLine = i.line() }
    issues.add(i)
} as IssueSink
Set touchedUnitIds = new HashSet()
// counts of one attempt at a batch go into n and are added to counts once its transaction has committed
Closure reject = { Map n, long line, String column, String value, String code, String reason ->
    n.rejected++
    issues.add(new ImportIssue(batch.fileName, line, column, code, reason, value, ImportIssue.Severity.ERROR))
}
Closure flushIssues = {
    for (ImportIssue i in issues) {
        if (++storedIssues > MAX_STORED_ISSUES) break
        ec.entity.makeValue('hpf.compliance.ImportRowError').setAll([importBatchId: importBatchId,
                errorSeqId: String.format('%06d', ++errorSeq), lineNumber: i.line(), columnName: i.column(),
                rawValue: i.value()?.take(255), severity: i.rejected() ? 'E' : 'W', errorCode: i.code(),
                message: i.reason()]).create()
    }
    issues.clear()
}

boolean wasDisabled = ec.artifactExecution.disableAuthz()
def reader = null
String failure = null
String encoding = null
try {
    Closure enumIdByCode = { String typeId -> ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', typeId)
            .useCache(true).list().collectEntries { [(it.enumCode): it.enumId] } }
    Map statusEnumIds = enumIdByCode('HpfAccountStatus'), remitTypeEnumIds = enumIdByCode('HpfRemitType')
    Map branchByKey = [:]
    for (br in ec.entity.find('hpf.compliance.Branch').useCache(true).list()) {
        if (br.branchCode) branchByKey[br.branchCode] = br
        if (br.branchName) branchByKey[br.branchName] = br
    }

    def ref = ec.resource.getLocationReference(batch.fileLocation)
    if (batch.fileFormat == 'CSV') {
        InputStream head = ref.openStream()
        try { byte[] b = head.readNBytes(64 * 1024); encoding = Encodings.detect(b, 0, b.length).name() } finally { head.close() }
    }
    reader = registry ? RegistryReader.open(ref.openStream(), batch.fileName, sink)
           : units ? UnitAccountReader.open(ref.openStream(), batch.fileName, ImportOptions.DEFAULT, sink)
                   : RemittanceReader.open(ref.openStream(), batch.fileName, sink)

    // the market-regulation registry: every accepted row is kept as read, the match runs afterwards
    Closure storeRegistry = { List<RegistryEntry> rows, Map n, Set touched ->
        for (RegistryEntry r in rows) {
            ec.entity.makeValue('hpf.compliance.RegistryEnterprise').setAll([importBatchId: importBatchId,
                    lineNumber: r.line(), usccCode: r.uscc(), enterpriseName: r.name(), legalRepName: r.legalRepresentative(),
                    establishedDate: java.sql.Date.valueOf(r.established()), registrationStatusText: r.status().label(),
                    registeredAddress: r.address()?.take(255), industry: r.industry()?.take(255), employeeCount: r.employees()])
                    .setSequencedIdPrimary().create()
            n.created++
        }
    }

    Closure upsertUnits = { List<UnitAccount> rows, Map n, Set touched ->
        Map existing = ec.entity.find('hpf.compliance.EmployerUnit')
                .condition('unitAccountNo', 'in', rows*.accountNo().unique()).useCache(false).list()
                .collectEntries { [(it.unitAccountNo): it] }
        for (UnitAccount u in rows) {
            def br = branchByKey[u.branch()]
            if (br == null) { reject(n, u.sourceLine(), '所属机构', u.branch(), 'BRANCH_UNKNOWN', "所属机构“${u.branch()}”与任何机构的名称或代码都不一致".toString()); continue }
            def old = existing[u.accountNo()]
            if (scoped && (!(br.branchId in ownBranches) || (old?.branchId && !(old.branchId in ownBranches)))) {
                reject(n, u.sourceLine(), '所属机构', u.branch(), 'BRANCH_NOT_OWN', '该单位属于其他分支机构，分支机构用户只能导入本机构的单位'); continue
            }
            Map fields = ImportRecords.unitFields(u, statusEnumIds[u.status().code()], br.branchId)
            if (old == null) {
                def nv = ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll(fields)
                nv.lastImportBatchId = importBatchId
                nv.setSequencedIdPrimary().create()
                existing[u.accountNo()] = nv
                n.created++
            } else {
                List changed = ImportRecords.changedFields(old, fields, ImportRecords.UNIT_KEEP_IF_EMPTY)
                if (!changed) { n.unchanged++; continue }
                for (String f in changed) old.set(f, fields[f])
                old.lastImportBatchId = importBatchId
                old.update()
                touched.add(old.unitId)
                n.updated++
            }
        }
    }
    Closure upsertRemittances = { List<RemittanceLine> rows, Map n, Set touched ->
        Map unitByAccount = ec.entity.find('hpf.compliance.EmployerUnit')
                .condition('unitAccountNo', 'in', rows*.accountNo().unique())
                .selectField('unitId').selectField('unitAccountNo').selectField('branchId').useCache(false).list()
                .collectEntries { [(it.unitAccountNo): it] }
        Map existing = [:]
        if (unitByAccount) {
            for (rem in ec.entity.find('hpf.compliance.UnitRemittance')
                    .condition('unitId', 'in', unitByAccount.values()*.unitId)
                    .condition('remitMonth', 'in', rows.collect { ImportRecords.month(it) }.unique()).useCache(false).list())
                existing[ImportRecords.remittanceKey(rem.unitId, rem.remitMonth, rem.remitTypeEnumId)] = rem
        }
        for (RemittanceLine r in rows) {
            def unit = unitByAccount[r.accountNo()]
            if (unit == null) { reject(n, r.sourceLine(), '单位账号', r.accountNo(), 'UNIT_UNKNOWN', '单位账号不存在，请先导入单位账户'); continue }
            if (scoped && !(unit.branchId in ownBranches)) {
                reject(n, r.sourceLine(), '单位账号', r.accountNo(), 'BRANCH_NOT_OWN', '该单位属于其他分支机构，分支机构用户只能导入本机构单位的缴存明细'); continue
            }
            String month = ImportRecords.month(r), typeId = remitTypeEnumIds[r.type().code()]
            String key = ImportRecords.remittanceKey(unit.unitId, month, typeId)
            Map fields = ImportRecords.remittanceFields(r)
            def old = existing[key]
            if (old == null) {
                def nv = ec.entity.makeValue('hpf.compliance.UnitRemittance').setAll(fields)
                nv.setAll([unitId: unit.unitId, remitMonth: month, remitTypeEnumId: typeId, importBatchId: importBatchId])
                nv.create()
                existing[key] = nv
                touched.add(unit.unitId)
                n.created++
            } else {
                List changed = ImportRecords.changedFields(old, fields, null)
                if (!changed) { n.unchanged++; continue }
                for (String f in changed) old.set(f, fields[f])
                old.importBatchId = importBatchId
                old.update()
                touched.add(unit.unitId)
                n.updated++
            }
        }
    }

    List rows = []
    // saves the rows read so far (and the issues) in one transaction, trying again after a collision; returns null,
    // or why the rows could not be saved (the batches before them stay saved)
    Closure<String> flush = {
        List pending = new ArrayList(issues)
        long seqBefore = errorSeq, storedBefore = storedIssues
        for (int attempt = 1; ; attempt++) {
            Map n = [created: 0L, updated: 0L, unchanged: 0L, rejected: 0L]
            Set touched = new HashSet()
            try {
                ec.transaction.runRequireNew(600, 'Could not save imported rows', {
                    if (rows) (registry ? storeRegistry : units ? upsertUnits : upsertRemittances).call(rows, n, touched)
                    flushIssues()
                    // progress, and a sign of life for import#File's check of a running batch
                    ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: importBatchId,
                            totalRows: reader.rowsRead()]).update()
                })
            } catch (Exception e) {
                issues.clear(); issues.addAll(pending); errorSeq = seqBefore; storedIssues = storedBefore
                boolean collision = ImportRecords.isWriteConflict(e)
                Map lines = [fromLine: rows ? rows[0].sourceLine() : 0L, toLine: rows ? rows[-1].sourceLine() : 0L]
                if (collision && attempt < MAX_ATTEMPTS) {
                    ec.logger.info("Import batch ${importBatchId}: lines ${lines.fromLine}-${lines.toLine} collided with another import, trying again: ${e.message}")
                    continue
                }
                ec.logger.error("Import batch ${importBatchId}: lines ${lines.fromLine}-${lines.toLine} could not be saved", e)
                rows.clear()
                return ec.resource.expand(collision ?
                        'Lines ${fromLine} to ${toLine} could not be saved because another import was writing the same rows at the same time; the lines before them are saved. Import the file again when the other import has finished.' :
                        'Lines ${fromLine} to ${toLine} could not be saved because of a database error (see the server log); the lines before them are saved. Import the file again once the cause is removed.', null, lines)
            }
            n.each { k, v -> counts[k] += v }
            touchedUnitIds.addAll(touched)
            rows.clear()
            return null
        }
    }
    def value
    while (failure == null && (value = reader.next()) != null) {
        rows.add(value)
        if (rows.size() >= batchSize || issues.size() >= batchSize) failure = flush()
    }
    if (failure == null) failure = flush()
    counts.rejected += reader.rowsRejected()
} catch (ImportException e) {
    failure = e.message
} catch (Exception e) {
    ec.logger.error("Import batch ${importBatchId} failed", e)
    failure = ec.l10n.localize('An unexpected error stopped the import (see the server log)') + ': ' + e.toString()
} finally {
    try { reader?.close() } catch (Exception ignored) { }
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}

if (!failure && ec.message.hasError()) failure = ec.message.errorsString
ec.message.clearErrors()
// 缴至年月 of the units whose remittances or account facts changed (also when a later batch failed: the saved ones count)
if (touchedUnitIds) {
    try {
        ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough')
                .parameters([unitIds: new ArrayList(touchedUnitIds)]).disableAuthz().call()
    } catch (Exception e) {
        ec.logger.error("Import batch ${importBatchId}: paid-through months not updated", e)
    }
    ec.message.clearErrors()
}
totalRows = reader != null ? reader.rowsRead() : 0L
createdRows = counts.created; updatedRows = counts.updated; unchangedRows = counts.unchanged
rejectedRows = counts.rejected; warningRows = counts.warnings
statusId = failure ? 'HpfImbFailed' : 'HpfImbCompleted'
String errorText = failure
if (!failure && storedIssues > MAX_STORED_ISSUES) errorText = "仅保存了前${MAX_STORED_ISSUES}条错误和警告".toString()
ec.transaction.runRequireNew(600, 'Could not record the import result', {
    // through entity-auto so that the status change is checked against the HpfImportBatch flow
    ec.service.sync().name('update#hpf.compliance.ImportBatch').parameters([importBatchId: importBatchId,
            statusId: statusId, detectedEncoding: encoding, totalRows: totalRows,
            acceptedRows: createdRows + updatedRows + unchangedRows, rejectedRows: rejectedRows, warningRows: warningRows,
            createdRows: createdRows, updatedRows: updatedRows, unchangedRows: unchangedRows,
            completedDate: ec.user.nowTimestamp, errorText: errorText]).disableAuthz().ignorePreviousError(true).call()
})
if (failure) ec.message.addMessage(ec.l10n.localize('The import failed') + ': ' + failure, 'danger')
return null
