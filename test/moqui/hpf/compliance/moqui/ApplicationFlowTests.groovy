package hpf.compliance.moqui

import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender

import hpf.compliance.core.rules.RegularizationConfig
import hpf.compliance.core.rules.ReviewStep
import hpf.compliance.core.rules.WorkingCalendar

import java.sql.Date
import java.time.LocalDate

/** A deferral from draft to approval: documents, rule check, submission, the three review steps, the unit's terms. */
class ApplicationFlowTests extends HpfSpec {

    void setupFixtures() { ApplicationFixtures.setup(ec) }

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

        when: "the office reviews, but may not record the center's approval"
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass', comments: '符合条件']).call()
        boolean reviewError = ec.message.hasError()
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application")
                .parameters([applicationId: applicationId, comments: '同意缓缴6个月']).call()
        List<String> officeApprovalErrors = new ArrayList<>(ec.message.errors)

        then:
        !reviewError
        officeApprovalErrors.any { it.contains('中心审批') && it.contains('中心领导') }
        application(applicationId).statusId == 'HpfAppOfficeReviewed'
        target(targetId).statusId == 'HpfTgtApplying'

        when: "a leader approves"
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
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
        // each decision records who decided it and through which group and role
        ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", applicationId).orderBy("reviewSeqId").list()
                .collect { it.reviewedByUserId + ':' + it.deciderGroupId + ':' + it.deciderRoleEnumId } ==
                ['HPFT_BRANCH:HPF_BRANCH:HpfDrBranchStaff', 'HPFT_OFFICE:HPF_OFFICE:HpfDrOffice', 'HPFT_LEADER:HPF_LEADER:HpfDrCenterLeader']
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

        when:
        ScreenTestRender find = appTest.render("Application/FindApplication", [unitId: 'HPFT_FLOW_U5'], null)
        ScreenTestRender edit = appTest.render("Application/EditApplication", [applicationId: applicationId], null)
        ScreenTestRender check = appTest.render("Application/EditApplication", [applicationId: draftId, showRuleCheck: 'true'], null)
        ScreenTestRender print = appTest.render("Application/PrintApplication", [applicationId: applicationId], null)
        ScreenTestRender payments = appTest.render("Application/PaymentEvidence", [:], null)
        ScreenTestRender newApp = appTest.render("Application/NewApplication", [unitId: 'HPFT_FLOW_U5'], null)

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

    def "each review step gets its own deadline when the application moves to it, in working days from that day"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_DUE')
        String applicationId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_DUE', null))
        RegularizationConfig cfg = RegularizationConfig.defaults()
        // the center's holiday calendar (CalendarDay)
        WorkingCalendar cal = (WorkingCalendar) ec.service.sync().name("hpf.compliance.CalendarServices.get#WorkingCalendar").call().workingCalendar
        // the day the services count from (submission and both decisions happen on it)
        LocalDate day = application(applicationId).submittedDate.toLocalDate()
        Date intakeDue = application(applicationId).stepDueDate

        when: "the branch takes it in, then the office reviews it"
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass']).call()
        EntityValue atOffice = application(applicationId)
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass']).call()
        EntityValue atApproval = application(applicationId)
        List<EntityValue> reviews = ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", applicationId)
                .orderBy("reviewSeqId").list()
        ScreenTestRender page = ec.screen.makeTest().baseScreenPath("apps/hpf").render("Application/EditApplication", [applicationId: applicationId], null)

