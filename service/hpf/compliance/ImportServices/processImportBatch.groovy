// process#ImportBatch: core hpf.compliance.core.imports.store.ImportJob streams the stored file through the reader of the
// import type and writes a batch of rows per transaction (ImportRun), then brings the paid-through month of the units it
// changed up to date and records the counts and the status. Here only what it asks of Moqui: remittances (the millions of
// rows) go through plain JDBC on the transaction's connection (RemittanceStore); units (audited fields, search
// documents), registry rows, rejected rows and progress through the entity facade.
import hpf.compliance.core.imports.store.BranchScope
import hpf.compliance.core.imports.store.ImportHost
import hpf.compliance.core.imports.store.ImportJob
import hpf.compliance.core.imports.store.ImportRun

// with several writers (hpf_import_writers) the batches' transactions run on threads of the import's own, each with an
// execution context of its own (Moqui's are per thread): what they call goes through the current thread's context
def ecf = ec.factory
Closure cur = { -> ecf.getExecutionContext() }
ImportHost host = [
    batch: { String id -> ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', id).useCache(false).one() },
    branchScope: { Map s = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call() ?: [:]
        new BranchScope(s.branchScoped as boolean, (s.userBranchIds ?: []) as Set) },
    enumIdsByCode: { String typeId -> ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', typeId)
        .useCache(true).list().collectEntries { [(it.enumCode): it.enumId] } },
    branches: { -> ec.entity.find('hpf.compliance.Branch').useCache(true).list() },
    open: { String location -> ec.resource.getLocationReference(location).openStream() },
    localFile: { String location -> def ref = ec.resource.getLocationReference(location); URL u = ref?.supportsUrl() ? ref.getUrl() : null
        u?.protocol == 'file' ? java.nio.file.Paths.get(u.toURI()) : null },
    suspend: { -> ec.transaction.isTransactionInPlace() && ec.transaction.suspend() },
    resume: { -> ec.transaction.resume() },
    disableAuthz: { -> ec.artifactExecution.disableAuthz() },
    enableAuthz: { -> ec.artifactExecution.enableAuthz() },
    inWorker: { ImportRun.Work work -> def wec = cur()
        try { wec.artifactExecution.disableAuthz(); work.run() } finally { ecf.destroyActiveExecutionContext() } },
    inTransaction: { int timeout, String errorText, ImportRun.Work work -> cur().transaction.runRequireNew(timeout, errorText, { work.run() }) },
    findIn: { String entity, String field, List values -> cur().entity.find(entity).condition(field, 'in', values).useCache(false).list() },
    create: { String entity, Map fields, boolean sequenced -> def v = cur().entity.makeValue(entity).setAll(fields)
        if (sequenced) v.setSequencedIdPrimary()
        v.create() },
    update: { Map value, Map changes -> value.setAll(changes); value.update() },
    updateRecord: { String entity, Map fields -> cur().entity.makeValue(entity).setAll(fields).update() },
    // the connection of the batch's transaction (Moqui closes it with the transaction)
    connection: { String entity -> cur().entity.getConnection(cur().entity.getEntityGroupName(entity)) },
    tableName: { String entity -> ec.entity.getEntityDefinition(entity).getFullTableName() },
    columnName: { String entity, String field -> ec.entity.getEntityDefinition(entity).getColumnName(field) },
    now: { -> cur().user.nowTimestamp },
    dbCalendar: { -> cur().entity.getCalendarForTzLc() },
    updatePaidThrough: { List unitIds -> ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough')
        .parameters([unitIds: unitIds]).disableAuthz().call() },
    // through entity-auto so that the status change is checked against the HpfImportBatch flow
    recordResult: { Map fields -> ec.service.sync().name('update#hpf.compliance.ImportBatch').parameters(fields)
        .disableAuthz().ignorePreviousError(true).call() },
    localize: { String original -> ec.l10n.localize(original) },
    expand: { String template, Map values -> ec.resource.expand(template, null, values) },
    addError: { String message -> ec.message.addError(message) },
    errors: { -> ec.message.hasError() ? ec.message.errorsString : null },
    clearErrors: { -> ec.message.clearErrors() },
    addDangerMessage: { String message -> ec.message.addMessage(message, 'danger') },
    logInfo: { String message -> cur().logger.info(message) },
    logError: { String message, Throwable t -> cur().logger.error(message, t) },
] as ImportHost

ImportJob.Outcome outcome = new ImportJob(host, importBatchId, batchSize as int).run()
if (outcome != null) context.putAll(outcome.outParameters())
return null
