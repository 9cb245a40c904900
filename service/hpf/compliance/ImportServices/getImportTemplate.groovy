// get#ImportTemplate: the header line the core reader expects, as a CSV with a byte order mark for Excel
import hpf.compliance.core.imports.RemittanceReader
import hpf.compliance.core.imports.UnitAccountReader
import hpf.compliance.core.screening.ScreeningTableWriter

boolean units = importTypeEnumId == 'HpfImpUnits'
List columns = units ? UnitAccountReader.COLUMNS : RemittanceReader.COLUMNS
StringBuilder sb = new StringBuilder('\uFEFF')
ScreeningTableWriter.appendCsv(sb, columns*.label() as String[])
templateText = sb.toString()
fileName = units ? '单位账户导入模板.csv' : '缴存明细导入模板.csv'
return null
