// The REST entry guard's lookups: which service a REST method calls, and whether each record named in the path is
// there for the caller. Runs with authorization disabled, so the branch scope is applied explicitly.
import org.moqui.util.MNode

/** What each {id} of service/hpf.rest.xml names: the entity, the path values that are its key, the message when it is
 *  not there. An id missing here is not checked (the offline test RestGuardLookupsTest keeps this list complete). */
Map<String, Map> pathRecords = [
        branchId         : [entity: 'hpf.compliance.Branch', keys: ['branchId'], message: 'Branch ${branchId} not found'],
        campaignId       : [entity: 'hpf.compliance.Campaign', keys: ['campaignId'], message: 'Campaign ${campaignId} not found'],
        // PUT .../phases/{phaseEnumId} creates the phase when it is not there yet
        phaseEnumId      : [entity: null],
        userId           : [entity: 'hpf.compliance.CampaignMember', keys: ['campaignId', 'userId'],
                            message: 'Member ${userId} of campaign ${campaignId} not found'],
        meetingId        : [entity: 'hpf.compliance.CoordinationMeeting', keys: ['campaignId', 'meetingId'], message: 'Meeting ${meetingId} not found'],
        unitId           : [entity: 'hpf.compliance.EmployerUnit', keys: ['unitId'], message: 'Unit ${unitId} not found'],
        importBatchId    : [entity: 'hpf.compliance.ImportBatch', keys: ['importBatchId'], message: 'Import batch ${importBatchId} not found'],
        importTypeEnumId : [entity: 'moqui.basic.Enumeration', keys: ['importTypeEnumId'], fields: [importTypeEnumId: 'enumId'],
                            conditions: [enumTypeId: 'HpfImportType'], message: 'Import type ${importTypeEnumId} not found'],
        screeningRunId   : [entity: 'hpf.compliance.ScreeningRun', keys: ['screeningRunId'], message: 'Screening run ${screeningRunId} not found'],
        targetId         : [entity: 'hpf.compliance.CampaignTarget', keys: ['targetId'], message: 'Target ${targetId} was not found.'],
        noticeId         : [entity: 'hpf.compliance.GuidanceNotice', keys: ['noticeId'], message: 'Guidance letter ${noticeId} was not found.'],
        interviewId      : [entity: 'hpf.compliance.CollectionInterview', keys: ['interviewId'], message: 'Interview ${interviewId} was not found.'],
        applicationId    : [entity: 'hpf.compliance.RegularizationApplication', keys: ['applicationId'], message: 'Application ${applicationId} not found'],
        documentSeqId    : [entity: 'hpf.compliance.ApplicationDocument', keys: ['applicationId', 'documentSeqId'],
                            message: 'Document ${documentSeqId} of application ${applicationId} not found'],
        paymentEvidenceId: [entity: 'hpf.compliance.PaymentEvidence', keys: ['paymentEvidenceId'], message: 'Payment evidence ${paymentEvidenceId} not found'],
        actionId         : [entity: 'hpf.compliance.EnforcementAction', keys: ['actionId'], message: 'Enforcement action ${actionId} was not found.'],
        // PUT .../calendarDays/{calendarDate} enters the day when it is not there yet (skipped below); DELETE needs it
        calendarDate     : [entity: 'hpf.compliance.CalendarDay', keys: ['calendarDate'], message: '${calendarDate} is not in the holiday calendar'],
        alertId          : [entity: 'hpf.compliance.ArrearsAlert', keys: ['alertId'], message: 'Alert ${alertId} was not found.'],
        branchSummaryId  : [entity: 'hpf.compliance.BranchSummary', keys: ['branchSummaryId'], message: 'Branch summary ${branchSummaryId} was not found.'],
        finalReportId    : [entity: 'hpf.compliance.FinalReport', keys: ['finalReportId'], message: 'Final report ${finalReportId} was not found.'],
        entryId          : [entity: 'hpf.compliance.UnitListEntry', keys: ['entryId'], message: 'List entry ${entryId} was not found.'],
        publicationId    : [entity: 'hpf.compliance.UnitListPublication', keys: ['publicationId'], message: 'Publication ${publicationId} was not found.'],
        publicityId      : [entity: 'hpf.compliance.PublicityRecord', keys: ['campaignId', 'publicityId'], message: 'Publicity record ${publicityId} was not found.'],
        registryEntryId  : [entity: 'hpf.compliance.RegistryEnterprise', keys: ['registryEntryId'], message: 'Registry row ${registryEntryId} was not found.'],
        candidateId      : [entity: 'hpf.compliance.RegistryNameCandidate', keys: ['candidateId'], message: 'Name candidate ${candidateId} was not found.'],
        reminderId       : [entity: 'hpf.compliance.ReminderMessage', keys: ['reminderId'], message: 'Reminder message ${reminderId} was not found.'],
]

List<String> segments = restPath.split('/').findAll { it }
String method = httpMethod.toLowerCase()
Map values = pathValues ?: [:]

// the method's service, read from this component's REST definition (the root resource is the first segment); a GET is
// checked too when its service is an action (an HPF_ACT_* group names it: a case file download is recorded)
serviceName = null
boolean actionGet = method == 'get' && segments.last() == 'caseFile'
if (method != 'get' || actionGet) {
    MNode node = MNode.parse(ec.resource.getLocationReference('component://hpf-compliance/service/hpf.rest.xml'))
    if (node.attribute('name') == segments[0]) {
        for (String segment in segments.drop(1)) {
            node = segment.startsWith('{') ? node.first('id') : node.children('resource').find { it.attribute('name') == segment }
            if (node == null) break
        }
        serviceName = node?.children('method')?.find { it.attribute('type') == method }?.first('service')?.attribute('name')
    }
    if (actionGet && serviceName && ec.entity.find('moqui.security.ArtifactGroupMember').condition([artifactName: serviceName,
            artifactTypeEnumId: 'AT_SERVICE']).condition('artifactGroupId', 'like', 'HPF_ACT_%').useCache(true).count() == 0) serviceName = null
}

// each record of the path in turn, in the caller's branch scope
Map scope = ec.service.sync().name('hpf.security.BranchScopeServices.setup#UserBranchContext').call()
Set<String> scopedEntities = ec.entity.find('moqui.security.EntityFilter').condition('entityFilterSetId', 'HPF_BRANCH_SCOPE')
        .useCache(true).list()*.entityName as Set
notFoundMessage = null
for (String segment in segments.findAll { it.startsWith('{') && it.endsWith('}') }) {
    String idName = segment.substring(1, segment.length() - 1)
    Map lookup = pathRecords[idName]
    if (lookup == null || lookup.entity == null) continue
    if (method == 'put' && segment == segments.last()) continue
    Map condition = (lookup.conditions ?: [:]) + lookup.keys.collectEntries { [((lookup.fields ?: [:])[it] ?: it): values[it]] }
    def record = null
    if (condition.values().every { it != null }) {
        // the path gives text: convert each value to its field's type (a date, for the calendar) as the entity does
        def typed = ec.entity.makeValue(lookup.entity)
        condition.each { String field, value -> typed.setString(field, value as String) }
        record = ec.entity.find(lookup.entity).condition(condition.collectEntries { [(it.key): typed.get(it.key)] }).useCache(false).one()
    }
    boolean outOfScope = record != null && scope.branchScoped && lookup.entity in scopedEntities &&
            !(record.get('branchId') in scope.userBranchIds)
    if (record == null || outOfScope) {
        notFoundMessage = ec.resource.expand(lookup.message, null, values)
        break
    }
}
return null
