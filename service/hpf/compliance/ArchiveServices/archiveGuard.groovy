// The archive test shared by the entity ECAs (entity/HpfArchive.eecas.xml) and check#CampaignWritable. Evaluated as a
// script, it returns this script object, whose methods the callers use:
//   campaignOf(ec, fields)         the campaign of a record: its campaignId, else that of its target, application or
//                                  interview (by the fields targetId, applicationId, interviewId)
//   archivedMessage(ec, campaignId) null, or the Chinese refusal when the campaign is archived
//   guardRecord(ec, entityName, entityValue)  throws that refusal for a write to a record of an archived campaign
// Fast path: while no campaign is archived (a cached list find, cleared by Moqui on every change of Campaign) nothing
// is read. Writes made on behalf of a decision taken before the archive (the start and end of approved terms, jobs of
// the consolidation) are let through (consolidationServices in guardRecord).
import org.moqui.entity.EntityCondition
import org.moqui.context.ExecutionContext
import hpf.compliance.core.rules.CloseoutRules

List archivedCampaigns(ExecutionContext ec) {
    return ec.entity.find('hpf.compliance.Campaign')
            .condition('archivedDate', EntityCondition.ComparisonOperator.NOT_EQUAL, null)
            .selectFields(['campaignId', 'campaignName', 'archivedDate']).useCache(true).disableAuthz().list()
}

String campaignOf(ExecutionContext ec, Map fields) {
    if (fields.campaignId) return fields.campaignId
    if (fields.targetId) return ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', fields.targetId)
            .selectField('campaignId').disableAuthz().one()?.campaignId
    if (fields.applicationId) return ec.entity.find('hpf.compliance.RegularizationApplication')
            .condition('applicationId', fields.applicationId).selectField('campaignId').disableAuthz().one()?.campaignId
    if (fields.interviewId) {
        String targetId = ec.entity.find('hpf.compliance.CollectionInterview').condition('interviewId', fields.interviewId)
                .selectField('targetId').disableAuthz().one()?.targetId
        return targetId ? campaignOf(ec, [targetId: targetId]) : null
    }
    return null
}

String archivedMessage(ExecutionContext ec, String campaignId) {
    if (!campaignId) return null
    def campaign = archivedCampaigns(ec).find { it.campaignId == campaignId }
    if (campaign == null) return null
    String archivedDate = hpf.compliance.core.CenterClock.of(campaign.archivedDate as java.sql.Timestamp, ec.user.userId,
            ec.user.timeZone).today().toString()
    return ec.resource.expand(CloseoutRules.CAMPAIGN_ARCHIVED, null,
            [campaignName: campaign.campaignName ?: campaignId, archivedDate: archivedDate], true)
}

void guardRecord(ExecutionContext ec, String entityName, Map entityValue) {
    List archived = archivedCampaigns(ec)
    if (!archived) return
    Set<String> consolidationServices = ['hpf.compliance.ApplicationServices.apply#ApplicationTerms',
            'hpf.compliance.ApplicationServices.restore#ApplicationTerms'] as Set
    if (ec.artifactExecution.stack.any { it.name in consolidationServices }) return
    def ed = ec.entity.getEntityDefinition(entityName)
    Map fields = [:]
    Map stored = null
    for (String name in ['campaignId', 'targetId', 'applicationId', 'interviewId']) {
        if (!ed.isField(name)) continue
        def v = entityValue.get(name)
        if (v == null) {
            // a partial update or a delete by key: the stored record says which campaign it belongs to
            if (stored == null) stored = ec.entity.find(entityName)
                    .condition(ed.getPkFieldNames().collectEntries { [(it): entityValue.get(it)] })
                    .useCache(false).disableAuthz().one()?.getMap() ?: [:]
            v = stored.get(name)
        }
        if (v != null) { fields[name] = v; break }
    }
    String message = archivedMessage(ec, campaignOf(ec, fields))
    if (message) throw new org.moqui.BaseArtifactException(message)
}

return this
