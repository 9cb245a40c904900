// The review history of one application for screens, the approval form and REST: each decision with the decider's name
// and role (the role of the group the decider decided through, ReviewStepGroup; for branch staff their branch and post).
// The application find is branch-filtered, so another branch's reviews are never returned.
def app = ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one()
if (app == null) { ec.message.addError(ec.resource.expand('Application ${applicationId} not found', '')); return }
def describe = { String entityName, String field, String id -> id ? (ec.entity.find(entityName).condition(field, id)
        .useCache(true).one()?.get('description') ?: id) : '' }
String branchName = app.branchId ? (ec.entity.find("hpf.compliance.Branch").condition("branchId", app.branchId).useCache(true)
        .disableAuthz().one()?.branchName ?: '') : ''
reviewList = ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", applicationId).orderBy("reviewSeqId").list().collect { r ->
    def user = r.reviewedByUserId ? ec.entity.find("moqui.security.UserAccount").condition("userId", r.reviewedByUserId).useCache(true).one() : null
    def stepGroup = r.deciderGroupId ? ec.entity.find("hpf.compliance.ReviewStepGroup")
            .condition([reviewStepEnumId: r.reviewStepEnumId, userGroupId: r.deciderGroupId]).useCache(true).one() : null
    String role = describe('moqui.basic.Enumeration', 'enumId', (String) r.deciderRoleEnumId)
    if (stepGroup?.ownBranchOnly == 'Y' && r.reviewedByUserId) {
        // branch staff sign with their branch and post (负责人 / 工作人员) as of the decision
        List staffRows = ec.entity.find("hpf.compliance.BranchStaff").condition([branchId: app.branchId, userId: r.reviewedByUserId])
                .orderBy("-fromDate").disableAuthz().list()
        def staff = staffRows.find { s -> r.reviewedDate == null || (s.fromDate <= r.reviewedDate && (s.thruDate == null || s.thruDate > r.reviewedDate)) } ?: staffRows.find { true }
        if (staff?.staffRoleEnumId) role = branchName + describe('moqui.basic.Enumeration', 'enumId', (String) staff.staffRoleEnumId)
    }
    r.getMap() + [stepName: describe('moqui.basic.Enumeration', 'enumId', (String) r.reviewStepEnumId),
                  decisionName: describe('moqui.basic.Enumeration', 'enumId', (String) r.decisionEnumId),
                  reviewerName: user ? (user.userFullName ?: user.username) : (r.reviewedByUserId ?: ''), deciderRole: role,
                  recordsOnBehalf: stepGroup?.recordsOnBehalf == 'Y']
}
return [reviewList: reviewList]
