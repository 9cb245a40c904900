package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date
import java.time.LocalDate

/** A deferral from draft to approval: documents, rule check, submission, the three review steps, the unit's terms. */
class ApplicationFlowTests extends Specification {
    @Shared ExecutionContext ec

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        ec.artifactExecution.disableAuthz()
        ApplicationFixtures.setup(ec)
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanupSpec() {
        ec.artifactExecution.enableAuthz()
        ec.user.logoutUser()
        ec.destroy()
    }

    def cleanup() { ec.message.clearAll() }

    def "a deferral goes from draft to approved, defers the unit and resolves its target"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_U1')
        String targetId = ApplicationFixtures.target(ec, 'HPFT_FLOW_U1')
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)

        when: "branch staff create the draft and attach the four documents"
        Map createOut = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application")
                .parameters(ApplicationFixtures.validDeferral('HPFT_FLOW_U1', targetId)).call()
        String applicationId = createOut.applicationId
        ApplicationFixtures.attachAll(ec, applicationId)
        Map checkOut = ec.service.sync().name("hpf.compliance.ApplicationServices.check#Application")
                .parameters([applicationId: applicationId]).call()

        then:
        !ec.message.hasError()
        applicationId
        checkOut.passed
        checkOut.violations.isEmpty()
        ec.entity.find("hpf.compliance.ApplicationDocument").condition("applicationId", applicationId).count() == 4

        when: "the stored document can be read back from the resource facade"
        EntityValue doc = ec.entity.find("hpf.compliance.ApplicationDocument").condition("applicationId", applicationId)
                .orderBy("documentSeqId").list().first()

        then:
        doc.documentLocation.startsWith((System.getProperty('hpf_upload_root') ?: 'dbresource://hpf/uploads') + '/application/' + applicationId + '/')
        ec.resource.getLocationReference(doc.documentLocation).getText() == 'content of ' + doc.fileName

        when: "submitted and taken in by the branch"
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: applicationId]).call()
        EntityValue submitted = application(applicationId)
        EntityValue targetApplying = target(targetId)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass', comments: '材料齐全，予以受理']).call()

        then:
        !ec.message.hasError()
        submitted.statusId == 'HpfAppSubmitted'
        submitted.currentStepEnumId == 'HpfRsBranchIntake'
        submitted.stepDueDate != null
        targetApplying.statusId == 'HpfTgtApplying'
        application(applicationId).statusId == 'HpfAppBranchAccepted'
        application(applicationId).currentStepEnumId == 'HpfRsOfficeReview'

        when: "branch staff may not decide the office review"
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass']).call()

        then:
        ec.message.hasError()
        application(applicationId).statusId == 'HpfAppBranchAccepted'

        when: "the office reviews and approves"
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass', comments: '符合条件']).call()
        Map approveOut = ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application")
                .parameters([applicationId: applicationId, comments: '同意缓缴6个月']).call()
        EntityValue approved = application(applicationId)
        EntityValue unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_FLOW_U1').one()

        then:
        !ec.message.hasError()
        approveOut.statusId == 'HpfAppInForce'
        approved.statusId == 'HpfAppInForce'
        approved.decisionDate != null
        approved.termsAppliedDate != null
        unit.accountStatusEnumId == 'HpfAcsDeferred'
        unit.termsApplicationId == applicationId
        unit.termsThruDate.toString() == approved.periodThruDate.toString()
        target(targetId).statusId == 'HpfTgtDeferred'
        ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", applicationId).list()
                .collect { it.reviewStepEnumId + ':' + it.decisionEnumId } ==
                ['HpfRsBranchIntake:HpfRdPass', 'HpfRsOfficeReview:HpfRdPass', 'HpfRsApproval:HpfRdPass']
    }

    def "a rate reduction approved sets the requested rates and keeps the current ones for the restoration"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_U2', [employerRate: 0.10, employeeRate: 0.10])
        String targetId = ApplicationFixtures.target(ec, 'HPFT_FLOW_U2')

        when:
        String applicationId = ApplicationFixtures.approvedApplication(ec, ApplicationFixtures.validRateReduction('HPFT_FLOW_U2', targetId, '6%', '7%'))
        EntityValue app = application(applicationId)
        EntityValue unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", 'HPFT_FLOW_U2').one()

        then:
        !ec.message.hasError()
        app.statusId == 'HpfAppInForce'
        app.currentEmployerRate == 0.10
        app.currentEmployeeRate == 0.10
        unit.employerRate == 0.06
        unit.employeeRate == 0.07
        unit.termsApplicationId == applicationId
        target(targetId).statusId == 'HpfTgtReduced'
    }

    def "a return sends the application back for correction and it can be resubmitted"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_U3')
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)
        String applicationId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_U3', null))

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdReturn', comments: '公示证明不清晰']).call()
        String returnedStatus = application(applicationId).statusId
        ec.service.sync().name("hpf.compliance.ApplicationServices.update#Application")
                .parameters([applicationId: applicationId, reasonText: '补充说明：订单减少，现金流紧张']).call()
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: applicationId]).call()

        then:
        !ec.message.hasError()
        returnedStatus == 'HpfAppReturned'
        application(applicationId).statusId == 'HpfAppSubmitted'
    }

    def "a rejection at branch intake is refused by the flow with a clear message"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_U4')
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)
        String applicationId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_U4', null))

        when:
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdReject', comments: '不符合条件']).call()

        then:
        ec.message.hasError()
        ec.message.errors.any { it.contains('HpfAppRejected') || it.contains('不能') || it.contains('cannot become') }
        application(applicationId).statusId == 'HpfAppSubmitted'
    }

    def "the application screens and the approval form render"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_U5')
        String applicationId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_U5', null))
        String draftId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application")
                .parameters([unitId: 'HPFT_FLOW_U5', applicationTypeEnumId: 'HpfAtRateReduction', campaignId: ApplicationFixtures.CAMPAIGN]).call()?.applicationId
        ScreenTest screenTest = ec.screen.makeTest().baseScreenPath("apps/hpf")

        when:
        ScreenTestRender find = screenTest.render("Application/FindApplication", [unitId: 'HPFT_FLOW_U5'], null)
        ScreenTestRender edit = screenTest.render("Application/EditApplication", [applicationId: applicationId], null)
        ScreenTestRender check = screenTest.render("Application/EditApplication", [applicationId: draftId, showRuleCheck: 'true'], null)
        ScreenTestRender print = screenTest.render("Application/PrintApplication", [applicationId: applicationId], null)
        ScreenTestRender payments = screenTest.render("Application/PaymentEvidence", [:], null)
        ScreenTestRender newApp = screenTest.render("Application/NewApplication", [unitId: 'HPFT_FLOW_U5'], null)

        then:
        !find.errorMessages
        find.output.contains(applicationId)
        !edit.errorMessages
        edit.output.contains('HPFT_FLOW_U5')
        !check.errorMessages
        !print.errorMessages
        print.output.contains('审批表')
        !payments.errorMessages
        !newApp.errorMessages
        newApp.output.contains(applicationId)
    }

    EntityValue application(String id) {
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", id).useCache(false).one()
    }

    EntityValue target(String id) {
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", id).useCache(false).one()
    }
}

