// process#ImportBatch: stream the stored file through the core reader and write a batch of rows per transaction
// (hpf.compliance.core.imports.store.ImportRun); then bring the paid-through month of every unit it changed up to date.
// Remittances (the millions of rows) go through plain JDBC batches (RemittanceStore); units (audited fields, search
// documents) and registry rows stay on the entity facade.
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.imports.Encodings
import hpf.compliance.core.imports.ImportIssue
import hpf.compliance.core.imports.ImportOptions
import hpf.compliance.core.imports.RegistryReader
import hpf.compliance.core.imports.RemittanceReader
import hpf.compliance.core.imports.UnitAccountReader
import hpf.compliance.core.imports.store.BranchScope
import hpf.compliance.core.imports.store.ImportCounts
import hpf.compliance.core.imports.store.ImportRun
import hpf.compliance.core.imports.store.RemittanceStore
import hpf.compliance.core.imports.store.UnitUpsert

final long MAX_STORED_ISSUES = 10000
def batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', importBatchId).useCache(false).one()
if (batch == null) { ec.message.addError(ec.l10n.localize('Import batch not found')); return }
if (batch.statusId != 'HpfImbRunning') { ec.message.addError(ec.l10n.localize('This import batch has already been processed')); return }
String type = batch.importTypeEnumId

// branch staff import only their own branch's rows; lookups run without the entity filters so that a row of another
// branch is rejected with a reason instead of being taken for a new unit
Map scopeInfo = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
BranchScope scope = new BranchScope(scopeInfo.branchScoped as boolean, (scopeInfo.userBranchIds ?: []) as Set)

