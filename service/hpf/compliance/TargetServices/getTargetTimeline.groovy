// Timeline of a target, newest first: TargetActivity lines, plus applications, enforcement actions and audited
// status changes that no activity line accounts for (records written by areas that do not log activities).
def ec = context.ec

def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }

def typeText = { String enumId ->
    enumId ? (ec.entity.find("moqui.basic.Enumeration").condition("enumId", enumId).useCache(true).one()?.description ?: enumId) : null }
def userNames = [:]
def userName = { String userId ->
    if (!userId) return null
    if (!userNames.containsKey(userId)) {
        def ua = ec.entity.find("moqui.security.UserAccount").condition("userId", userId).useCache(true).one()
        userNames[userId] = ua ? (ua.userFullName ?: ua.username) : userId
    }
    return userNames[userId]
}
def clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def row = { Map m -> m + [activityTypeText: typeText(m.activityTypeEnumId as String), userName: userName(m.userId as String)] }

List rows = []
def activities = ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", targetId).orderBy("-activityDate").list()
activities.each { rows << row(it.getMap()) }

Set loggedApplicationIds = activities*.applicationId.findAll { it } as Set
ec.entity.find("hpf.compliance.RegularizationApplication").condition("targetId", targetId).list().each { app ->
    if (app.applicationId in loggedApplicationIds) return
    rows << row([activityDate: app.submittedDate ? clock.startOfDay(app.submittedDate) : app.lastUpdatedStamp,
            activityTypeEnumId: 'HpfActApplication', userId: app.submittedByUserId, toStatusId: null,
            reason: typeText(app.applicationTypeEnumId as String), applicationId: app.applicationId, applicationStatusId: app.statusId])
}
Set loggedActionIds = activities*.actionId.findAll { it } as Set
ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId).list().each { act ->
    if (act.actionId in loggedActionIds) return
    rows << row([activityDate: act.issueDate ? clock.startOfDay(act.issueDate) : act.lastUpdatedStamp,
            activityTypeEnumId: 'HpfActEnforcement', userId: act.createdByUserId,
            reason: [typeText(act.actionTypeEnumId as String), act.documentNumber].findAll { it }.join(' '), actionId: act.actionId])
}
// status changes from the audit log that change#TargetStatus did not record (e.g. made by data loads)
// EntityList.findAll casts the closure result to Boolean, so the test must be a real boolean
def logged = activities.findAll { it.toStatusId != null }
ec.entity.find("hpf.compliance.CampaignTargetStatusHistory").condition("targetId", targetId)
        .condition("changedFieldName", "statusId").orderBy("-changedDate").list().each { h ->
    if (!h.oldValueText) return
    boolean known = logged.any { it.toStatusId == h.newValueText && it.fromStatusId == h.oldValueText &&
            Math.abs((it.activityDate?.time ?: 0L) - (h.changedDate?.time ?: 0L)) < 60000L }
    if (known) return
    rows << row([activityDate: h.changedDate, activityTypeEnumId: 'HpfActStatus', userId: h.changedByUserId,
            fromStatusId: h.oldValueText, toStatusId: h.newValueText, reason: h.changeReason])
}
timelineList = rows.sort { a, b -> (b.activityDate?.time ?: 0L) <=> (a.activityDate?.time ?: 0L) }
return null
