// One target with its unit's facts and the worklist's computed columns (days since identified, overdue).
def ec = context.ec
def value = ec.entity.find("hpf.compliance.CampaignTargetDetail").condition("targetId", targetId).one()
if (value == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
def today = ec.user.nowTimestamp.toLocalDateTime().toLocalDate()
def closing = ['HpfTgtRectified', 'HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtExcluded']
target = value.getMap() + [
        daysSinceIdentified: value.identifiedDate ? java.time.temporal.ChronoUnit.DAYS.between(value.identifiedDate.toLocalDateTime().toLocalDate(), today) : null,
        overdue: (value.nextDeadlineDate != null && value.nextDeadlineDate.toLocalDate().isBefore(today) && !(value.statusId in closing)) ? 'Y' : 'N']
return null