// every batch commits on its own: a transaction of the caller (a REST request or a screen) is set aside meanwhile, or its
// timeout would run out during a long import and the calls after the batches (paid-through months) would be refused
boolean suspended = ec.transaction.isTransactionInPlace() && ec.transaction.suspend()
boolean wasDisabled = ec.artifactExecution.disableAuthz()
def reader = null
ImportRun.Result result = null
String failure = null, encoding = null
try {
    Closure enumIdByCode = { String typeId -> ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', typeId)
            .useCache(true).list().collectEntries { [(it.enumCode): it.enumId] } }
    Map<String, String> branchIdByKey = [:]
    for (br in ec.entity.find('hpf.compliance.Branch').useCache(true).list()) {
        if (br.branchCode) branchIdByKey[br.branchCode] = br.branchId
        if (br.branchName) branchIdByKey[br.branchName] = br.branchId
    }
    Closure writer
    if (type == 'HpfImpRemittances') {
        Map typeIds = enumIdByCode('HpfRemitType')
        Map<BusinessType, String> typeEnumIds = BusinessType.values().findAll { typeIds[it.code()] }.collectEntries { [(it): typeIds[it.code()]] }
        Closure columns = { String entity, List fields -> def ed = ec.entity.getEntityDefinition(entity)
            [ed.getFullTableName(), fields.collectEntries { [(it): ed.getColumnName(it)] }] }
        List u = columns('hpf.compliance.EmployerUnit', RemittanceStore.UNIT_FIELDS), r = columns('hpf.compliance.UnitRemittance', RemittanceStore.FIELDS)
        RemittanceStore store = new RemittanceStore(new RemittanceStore.Layout(u[0], u[1], r[0], r[1]), importBatchId, scope,
                typeEnumIds, (System.getProperty('hpf_import_rows_per_insert') ?: '100') as int)
        String group = ec.entity.getEntityGroupName('hpf.compliance.UnitRemittance')
        // the connection of the batch's transaction (Moqui closes it with the transaction)
        writer = { List rows, ImportRun.Batch b -> store.write(ec.entity.getConnection(group), rows, b, ec.user.nowTimestamp, ec.entity.getCalendarForTzLc()) }
    } else if (type == 'HpfImpUnits') {
        Map statusEnumIds = enumIdByCode('HpfAccountStatus')
        writer = { List rows, ImportRun.Batch b ->
            Map existing = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'in', rows*.accountNo().unique())
                    .useCache(false).list().collectEntries { [(it.unitAccountNo): it] }
            for (u in rows) {
                def old = existing[u.accountNo()]
                UnitUpsert.Decision d = UnitUpsert.decide(u, old, branchIdByKey, statusEnumIds, scope)
                switch (d.action()) {
                    case UnitUpsert.Action.REJECT: b.reject(u.sourceLine(), d.column(), d.value(), d.code(), d.reason()); break
                    case UnitUpsert.Action.UNCHANGED: b.counts.unchanged++; break
                    case UnitUpsert.Action.CREATE:
                        def nv = ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll(d.fields())
                        nv.lastImportBatchId = importBatchId
                        nv.setSequencedIdPrimary().create()
                        existing[u.accountNo()] = nv
                        b.counts.created++; break
                    default:
                        old.setAll(d.fields()); old.lastImportBatchId = importBatchId; old.update()
                        b.touchedUnitIds.add(old.unitId)
                        b.counts.updated++
                }
            }
        }
    } else {
        // the market-regulation registry: every accepted row is kept as read, the match runs afterwards
        writer = { List rows, ImportRun.Batch b ->
            for (r in rows) {
                ec.entity.makeValue('hpf.compliance.RegistryEnterprise').setAll([importBatchId: importBatchId,
                        lineNumber: r.line(), usccCode: r.uscc(), enterpriseName: r.name(), legalRepName: r.legalRepresentative(),
                        establishedDate: java.sql.Date.valueOf(r.established()), registrationStatusText: r.status().label(),
                        registeredAddress: r.address()?.take(255), industry: r.industry()?.take(255), employeeCount: r.employees()])
                        .setSequencedIdPrimary().create()
                b.counts.created++
            }
        }
    }

    ImportRun run = new ImportRun(batch.fileName, batchSize, MAX_STORED_ISSUES, [
        inTransaction: { ImportRun.Work work -> ec.transaction.runRequireNew(600, 'Could not save imported rows', { work.run() }) },
        write: writer,
        storeIssues: { List<ImportIssue> issues, long firstSeq ->
            long seq = firstSeq
            for (ImportIssue i in issues) ec.entity.makeValue('hpf.compliance.ImportRowError').setAll([importBatchId: importBatchId,
                    errorSeqId: String.format('%06d', seq++), lineNumber: i.line(), columnName: i.column(), rawValue: i.value()?.take(255),
                    severity: i.rejected() ? 'E' : 'W', errorCode: i.code(), message: i.reason()]).create()
        },
        // progress, read by the batch page while the import runs, and a sign of life for import#File's stale-run rule
        progress: { long rowsRead, ImportCounts c ->
            ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: importBatchId, totalRows: rowsRead,
                    createdRows: c.created, updatedRows: c.updated, unchangedRows: c.unchanged, acceptedRows: c.accepted(),
                    rejectedRows: c.rejected, warningRows: c.warnings]).update()
        },
        retrying: { long from, long to, Exception e -> ec.logger.info("Import batch ${importBatchId}: lines ${from}-${to} collided with another import, trying again: ${e.message}") },
        failed: { long from, long to, Exception e -> ec.logger.error("Import batch ${importBatchId}: lines ${from}-${to} could not be saved", e) }
    ] as ImportRun.Host)

    def ref = ec.resource.getLocationReference(batch.fileLocation)
    if (batch.fileFormat == 'CSV') {
        InputStream head = ref.openStream()
        try { byte[] b = head.readNBytes(64 * 1024); encoding = Encodings.detect(b, 0, b.length).name() } finally { head.close() }
    }
    reader = type == 'HpfImpRegistry' ? RegistryReader.open(ref.openStream(), batch.fileName, run.sink())
           : type == 'HpfImpUnits' ? UnitAccountReader.open(ref.openStream(), batch.fileName, ImportOptions.DEFAULT, run.sink())
           : RemittanceReader.open(ref.openStream(), batch.fileName, run.sink())
    result = run.run(reader)
    ImportRun.Failure f = result.failure()
    if (f != null) {
        Map lines = [fromLine: f.fromLine(), toLine: f.toLine()]
        failure = f.kind() == ImportRun.FailureKind.FILE ? f.message()
                : f.kind() == ImportRun.FailureKind.COLLISION ? ec.resource.expand('Lines ${fromLine} to ${toLine} could not be saved because another import was writing the same rows at the same time; the lines before them are saved. Import the file again when the other import has finished.', null, lines)
                : f.kind() == ImportRun.FailureKind.DATABASE ? ec.resource.expand('Lines ${fromLine} to ${toLine} could not be saved because of a database error (see the server log); the lines before them are saved. Import the file again once the cause is removed.', null, lines)
                : ec.l10n.localize('An unexpected error stopped the import (see the server log)') + ': ' + f.message()
        if (f.kind() == ImportRun.FailureKind.UNEXPECTED) ec.logger.error("Import batch ${importBatchId} failed", f.cause())
    }
} catch (hpf.compliance.core.imports.ImportException e) {
    failure = e.message
} catch (Exception e) {
    ec.logger.error("Import batch ${importBatchId} failed", e)
    failure = ec.l10n.localize('An unexpected error stopped the import (see the server log)') + ': ' + e.toString()
} finally {
    try { reader?.close() } catch (Exception ignored) { }
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}

