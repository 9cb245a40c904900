// get#ImportRowErrorsCsv: the rejected rows and warnings of a batch (at most the stored ones) as CSV with a BOM
import hpf.compliance.core.screening.ScreeningTableWriter

def batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', importBatchId).one()
if (batch == null) { ec.message.addError(ec.l10n.localize('Import batch not found')); return }
StringBuilder sb = new StringBuilder('\uFEFF')
ScreeningTableWriter.appendCsv(sb, '行号', '列', '原始值', '级别', '代码', '原因')
def eli = ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', importBatchId)
        .orderBy('errorSeqId').iterator()
try {
    def row
    while ((row = eli.next()) != null) {
        ScreeningTableWriter.appendCsv(sb, row.lineNumber?.toString(), row.columnName, row.rawValue,
                row.severity == 'E' ? '拒绝' : '警告', row.errorCode, row.message)
    }
} finally { eli.close() }
csvText = sb.toString()
fileName = "导入错误_${importBatchId}.csv".toString()
return null
