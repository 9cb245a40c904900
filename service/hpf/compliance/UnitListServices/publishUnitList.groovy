// publish#UnitList: a publication (通报 on a channel, or the hand-over to the credit platform) of approved entries.
import hpf.compliance.core.rules.UnitListRules
import hpf.compliance.core.rules.UnitListRules.Status

def ec = context.ec
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
java.sql.Date published = publishedDate ?: java.sql.Date.valueOf(clock.today())
List ids = ((entryIds ?: []) as List).findAll { it }.unique()
if (!ids) { ec.message.addValidationError(null, 'entryIds', null, ec.resource.expand('Select the approved entries to publish.', null), null); return null }
List entries = ec.entity.find('hpf.compliance.UnitListEntry').condition('entryId', 'in', ids).forUpdate(true).list()
for (String id in ids) {
    def e = entries.find { it.entryId == id }
    if (e == null) { ec.message.addError(ec.resource.expand('List entry ${entryId} was not found.', null, [entryId: id])); continue }
    if (e.listTypeEnumId != listTypeEnumId) {
        ec.message.addError(ec.resource.expand('${unitName} is on another list; one publication holds one list.', null, [unitName: e.unitName])); continue
    }
    for (def v in UnitListRules.checkPublication(e.statusId == 'HpfUleApproved' ? Status.APPROVED : Status.PROPOSED, published.toLocalDate(), clock.today()))
        ec.message.addError(e.unitName + '：' + ec.resource.expand(v.code(), null, v.args(), true))
}
if (ec.message.hasError()) return null
def pub = ec.entity.makeValue('hpf.compliance.UnitListPublication').setAll([listTypeEnumId: listTypeEnumId, campaignId: campaignId,
        documentNumber: documentNumber, title: title, publishedDate: published, channelEnumId: channelEnumId, link: link, note: note,
        publishedByUserId: ec.user.userId])
pub.setSequencedIdPrimary().create()
publicationId = pub.publicationId
for (def e in entries) {
    ec.service.sync().name('update#hpf.compliance.UnitListEntry').parameters([entryId: e.entryId, statusId: 'HpfUlePublished',
            publicationId: publicationId, publishedDate: published, listedDate: e.listedDate ?: published]).call()
}
return null
