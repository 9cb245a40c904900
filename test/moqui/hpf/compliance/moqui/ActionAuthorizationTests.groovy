package hpf.compliance.moqui

import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import org.slf4j.Logger
import org.slf4j.LoggerFactory
import spock.lang.Shared
import spock.lang.Unroll

import java.sql.Date
import java.sql.Timestamp

/**
 * Each role sees on the screens exactly the actions it may perform (data/HpfSecurityData.xml, HPF_ACT_* groups):
 * audit none, the leading group none of these (it decides review steps only), IT imports and screening, branch staff
 * everything but configuration, the office and administrators everything. A refused action on a stale page answers
 * with a Chinese message, not the framework's English 403.
 */
class ActionAuthorizationTests extends HpfSpec {
    protected final static Logger logger = LoggerFactory.getLogger(ActionAuthorizationTests.class)
    static final String PASSWORD = "hpf@2026"

    /** what each demo user may do, by kind of action (the HPF_ACT_* group) */
    static final Map<String, Set<String>> MAY = [
            "hpf.audit"  : [] as Set,
            "hpf.leader" : ["REVIEW"] as Set,
            "hpf.it"     : ["IMPORT"] as Set,
            "hpf.chengqu": ["IMPORT", "PUSH", "APPLY", "REVIEW"] as Set,
            "hpf.office" : ["CONFIG", "IMPORT", "PUSH", "APPLY", "REVIEW"] as Set,
            "hpf.admin"  : ["CONFIG", "IMPORT", "PUSH", "APPLY", "REVIEW"] as Set,
    ]