// the caller's transaction is resumed whatever happens below
try {
    if (!failure && ec.message.hasError()) failure = ec.message.errorsString
    ec.message.clearErrors()
    // 缴至年月 of the units whose remittances or account facts changed (also when a later batch failed: the saved ones count)
    // in chunks, each followed by a sign of life of the batch: for a city this takes minutes, and a batch without one
    // for hpf_import_stale_minutes would be taken for a crashed run
    if (result?.touchedUnitIds()) {
        try {
            for (List chunk in new ArrayList(result.touchedUnitIds()).collate(5000)) {
                ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough').parameters([unitIds: chunk]).disableAuthz().call()
                ec.transaction.runRequireNew(60, 'Could not record the import progress', {
                    ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: importBatchId, totalRows: result.rowsRead()]).update() })
            }
        } catch (Exception e) {
            ec.logger.error("Import batch ${importBatchId}: paid-through months not updated", e)
        }
        ec.message.clearErrors()
    }
    ImportCounts counts = result?.counts() ?: new ImportCounts()
    totalRows = result?.rowsRead() ?: (reader != null ? reader.rowsRead() : 0L)
    createdRows = counts.created; updatedRows = counts.updated; unchangedRows = counts.unchanged
    rejectedRows = counts.rejected; warningRows = counts.warnings
    statusId = failure ? 'HpfImbFailed' : 'HpfImbCompleted'
    String errorText = failure
    if (!failure && result?.issuesTruncated()) errorText = "仅保存了前${MAX_STORED_ISSUES}条错误和警告".toString()
    ec.transaction.runRequireNew(600, 'Could not record the import result', {
        // through entity-auto so that the status change is checked against the HpfImportBatch flow
        ec.service.sync().name('update#hpf.compliance.ImportBatch').parameters([importBatchId: importBatchId,
                statusId: statusId, detectedEncoding: encoding, totalRows: totalRows,
                acceptedRows: counts.accepted(), rejectedRows: rejectedRows, warningRows: warningRows,
                createdRows: createdRows, updatedRows: updatedRows, unchangedRows: unchangedRows,
                completedDate: ec.user.nowTimestamp, errorText: errorText]).disableAuthz().ignorePreviousError(true).call()
    })
} finally {
    if (suspended) ec.transaction.resume()
}
if (failure) ec.message.addMessage(ec.l10n.localize('The import failed') + ': ' + failure, 'danger')
return null