        then:
        !ec.message.hasError()
        intakeDue.toLocalDate() == cal.plusWorkingDays(day, cfg.daysFor(ReviewStep.BRANCH_INTAKE))
        // the page says which day the open step's clock started and how many working days it has
        !page.errorMessages
        page.output.contains(atApproval.stepDueDate.toString() + '（自' + day + '起' + cfg.daysFor(ReviewStep.APPROVAL) + '个工作日）')
        atOffice.currentStepEnumId == 'HpfRsOfficeReview'
        atOffice.stepDueDate.toLocalDate() == cal.plusWorkingDays(day, cfg.daysFor(ReviewStep.OFFICE_REVIEW))
        atApproval.currentStepEnumId == 'HpfRsApproval'
        atApproval.stepDueDate.toLocalDate() == cal.plusWorkingDays(day, cfg.daysFor(ReviewStep.APPROVAL))
        // each decided step keeps the deadline it had
        reviews*.dueDate*.toString() == [intakeDue.toString(), atOffice.stepDueDate.toString()]
    }

    def "only the step's groups may decide it: the branch of the application, the office, the leaders; the form names them"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_ROLE')
        String applicationId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validRateReduction('HPFT_FLOW_ROLE', null, '8%', '8%'))
        Map intake = [applicationId: applicationId, reviewStepEnumId: 'HpfRsBranchIntake', decisionEnumId: 'HpfRdPass', comments: '受理']

        when: "staff of another branch and the office try the branch intake"
        ApplicationFixtures.login(ec, ApplicationFixtures.OTHER_BRANCH_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(intake).call()
        List<String> otherBranchErrors = new ArrayList<>(ec.message.errors)
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(intake).call()
        List<String> officeErrors = new ArrayList<>(ec.message.errors)
        ec.message.clearAll()

        then:
        otherBranchErrors.any { it.contains('分支机构受理') && it.contains('申请单位所属分支机构工作人员') }
        officeErrors.any { it.contains('分支机构受理') }
        application(applicationId).statusId == 'HpfAppSubmitted'

        when: "the branch takes it in, the office reviews it, a leader approves it"
        ApplicationFixtures.login(ec, ApplicationFixtures.BRANCH_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(intake).call()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass']).call()
        List<String> leaderAtOfficeErrors = new ArrayList<>(ec.message.errors)
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: applicationId,
                reviewStepEnumId: 'HpfRsOfficeReview', decisionEnumId: 'HpfRdPass', comments: '材料真实，符合条件']).call()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application").parameters([applicationId: applicationId,
                comments: '同意']).call()
        ScreenTestRender print = ec.screen.makeTest().baseScreenPath("apps/hpf").render("Application/PrintApplication", [applicationId: applicationId], null)
        Map restOut = ec.service.sync().name("hpf.compliance.ApplicationServices.get#Application").parameters([applicationId: applicationId]).call()

        then:
        leaderAtOfficeErrors.any { it.contains('领导小组办公室') }
        !ec.message.hasError()
        application(applicationId).statusId == 'HpfAppInForce'
        !print.errorMessages
        print.output.contains('受理人：测试分支（测试管理部经办人员）')
        print.output.contains('审核人：测试办公室（领导小组办公室）')
        print.output.contains('审批人：测试领导（中心领导）')
        restOut.reviewList*.reviewerName == ['测试分支', '测试办公室', '测试领导']
        restOut.reviewList*.deciderRole == ['测试管理部经办人员', '领导小组办公室', '中心领导']
    }

    def "the committee step goes to whoever is set up to record the committee's decision"() {
        given: "a campaign with the management committee step"
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: 'HPFT_CMP_COMMITTEE', campaignName: '规范缴存测试（管委会）',
                statusId: 'HpfCmpActive', issueDate: Date.valueOf(LocalDate.now().minusMonths(2)), cutoffMonth: '2025-02',
                maxApprovalMonths: 12, minPublicNoticeDays: 5, committeeReviewRequired: 'Y', rectifyDays: 30]).createOrUpdate()
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_CMT1')
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_CMT2')
        String first = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_CMT1', null) + [campaignId: 'HPFT_CMP_COMMITTEE'])
        String second = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_CMT2', null) + [campaignId: 'HPFT_CMP_COMMITTEE'])
        Map committeePass = [reviewStepEnumId: 'HpfRsCommittee', decisionEnumId: 'HpfRdPass', comments: '管委会第3次会议通过']

        when: "by default the office records the committee's decision; the center's approval stays with the leaders"
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(committeePass + [applicationId: first]).call()
        boolean leaderRefused = ec.message.hasError()
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(committeePass + [applicationId: first]).call()
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application").parameters([applicationId: first]).call()
        boolean officeApprovalRefused = ec.message.hasError()
        ec.message.clearAll()
        ScreenTestRender print = ec.screen.makeTest().baseScreenPath("apps/hpf").render("Application/PrintApplication", [applicationId: first], null)

        and: "the committee step is given to the leaders instead (data, no code)"
        ec.entity.find("hpf.compliance.ReviewStepGroup").condition([reviewStepEnumId: 'HpfRsCommittee', userGroupId: 'HPF_OFFICE']).one()?.delete()
        ec.entity.makeValue("hpf.compliance.ReviewStepGroup").setAll([reviewStepEnumId: 'HpfRsCommittee', userGroupId: 'HPF_LEADER',
                deciderRoleEnumId: 'HpfDrCommitteeRecorder', ownBranchOnly: 'N', recordsOnBehalf: 'Y']).createOrUpdate()
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(committeePass + [applicationId: second]).call()
        boolean officeRefusedNow = ec.message.hasError()
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters(committeePass + [applicationId: second]).call()

        then:
        leaderRefused
        officeApprovalRefused
        application(first).statusId == 'HpfAppCommitteeApproved'
        print.output.contains('录入人：测试办公室（管委会决定录入人员）')
        officeRefusedNow
        !ec.message.hasError()
        application(second).statusId == 'HpfAppCommitteeApproved'

        cleanup:
        ec.entity.find("hpf.compliance.ReviewStepGroup").condition([reviewStepEnumId: 'HpfRsCommittee', userGroupId: 'HPF_LEADER']).one()?.delete()
        ec.entity.makeValue("hpf.compliance.ReviewStepGroup").setAll([reviewStepEnumId: 'HpfRsCommittee', userGroupId: 'HPF_OFFICE',
                deciderRoleEnumId: 'HpfDrCommitteeRecorder', ownBranchOnly: 'N', recordsOnBehalf: 'Y']).createOrUpdate()
    }

    def "a leader approves through REST with authorization on; the office is refused in Chinese"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_REST')
        String applicationId = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_REST', null))
        ScreenTest restTest = ec.screen.makeTest().baseScreenPath("rest")
        ScreenTest appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")

        when:
        ec.artifactExecution.enableAuthz()
        ApplicationFixtures.login(ec, ApplicationFixtures.OFFICE_USER)
        ScreenTestRender officeEdit = appTest.render("Application/EditApplication", [applicationId: applicationId], null)
        // a browser session's non-GET REST call carries the session token (the screen test's stub session has this one)
        ScreenTestRender officeTry = restTest.render("s1/hpf/applications/${applicationId}/approve",
                [comments: '办公室代批', moquiSessionToken: 'TestSessionToken'], "post")
        String statusAfterOffice = application(applicationId).statusId
        ec.message.clearAll()
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ScreenTestRender leaderEdit = appTest.render("Application/EditApplication", [applicationId: applicationId], null)
        ScreenTestRender leaderApproval = restTest.render("s1/hpf/applications/${applicationId}/approve",
                [comments: '同意', moquiSessionToken: 'TestSessionToken'], "post")

        then:
        // a refusal comes back as the render's error (the screen test's stub cannot write the error response)
        (officeTry.errorMessages + [officeTry.output ?: '']).any { it.contains('中心审批') && it.contains('中心领导') }
        statusAfterOffice == 'HpfAppOfficeReviewed'
        !officeEdit.errorMessages
        !officeEdit.output.contains('ReviewDialog')
        !leaderEdit.errorMessages
        leaderEdit.output.contains('ReviewDialog')
        !leaderApproval.errorMessages
        new groovy.json.JsonSlurper().parseText(leaderApproval.output).statusId == 'HpfAppInForce'
        application(applicationId).statusId == 'HpfAppInForce'

        cleanup:
        ec.artifactExecution.disableAuthz()
        ec.message.clearAll()
    }

    def "approval moves the target at once, even when the terms begin later; rejection and withdrawal move it back"() {
        given: "a rate reduction whose period begins next month"
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_TGT1', [employerRate: 0.10, employeeRate: 0.10])
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_TGT2')
        ApplicationFixtures.unit(ec, 'HPFT_FLOW_TGT3')
        String approvedTarget = ApplicationFixtures.target(ec, 'HPFT_FLOW_TGT1')
        String rejectedTarget = ApplicationFixtures.target(ec, 'HPFT_FLOW_TGT2', [statusId: 'HpfTgtCommitted'])
        String withdrawnTarget = ApplicationFixtures.target(ec, 'HPFT_FLOW_TGT3')
        LocalDate from = LocalDate.now().plusMonths(1).withDayOfMonth(1)
        Map laterReduction = ApplicationFixtures.validRateReduction('HPFT_FLOW_TGT1', approvedTarget, '6%', '6%') +
                [periodFromDate: Date.valueOf(from), periodThruDate: Date.valueOf(from.plusMonths(6).minusDays(1))]

        when:
        String approvedId = ApplicationFixtures.approvedApplication(ec, laterReduction)
        String rejectedId = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_TGT2', rejectedTarget))
        ApplicationFixtures.login(ec, ApplicationFixtures.LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.review#Application").parameters([applicationId: rejectedId,
                reviewStepEnumId: 'HpfRsApproval', decisionEnumId: 'HpfRdReject', comments: '经营状况不符合缓缴条件']).call()
        String withdrawnId = ApplicationFixtures.submittedApplication(ec, ApplicationFixtures.validDeferral('HPFT_FLOW_TGT3', withdrawnTarget))
        String withdrawnApplying = target(withdrawnTarget).statusId
        ec.service.sync().name("hpf.compliance.ApplicationServices.withdraw#Application").parameters([applicationId: withdrawnId,
                comments: '单位撤回申请']).call()
        Map timeline = ec.service.sync().name("hpf.compliance.TargetServices.get#TargetTimeline").parameters([targetId: approvedTarget]).call()
        ScreenTestRender detail = appTest.render("Target/TargetDetail", [targetId: approvedTarget], null)
        ScreenTestRender worklist = appTest.render("Target/FindTarget", [unitName: '测试单位HPFT_FLOW_TGT1'], null)

        then:
        !ec.message.hasError()
        application(approvedId).statusId == 'HpfAppApproved'
        target(approvedTarget).statusId == 'HpfTgtReduced'
        target(approvedTarget).resolvedDate != null
        // the move is audited on the timeline: who, when, why
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: approvedTarget, applicationId: approvedId,
                fromStatusId: 'HpfTgtApplying', toStatusId: 'HpfTgtReduced', userId: 'HPFT_LEADER']).useCache(false).list()
                .any { it.activityDate != null && it.reason?.contains(approvedId) }
        timeline.timelineList.any { it.toStatusId == 'HpfTgtReduced' && it.applicationId == approvedId && it.userName == '测试领导' }
        detail.output.contains('已批准降低比例')
        worklist.output.contains('已批准降低比例')
        application(rejectedId).statusId == 'HpfAppRejected'
        target(rejectedTarget).statusId == 'HpfTgtCommitted'
        withdrawnApplying == 'HpfTgtApplying'
        application(withdrawnId).statusId == 'HpfAppWithdrawn'
        target(withdrawnTarget).statusId == 'HpfTgtServed'
    }

    EntityValue application(String id) {
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", id).useCache(false).disableAuthz().one()
    }

    EntityValue target(String id) {
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", id).useCache(false).disableAuthz().one()
    }
}