    /** the row-selection actions of a list are rendered in the Quasar mode (qvt) only */
    @Shared ScreenTest qvtTest
    @Shared String targetId, unitId, noticeId, applicationId

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        qvtTest = ec.screen.makeTest().baseScreenPath("apps/hpf").renderMode("qvt")
        PushFixtures.setup(ec)
        targetId = PushFixtures.target(ec, "YQ01")
        unitId = PushFixtures.targetRow(ec, targetId).unitId
        String n = PushFixtures.RUN + "_" + PushFixtures.COUNTER.incrementAndGet()
        noticeId = "HPFT_AN_" + n
        applicationId = "HPFT_AA_" + n
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: noticeId, targetId: targetId, unitId: unitId,
                    branchId: "YQ01", campaignId: PushFixtures.CAMPAIGN_ID, statusId: "HpfNtcIssued", noticeNumber: "测住金指〔2026〕YQ01-" + n,
                    issueDate: Date.valueOf("2026-04-02"), rectifyByDate: Date.valueOf("2026-05-02")]).create()
            ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: applicationId, unitId: unitId,
                    targetId: targetId, campaignId: PushFixtures.CAMPAIGN_ID, branchId: "YQ01", statusId: "HpfAppDraft",
                    applicationTypeEnumId: "HpfAtRateReduction", reasonText: "经营困难"]).create()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    void cleanFixtures() { PushFixtures.clean(ec) }

    /** screen, kind of action, and what on the rendered page (html; qvt: when the screen path starts with qvt:) shows that action */
    List<List<String>> actions() {
        return [
                ["Target/TargetDetail?targetId=${targetId}", "PUSH", "ChangeStatusDialog-button"],
                ["Target/TargetDetail?targetId=${targetId}", "PUSH", "AssignDialog-button"],
                ["Target/TargetDetail?targetId=${targetId}", "PUSH", "/Target/NewInterview?"],
                ["Target/TargetDetail?targetId=${targetId}", "PUSH", "/Application/PaymentEvidence?"],
                ["Target/TargetDetail?targetId=${targetId}", "APPLY", "/Application/NewApplication?"],
                ["Target/NewInterview?targetId=${targetId}", "PUSH", SUBMIT + "NewInterview_submitButton"],
                ["qvt:Target/FindTarget", "PUSH", "AssignSelected"],
                ["Notice/EditNotice?noticeId=${noticeId}", "PUSH", "CancelNoticeDialog-button"],
                ["Notice/EditNotice?noticeId=${noticeId}", "PUSH", "RecordService"],
                ["Unit/UnitDetail?unitId=${unitId}", "PUSH", SUBMIT + "UnitContact_submitButton"],
                ["Application/PaymentEvidence", "PUSH", "RecordPaymentDialog-button"],
                ["Application/FindApplication", "APPLY", "NewApplicationDialog-button"],
                ["Application/EditApplication?applicationId=${applicationId}", "APPLY", "submitApplication"],
                ["Application/EditApplication?applicationId=${applicationId}", "APPLY", "withdrawApplication"],
                ["Application/EditApplication?applicationId=${applicationId}", "APPLY", "UploadDocumentDialog-button"],
                ["Application/EditApplication?applicationId=${applicationId}", "APPLY", SUBMIT + "EditApplicationForm_submitButton"],
                ["Import/FindImportBatch", "IMPORT", "UploadImportDialog-button"],
                ["Survey/FindScreeningRun", "IMPORT", "RunScreeningDialog-button"],
                ["Campaign/FindCampaign", "CONFIG", "NewCampaignDialog-button"],
                ["Campaign/FindMeeting", "CONFIG", "NewMeetingDialog-button"],
                ["Campaign/EditCampaign?campaignId=YQ2026", "CONFIG", "AddMemberDialog-button"],
                ["Campaign/EditCampaign?campaignId=YQ2026", "CONFIG", SUBMIT + "EditCampaignForm_submitButton"],
                ["Admin/FindBranch", "CONFIG", "NewBranchDialog-button"],
                ["Admin/EditBranch?branchId=YQ01", "CONFIG", "AddStaffDialog-button"],
        ].collect { it.collect { it.toString() } }
    }

    /** the start of a form's submit button (a field shown as text instead has the same id) */
    static final String SUBMIT = 'value="submitButton" id="'

    Map<String, ScreenTestRender> renders = [:]
    ScreenTestRender render(String username, String path) {
        return renders.computeIfAbsent(username + " " + path, { k ->
            ScreenTestRender str = path.startsWith("qvt:") ? qvtTest.render(path.substring(4), [lastStandalone: "true"], null)
                    : appTest.render(path, [lastStandalone: "-2"], null)
            if (str.errorMessages) logger.warn("${username} on ${path}: ${str.errorMessages}")
            return str
        })
    }

    @Unroll
    def "#username sees exactly the actions it may perform"() {
        when:
        ec.user.loginUser(username, PASSWORD)
        List<String> wrong = []
        for (List<String> a in actions()) {
            String path = a[0], kind = a[1], marker = a[2]
            // branch staff are refused the configuration area as a whole
            if (username == "hpf.chengqu" && path.startsWith("Admin/")) continue
            ScreenTestRender str = render(username, path)
            if (str.errorMessages) { wrong.add("${path}: ${str.errorMessages}".toString()); continue }
            boolean shown = str.output.contains(marker)
            boolean may = kind in MAY[username]
            if (shown != may) wrong.add("${path}: ${kind} action ${marker} ${shown ? 'shown' : 'not shown'}".toString())
        }

        then:
        wrong == []

        where:
        username << MAY.keySet().toList()
    }

    @Unroll
    def "#username sees none of the action buttons audit reported"() {
        when:
        ec.user.loginUser(username, PASSWORD)
        // the labels as the user reads them (变更状态, 记录催缴约谈, 新建申请, 缴款凭证, 分配, 上传文件, 执行筛查, 新建专项工作, 新建分支机构)
        Map<String, List<String>> labelsByScreen = [
                ("Target/TargetDetail?targetId=" + targetId): ["Change Status", "Record Interview", "New Application", "Payment Evidence", "Assign"],
                ("Target/NewInterview?targetId=" + targetId): ["Save Interview"],
                "Import/FindImportBatch": ["Upload File"],
                "Survey/FindScreeningRun": ["Run Screening"],
                "Campaign/FindCampaign": ["New Campaign"],
                "Admin/FindBranch": ["New Branch"],
        ]
        List<String> shown = []
        labelsByScreen.each { String path, List<String> labels ->
            ScreenTestRender str = render(username, path)
            for (String label in labels) {
                String text = ec.l10n.localize(label)
                if (asButton(str.output, text)) shown.add("${path}: ${text}".toString())
            }
        }

        then:
        ec.l10n.localize("Change Status") != "Change Status"
        shown == []

        where:
        username << ["hpf.audit", "hpf.leader"]
    }

    def "a branch user sees the push actions as buttons, in Chinese"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        ScreenTestRender str = render("hpf.chengqu", "Target/TargetDetail?targetId=" + targetId)

        then:
        str.errorMessages.isEmpty()
        ["Change Status", "Record Interview", "New Application", "Payment Evidence", "Assign"].every { asButton(str.output, ec.l10n.localize(it)) }
    }

    def "a refused save as audit answers with the Chinese refusal, not the framework's English 403"() {
        when:
        ec.user.loginUser("hpf.audit", PASSWORD)
        String refusal = ec.l10n.localize("Condition failed for transition [\${location}], not running actions or redirecting")
        ScreenTestRender str = appTest.render("Target/NewInterview/createInterview", [targetId: targetId,
                interviewDate: "2026-04-10 10:00", place: "单位会议室", staffUserIds: "HpfUChengqu,HpfUChengqu2",
                repName1: "王五", repRole1: "财务负责人", arrearsCauseEnumId: "HpfAcHardship", causeText: "资金周转困难",
                unitStatement: "同意补缴", moquiSessionToken: "TestSessionToken"], "post")
        long interviews = ec.entity.find("hpf.compliance.CollectionInterview").condition("targetId", targetId).disableAuthz().count()

        then:
        refusal != "Condition failed for transition [\${location}], not running actions or redirecting"
        refusal.contains("权限")
        str.errorMessages.any { it.contains(refusal) }
        str.errorMessages.every { !it.contains("ArtifactAuthorizationException") && !it.contains("not authorized") }
        interviews == 0
    }

    def "the same save as the branch is recorded, with the unit's representative from the form's rows"() {
        when:
        ec.user.loginUser("hpf.chengqu", PASSWORD)
        String refusal = ec.l10n.localize("Condition failed for transition [\${location}], not running actions or redirecting")
        ScreenTestRender str = appTest.render("Target/NewInterview/createInterview", [targetId: targetId,
                interviewDate: "2026-04-10 10:00", place: "单位会议室", staffUserIds: ["HpfUChengqu", "HpfUChengqu2"],
                repName1: "王五", repRole1: "财务负责人", repPhone1: "13800000000", arrearsCauseEnumId: "HpfAcHardship",
                causeText: "资金周转困难", unitStatement: "同意补缴", moquiSessionToken: "TestSessionToken"], "post")
        List interviews = ec.entity.find("hpf.compliance.CollectionInterview").condition("targetId", targetId).disableAuthz().list()
        List reps = interviews ? ec.entity.find("hpf.compliance.InterviewParticipant").condition("interviewId", interviews[0].interviewId)
                .condition("participantKindEnumId", "HpfPkUnitRep").disableAuthz().list() : []

        then:
        str.errorMessages.every { !it.contains(refusal) && !it.contains("ArtifactAuthorizationException") }
        str.errorMessages.isEmpty()
        interviews.size() == 1
        reps*.participantName == ["王五"]
        reps*.roleTitle == ["财务负责人"]
    }

    /** the text is the label of a button or a link button (html render mode) */
    static boolean asButton(String html, String text) {
        if (!html) return false
        String t = java.util.regex.Pattern.quote(text)
        return html =~ /(?s)<(a|button)\b[^>]*>\s*(<i\b[^>]*>\s*<\/i>)?\s*${t}\s*<\/(a|button)>/ ||
                html =~ /<input\b[^>]*type="submit"[^>]*value="${t}"/
    }
}
