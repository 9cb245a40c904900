// One target with its unit's facts and the worklist's computed columns (days since identified, overdue).
def ec = context.ec
def value = ec.entity.find("hpf.compliance.CampaignTargetDetail").condition("targetId", targetId).one()
if (value == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
def clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def closing = ['HpfTgtRectified', 'HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtExcluded']
target = value.getMap() + [
        daysSinceIdentified: clock.daysSince(value.identifiedDate),
        overdue: (clock.isBeforeToday(value.nextDeadlineDate) && !(value.statusId in closing)) ? 'Y' : 'N']
return null