/** Test data shared by the application and recovery specs: a branch, a campaign, an office user and a branch user. */
class ApplicationFixtures {
    static final String CAMPAIGN = 'HPFT_CMP'
    static final String BRANCH = 'HPFT_BR1'
    static final String OFFICE_USER = 'hpft.office'
    static final String BRANCH_USER = 'hpft.branch'
    static final List<String> DOC_TYPES = ['HpfAdApplicationForm', 'HpfAdResolution', 'HpfAdNoticeEvidence', 'HpfAdHardshipProof']

    static void setup(ExecutionContext ec) {
        def from = java.sql.Timestamp.valueOf('2026-01-01 00:00:00')
        ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: BRANCH, branchName: '测试管理部', branchCode: 'T901', sequenceNum: 901]).createOrUpdate()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: CAMPAIGN, campaignName: '规范缴存测试', statusId: 'HpfCmpActive',
                issueDate: Date.valueOf(LocalDate.now().minusMonths(2)), cutoffMonth: '2025-02', maxApprovalMonths: 12,
                minPublicNoticeDays: 5, committeeReviewRequired: 'N', rectifyDays: 30]).createOrUpdate()
        [[userId: 'HPFT_OFFICE', username: OFFICE_USER, userFullName: '测试办公室', group: 'HPF_OFFICE'],
         [userId: 'HPFT_BRANCH', username: BRANCH_USER, userFullName: '测试分支', group: 'HPF_BRANCH']].each { Map u ->
            ec.entity.makeValue("moqui.security.UserAccount").setAll([userId: u.userId, username: u.username,
                    userFullName: u.userFullName, locale: 'zh_CN']).createOrUpdate()
            ec.entity.makeValue("moqui.security.UserGroupMember").setAll([userGroupId: u.group, userId: u.userId, fromDate: from]).createOrUpdate()
        }
        ec.entity.makeValue("hpf.compliance.BranchStaff").setAll([branchId: BRANCH, userId: 'HPFT_BRANCH', fromDate: from,
                staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
    }

    static void login(ExecutionContext ec, String username) {
        if (ec.user.username == username) return
        if (ec.user.userId) ec.user.logoutUser()
        ec.user.internalLoginUser(username)
    }

    static String unit(ExecutionContext ec, String unitId, Map extra = [:]) {
        ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: unitId, unitAccountNo: 'T' + unitId, unitName: '测试单位' + unitId,
                branchId: BRANCH, accountStatusEnumId: 'HpfAcsNormal', employerRate: 0.12, employeeRate: 0.12, workerCount: 50,
                monthlyDueAmount: 12000, termsApplicationId: null, termsThruDate: null] + extra).createOrUpdate()
        return unitId
    }

    static String target(ExecutionContext ec, String unitId, Map extra = [:]) {
        String targetId = 'TGT_' + unitId
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: targetId, campaignId: CAMPAIGN, unitId: unitId,
                branchId: BRANCH, targetTypeEnumId: 'HpfTtArrears', statusId: 'HpfTgtServed', firstOwedMonth: '2024-10', owedMonths: 3,
                amountOwed: 36000, initialAmountOwed: 36000, recoveredAmount: 0, workerCount: 50,
                identifiedDate: new java.sql.Timestamp(System.currentTimeMillis())] + extra).createOrUpdate()
        return targetId
    }

    /** A deferral that passes every rule when submitted today. */
    static Map validDeferral(String unitId, String targetId, int months = 6) {
        LocalDate today = LocalDate.now()
        return [unitId: unitId, targetId: targetId, campaignId: CAMPAIGN, applicationTypeEnumId: 'HpfAtDeferral', deferralMonths: months,
                periodFromDate: Date.valueOf(today), periodThruDate: Date.valueOf(today.plusMonths(months).minusDays(1))] + evidence()
    }

    static Map validRateReduction(String unitId, String targetId, String employerRate, String employeeRate) {
        LocalDate today = LocalDate.now()
        return [unitId: unitId, targetId: targetId, campaignId: CAMPAIGN, applicationTypeEnumId: 'HpfAtRateReduction',
                requestedEmployerRate: employerRate, requestedEmployeeRate: employeeRate,
                periodFromDate: Date.valueOf(today), periodThruDate: Date.valueOf(today.plusMonths(12).minusDays(1))] + evidence()
    }

    static Map evidence() {
        LocalDate today = LocalDate.now()
        return [reasonText: '受市场影响连续亏损，资金周转困难', profitLossYear1: today.year - 1, profitLossAmount1: -1200000,
                profitLossYear2: today.year - 2, profitLossAmount2: -800000, resolutionBodyEnumId: 'HpfRbCongress', hasWorkersCongress: 'Y',
                resolutionDate: Date.valueOf(today.minusDays(20)), bodyMemberCount: 40, attendanceCount: 35, votesFor: 30,
                votesAgainst: 3, votesAbstain: 2, noticeFromDate: Date.valueOf(today.minusDays(15)),
                noticeThruDate: Date.valueOf(today.minusDays(8)), objectionCount: 0]
    }

    static void attachAll(ExecutionContext ec, String applicationId, List<String> types = DOC_TYPES) {
        types.each { String type ->
            String name = type + '.txt'
            ec.service.sync().name("hpf.compliance.ApplicationServices.upload#ApplicationDocument").parameters([applicationId: applicationId,
                    documentTypeEnumId: type, fileName: name, contentBase64: ('content of ' + name).getBytes('UTF-8').encodeBase64().toString()]).call()
        }
    }

    /** Created and submitted by the branch user; returns the application id. */
    static String submittedApplication(ExecutionContext ec, Map fields) {
        login(ec, BRANCH_USER)
        String applicationId = ec.service.sync().name("hpf.compliance.ApplicationServices.create#Application").parameters(fields).call()?.applicationId
        attachAll(ec, applicationId)
        ec.service.sync().name("hpf.compliance.ApplicationServices.submit#Application").parameters([applicationId: applicationId]).call()
        return applicationId
    }

    /** Submitted, taken in by the branch and passed by the office: waiting for the center's approval. */
    static String applicationAtApproval(ExecutionContext ec, Map fields) {
        String applicationId = submittedApplication(ec, fields)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass']).call()
        login(ec, OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass']).call()
        return applicationId
    }

    static String approvedApplication(ExecutionContext ec, Map fields) {
        String applicationId = applicationAtApproval(ec, fields)
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application").parameters([applicationId: applicationId]).call()
        return applicationId
    }
}
