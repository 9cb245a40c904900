// approve#UnitListEntry and reject#UnitListEntry: a leader decides a proposal (see UnitListServices.xml).
import hpf.compliance.core.rules.UnitListRules
import hpf.compliance.core.rules.UnitListRules.ListType
import hpf.compliance.core.rules.UnitListRules.Status

def ec = context.ec
def entry = ec.entity.find('hpf.compliance.UnitListEntry').condition('entryId', entryId).forUpdate(true).one()
if (entry == null) { ec.message.addError(ec.resource.expand('List entry ${entryId} was not found.', null, [entryId: entryId])); return null }
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def typeEnum = ec.entity.find('moqui.basic.Enumeration').condition('enumId', entry.listTypeEnumId).useCache(true).one()
ListType type = ListType.valueOf(typeEnum.enumCode as String)
Status status = entry.statusId == 'HpfUleProposed' ? Status.PROPOSED : Status.APPROVED  // anything else is 'not proposed'

if (approve) {
    java.sql.Date decided = decisionDate ?: java.sql.Date.valueOf(clock.today())
    java.sql.Date listed = listedDate ?: decided
    for (def v in UnitListRules.checkApproval(type, status, decisionNumber as String, decided.toLocalDate(), listed.toLocalDate(), clock.today()))
        ec.message.addValidationError(null, v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
    if (ec.message.hasError()) return null
    ec.service.sync().name('update#hpf.compliance.UnitListEntry').parameters([entryId: entryId, statusId: 'HpfUleApproved',
            decisionNumber: decisionNumber, decisionDate: decided, listedDate: listed, decidedByUserId: ec.user.userId,
            decisionComments: decisionComments]).call()
} else {
    if (status != Status.PROPOSED) { ec.message.addError(ec.resource.expand(UnitListRules.NOT_PROPOSED, null, [:], true)); return null }
    if (!decisionComments) { ec.message.addValidationError(null, 'decisionComments', null, ec.resource.expand('Say why the listing is not approved.', null), null); return null }
    ec.service.sync().name('update#hpf.compliance.UnitListEntry').parameters([entryId: entryId, statusId: 'HpfUleRejected',
            decisionDate: java.sql.Date.valueOf(clock.today()), decidedByUserId: ec.user.userId, decisionComments: decisionComments]).call()
}
return null
