// What the printed 通报 and the website's CSV show: the publication, its units and the issuing authority; dates as
// official documents write them (2026年7月3日).
import hpf.compliance.core.lists.UnitListExport

def ec = context.ec
def pub = ec.entity.find('hpf.compliance.UnitListPublication').condition('publicationId', publicationId).one()
if (pub == null) { ec.message.addError(ec.resource.expand('Publication ${publicationId} was not found.', null, [publicationId: publicationId])); return null }
publication = pub.getMap()
campaign = pub.campaignId ? (ec.entity.find('hpf.compliance.Campaign').condition('campaignId', pub.campaignId).one()?.getMap() ?: [:]) : [:]
centerName = System.getProperty('hpf_center_name') ?: (System.getenv('hpf_center_name') ?: (campaign.issuingAuthority ?: '住房公积金管理中心'))
Map codeOf = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'in', ['HpfUnitListType', 'HpfUnitListReason'])
        .useCache(true).list().collectEntries { [(it.enumId): it.enumCode] }
Map branchNames = ec.entity.find('hpf.compliance.Branch').useCache(true).list().collectEntries { [(it.branchId): it.branchName] }
entryList = ec.entity.find('hpf.compliance.UnitListEntry').condition('publicationId', publicationId).orderBy(['branchId', 'unitAccountNo'])
        .list().collect { e -> e.getMap() + [branchName: branchNames[e.branchId] ?: '',
            reasonWords: UnitListExport.reasonText(codeOf[e.reasonEnumId] as String, e.compliantMonths as Integer, e.reasonText as String),
            removed: e.statusId == 'HpfUleRemoved'] }
def d = pub.publishedDate?.toLocalDate()
publishedDateText = d ? (d.year + '年' + d.monthValue + '月' + d.dayOfMonth + '日') : ''
listTypeText = UnitListExport.listTypeText(codeOf[pub.listTypeEnumId] as String)
return null
