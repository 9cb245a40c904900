// remove#UnitListEntry: takes a unit off a list (信用修复 for 失信); the entry stays with its date and reason.
import hpf.compliance.core.rules.UnitListRules
import hpf.compliance.core.rules.UnitListRules.ListType
import hpf.compliance.core.rules.UnitListRules.Standing
import hpf.compliance.core.rules.UnitListRules.Status

def ec = context.ec
def entry = ec.entity.find('hpf.compliance.UnitListEntry').condition('entryId', entryId).forUpdate(true).one()
if (entry == null) { ec.message.addError(ec.resource.expand('List entry ${entryId} was not found.', null, [entryId: entryId])); return null }
ec.service.sync().name('hpf.security.BranchScopeServices.check#BranchAccess').parameters([branchId: entry.branchId]).call()
if (ec.message.hasError()) return null
hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def typeEnum = ec.entity.find('moqui.basic.Enumeration').condition('enumId', entry.listTypeEnumId).useCache(true).one()
Map<String, Status> statusOf = [HpfUleProposed: Status.PROPOSED, HpfUleApproved: Status.APPROVED, HpfUlePublished: Status.PUBLISHED,
        HpfUleRemoved: Status.REMOVED, HpfUleRejected: Status.REJECTED]
Map s = ec.service.sync().name('hpf.compliance.UnitListServices.get#UnitStanding').parameters([unitId: entry.unitId]).call()
if (ec.message.hasError()) return null
java.sql.Date removed = removedDate ?: java.sql.Date.valueOf(clock.today())
def violations = UnitListRules.checkRemoval(ListType.valueOf(typeEnum.enumCode as String), statusOf[entry.statusId as String],
        new Standing(s.orderIgnored as boolean, s.underCourtEnforcement as boolean, s.stillOwes as boolean, (s.compliantMonths ?: 0) as int, null),
        removalReason as String, removed.toLocalDate(), entry.listedDate?.toLocalDate())
for (def v in violations) ec.message.addValidationError(null, v.field(), null, ec.resource.expand(v.code(), null, v.args(), true), null)
if (ec.message.hasError()) return null
ec.service.sync().name('update#hpf.compliance.UnitListEntry').parameters([entryId: entryId, statusId: 'HpfUleRemoved',
        removedDate: removed, removalReason: removalReason, removedByUserId: ec.user.userId]).call()
return null
