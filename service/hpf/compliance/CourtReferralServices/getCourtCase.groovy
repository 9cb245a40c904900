// The court case of an application and its audited history; see CourtReferralServices.xml.
def ec = context.ec
def action = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).one()
if (action == null) { ec.message.addError(ec.resource.expand('Enforcement action ${actionId} was not found.', null, [actionId: actionId])); return }
courtCase = ec.entity.find("hpf.compliance.CourtCase").condition("actionId", actionId).one()?.getMap() ?: [:]

Map labels = [courtName: 'Court Applied To', caseNumber: 'Court Case Number', filingDate: 'Filing Date', rulingDate: 'Ruling Date',
        rulingResultEnumId: 'Ruling Result', rulingText: 'Ruling Details', executionResultEnumId: 'Execution Result',
        executionText: 'Execution Details', amountRecovered: 'Amount Recovered by Execution (yuan)']
def valueText = { String field, String text ->
    if (!text) return null
    if (field.endsWith('EnumId')) return ec.entity.find("moqui.basic.Enumeration").condition("enumId", text).useCache(true).one()?.get('description') ?: text
    // a date is logged as its text (2026-07-08) or, when written by the data loader, as epoch milliseconds
    if (field.endsWith('Date')) return text ==~ /\d{11,}/ ? java.time.Instant.ofEpochMilli(text as long)
            .atZone(hpf.compliance.core.CenterClock.centerZone()).toLocalDate().toString() : (text.length() > 10 ? text.substring(0, 10) : text)
    return text
}
// the audit log is the framework's: read here, after the application itself was found in the caller's branch scope
boolean wasDisabled = ec.artifactExecution.disableAuthz()
try {
    def logs = ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: 'hpf.compliance.CourtCase', pkPrimaryValue: actionId])
            .orderBy(["-changedDate", "-auditHistorySeqId"]).useCache(false).list()
    Map userNames = [:]
    historyList = logs.collect { l ->
        String uid = l.changedByUserId
        if (uid && !userNames.containsKey(uid)) {
            def ua = ec.entity.find("moqui.security.UserAccount").condition("userId", uid).useCache(true).one()
            userNames[uid] = ua?.userFullName ?: ua?.username ?: uid
        }
        [changedDate: l.changedDate, fieldName: l.changedFieldName, fieldLabel: ec.l10n.localize(labels[l.changedFieldName] ?: l.changedFieldName),
         oldValue: valueText(l.changedFieldName, l.oldValueText), newValue: valueText(l.changedFieldName, l.newValueText),
         changedBy: uid ? userNames[uid] : null]
    }
} finally {
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}
return null
