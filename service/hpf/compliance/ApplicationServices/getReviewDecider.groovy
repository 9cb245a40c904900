// May the current user decide a review step of an application? The step's groups are data (hpf.compliance.ReviewStepGroup):
// the user must be in one of them and, where the row says ownBranchOnly, be active staff of the application's branch.
def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
String step = reviewStepEnumId ?: app.currentStepEnumId
allowed = false
if (!step) {
    refusal = ec.resource.expand('Application ${applicationId} has no review step open', '')
    return [allowed: allowed, refusal: refusal]
}
def describe = { String enumId -> enumId ? (ec.entity.find("moqui.basic.Enumeration").condition("enumId", enumId).useCache(true).one()?.description ?: enumId) : '' }
String stepName = describe(step)
List groups = ec.entity.find("hpf.compliance.ReviewStepGroup").condition("reviewStepEnumId", step).orderBy("userGroupId").useCache(true).list()
if (!groups) {
    refusal = ec.resource.expand('No user group is set up to decide the ${stepName} step; ask an administrator', '', [stepName: stepName])
    return [allowed: allowed, refusal: refusal]
}
def now = ec.user.nowTimestamp
boolean isBranchStaff = ec.user.userId && ec.entity.find("hpf.compliance.BranchStaff")
        .condition([userId: ec.user.userId, branchId: app.branchId]).conditionDate("fromDate", "thruDate", now)
        .disableAuthz().useCache(false).count() > 0
def match = groups.find { g -> ec.user.isInGroup((String) g.userGroupId) && (g.ownBranchOnly != 'Y' || isBranchStaff) }
if (match != null) {
    allowed = true
    userGroupId = match.userGroupId
    deciderRoleEnumId = match.deciderRoleEnumId
    recordsOnBehalf = match.recordsOnBehalf == 'Y'
    return [allowed: allowed, userGroupId: userGroupId, deciderRoleEnumId: deciderRoleEnumId, recordsOnBehalf: recordsOnBehalf]
}
String deciders = groups.collect { g -> describe((String) g.deciderRoleEnumId) ?: g.userGroupId }.unique().join(' / ')
refusal = ec.resource.expand('Only ${deciders} may decide the ${stepName} step of application ${applicationId}', '',
        [deciders: deciders, stepName: stepName, applicationId: applicationId])
return [allowed: allowed, refusal: refusal]
