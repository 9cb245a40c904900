// match#RegistryImport: the core RegistryMatcher over every unit account, then each registry row of the import in turn;
// see RegistryServices.xml.
import hpf.compliance.core.registry.BranchDistricts
import hpf.compliance.core.registry.MatchKind
import hpf.compliance.core.registry.MatchResult
import hpf.compliance.core.registry.OrganizationCodes
import hpf.compliance.core.registry.RegistrationStatus
import hpf.compliance.core.registry.RegistryEntry
import hpf.compliance.core.registry.RegistryMatcher
import hpf.compliance.core.registry.UnitAccountKey
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }
def batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', importBatchId).one()
if (batch == null || batch.importTypeEnumId != 'HpfImpRegistry') { err('Import batch ${importBatchId} is not a registry list.', [importBatchId: importBatchId]); return }
if (batch.statusId != 'HpfImbCompleted') { err('Import batch ${importBatchId} has not completed; only a completed import can be matched.', [importBatchId: importBatchId]); return }
def campaign = ec.entity.find('hpf.compliance.Campaign').condition('campaignId', campaignId).one()
if (campaign == null) { err('Campaign ${campaignId} not found', [campaignId: campaignId]); return }
LocalDate asOf = asOfDate ? asOfDate.toLocalDate() : hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()

// every account, placeholders (未登记) left out; an old account may carry a 9-character organization code in the USCC
// field, which the matcher takes as such (the rule of the core's UnitKeyReader)
RegistryMatcher matcher = new RegistryMatcher()
Map<String, Map> unitByAccount = [:]
def eli = ec.entity.find('hpf.compliance.EmployerUnit').selectField('unitId,unitAccountNo,unitName,usccCode,branchId,accountStatusEnumId')
        .disableAuthz().iterator()
try {
    def u
    while ((u = eli.next()) != null) {
        if (u.accountStatusEnumId == 'HpfAcsUnregistered') continue
        String uscc = OrganizationCodes.normalizeUscc(u.usccCode as String)
        String orgCode = null
        if (uscc != null && uscc.length() != 18) { orgCode = OrganizationCodes.normalize(uscc); uscc = null }
        matcher.add(new UnitAccountKey(u.unitAccountNo as String, (u.unitName ?: '') as String, uscc, orgCode, 0L))
        unitByAccount[u.unitAccountNo as String] = [unitId: u.unitId, branchId: u.branchId]
    }
} finally { eli.close() }

BranchDistricts districts = new BranchDistricts()
for (br in ec.entity.find('hpf.compliance.Branch').disableAuthz().list()) districts.add(br.branchId as String, br.districtKeywords as String)

Map kindEnum = [(MatchKind.USCC): 'HpfRmUscc', (MatchKind.ORG_CODE): 'HpfRmOrgCode', (MatchKind.NAME_CANDIDATE): 'HpfRmNameCandidate',
        (MatchKind.EXEMPT): 'HpfRmExempt', (MatchKind.UNREGISTERED): 'HpfRmUnregistered']
Map counts = [(MatchKind.USCC): 0L, (MatchKind.ORG_CODE): 0L, (MatchKind.NAME_CANDIDATE): 0L, (MatchKind.EXEMPT): 0L, (MatchKind.UNREGISTERED): 0L]
targetsOpened = 0L; unassignedRows = 0L
List<String> toOpen = []
List rows = ec.entity.find('hpf.compliance.RegistryEnterprise').condition('importBatchId', importBatchId)
        .condition('matchEnumId', null).orderBy('lineNumber').disableAuthz().forUpdate(true).list()
for (def r in rows) {
    RegistryEntry e = new RegistryEntry(r.usccCode as String, r.enterpriseName as String, r.legalRepName as String,
            r.establishedDate.toLocalDate(), RegistrationStatus.fromText(r.registrationStatusText as String),
            r.registeredAddress as String, r.industry as String, r.employeeCount as Integer, (r.lineNumber ?: 0L) as long)
    MatchResult m = matcher.match(e, asOf)
    counts[m.kind()]++
    Map first = m.accountNos() ? unitByAccount[m.accountNos()[0]] : null
    String branchId = (m.kind() == MatchKind.USCC || m.kind() == MatchKind.ORG_CODE) ? first?.branchId : districts.branchFor(e.address()).orElse(null)
    r.setAll([campaignId: campaignId, asOfDate: java.sql.Date.valueOf(asOf), matchEnumId: kindEnum[m.kind()],
            matchedUnitId: (m.kind() == MatchKind.USCC || m.kind() == MatchKind.ORG_CODE) ? first?.unitId : null,
            mustRegister: RegistryMatcher.mustRegister(e, asOf) ? 'Y' : 'N', branchId: branchId])
    r.update()
    if (m.kind() == MatchKind.NAME_CANDIDATE) {
        for (String accountNo in m.accountNos()) {
            Map unit = unitByAccount[accountNo]
            ec.entity.makeValue('hpf.compliance.RegistryNameCandidate').setAll([registryEntryId: r.registryEntryId,
                    unitId: unit.unitId, branchId: unit.branchId, decisionEnumId: 'HpfNcdPending', importBatchId: importBatchId,
                    lineNumber: r.lineNumber, campaignId: campaignId, usccCode: r.usccCode, enterpriseName: r.enterpriseName,
                    legalRepName: r.legalRepName, registeredAddress: r.registeredAddress]).setSequencedIdPrimary().create()
        }
    }
    if (m.kind() == MatchKind.UNREGISTERED) {
        if (branchId) toOpen.add(r.registryEntryId as String) else unassignedRows++
    }
}
for (String id in toOpen) {
    Map o = ec.service.sync().name('hpf.compliance.RegistryServices.open#RegistryTarget').parameters([registryEntryId: id]).call()
    if (ec.message.hasError()) return
    if (o?.targetId) targetsOpened++
}
matchedRows = (long) rows.size()
usccRows = counts[MatchKind.USCC]; orgCodeRows = counts[MatchKind.ORG_CODE]; candidateRows = counts[MatchKind.NAME_CANDIDATE]
exemptRows = counts[MatchKind.EXEMPT]; unregisteredRows = counts[MatchKind.UNREGISTERED]
return null
