// The stored units and remittances as the core's JDBC read pass reads them (core StoredRows), shared by the screening
// (executeScreening.groovy, its table mapping) and the risk scoring (WarningServices/scoreUnits.groovy). Evaluated as a script, it returns
// this script object, whose methods the callers use:
//   table(ec, entityName)   where Moqui stores the entity: its table and the column of each field (core TableMap)
//   read(ec, skipUnregistered, withWorkerCounts, work)
//                           opens both cursors (units and remittances, each ordered by the unit id alone) on one
//                           connection of the entity group, in a transaction of its own (autocommit off, so
//                           PostgreSQL streams with the fetch size), and returns what work(units, remittances) returns
import hpf.compliance.core.screening.store.StoredRows
import hpf.compliance.core.screening.store.TableMap
import org.moqui.context.ExecutionContext

TableMap table(ExecutionContext ec, String entityName) {
    def ed = ec.entity.getEntityDefinition(entityName)
    return new TableMap(ed.getFullTableName(), ed.getAllFieldNames().collectEntries { [(it): ed.getColumnName(it)] })
}

def read(ExecutionContext ec, boolean skipUnregistered, boolean withWorkerCounts, Closure work) {
    TableMap unitTable = table(ec, StoredRows.UNIT_ENTITY), remittanceTable = table(ec, StoredRows.REMITTANCE_ENTITY)
    def out = null
    ec.transaction.runRequireNew(3600, 'Could not read units and remittances', {
        java.sql.Connection c = ec.entity.getConnection(ec.entity.getEntityGroupName(StoredRows.REMITTANCE_ENTITY))
        out = StoredRows.read(c, unitTable, remittanceTable, skipUnregistered, withWorkerCounts, work as StoredRows.Work)
    })
    return out
}

return this