/** Test data shared by the application and recovery specs: a branch, a campaign, an office user and a branch user. */
class ApplicationFixtures {
    static final String CAMPAIGN = 'HPFT_CMP'
    static final String BRANCH = 'HPFT_BR1'
    static final String OFFICE_USER = 'hpft.office'
    static final String BRANCH_USER = 'hpft.branch'
    /** the center's approval belongs to the leaders (ReviewStepGroup), not to the office */
    static final String LEADER_USER = 'hpft.leader'
    /** branch staff of another branch: may not take in this branch's applications */
    static final String OTHER_BRANCH_USER = 'hpft.branch2'
    static final String OTHER_BRANCH = 'HPFT_BR2'
    static final List<String> DOC_TYPES = ['HpfAdApplicationForm', 'HpfAdResolution', 'HpfAdNoticeEvidence', 'HpfAdHardshipProof']

    static void setup(ExecutionContext ec) {
        def from = java.sql.Timestamp.valueOf('2026-01-01 00:00:00')
        ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: BRANCH, branchName: '测试管理部', branchCode: 'T901', sequenceNum: 901]).createOrUpdate()
        ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: OTHER_BRANCH, branchName: '测试二部', branchCode: 'T902', sequenceNum: 902]).createOrUpdate()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: CAMPAIGN, campaignName: '规范缴存测试', statusId: 'HpfCmpActive',
                issueDate: Date.valueOf(LocalDate.now().minusMonths(2)), cutoffMonth: '2025-02', maxApprovalMonths: 12,
                minPublicNoticeDays: 5, committeeReviewRequired: 'N', rectifyDays: 30]).createOrUpdate()
        [[userId: 'HPFT_OFFICE', username: OFFICE_USER, userFullName: '测试办公室', group: 'HPF_OFFICE'],
         [userId: 'HPFT_BRANCH', username: BRANCH_USER, userFullName: '测试分支', group: 'HPF_BRANCH'],
         [userId: 'HPFT_LEADER', username: LEADER_USER, userFullName: '测试领导', group: 'HPF_LEADER'],
         [userId: 'HPFT_BRANCH2', username: OTHER_BRANCH_USER, userFullName: '测试二部', group: 'HPF_BRANCH']].each { Map u ->
            ec.entity.makeValue("moqui.security.UserAccount").setAll([userId: u.userId, username: u.username,
                    userFullName: u.userFullName, locale: 'zh_CN']).createOrUpdate()
            ec.entity.makeValue("moqui.security.UserGroupMember").setAll([userGroupId: u.group, userId: u.userId, fromDate: from]).createOrUpdate()
        }
        ec.entity.makeValue("hpf.compliance.BranchStaff").setAll([branchId: BRANCH, userId: 'HPFT_BRANCH', fromDate: from,
                staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
        ec.entity.makeValue("hpf.compliance.BranchStaff").setAll([branchId: OTHER_BRANCH, userId: 'HPFT_BRANCH2', fromDate: from,
                staffRoleEnumId: 'HpfSrHead']).createOrUpdate()
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

    /** Through every step; the center's approval by a leader. */
    static String approvedApplication(ExecutionContext ec, Map fields) {
        String applicationId = applicationAtApproval(ec, fields)
        login(ec, LEADER_USER)
        ec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application").parameters([applicationId: applicationId]).call()
        return applicationId
    }
}
