package hpf.compliance.moqui

import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Unroll

import java.sql.Timestamp

/**
 * The pages as a Chinese user reads them (demo users have locale zh_CN), rendered by Moqui as the office and as a branch
 * user: the breadcrumb starts with Moqui's own app list (应用), not with this app's application area; no tab repeats
 * its parent's or a sibling's title; no raw status or enumeration id, core constant (DELIVERED), import error code
 * (USCC_INVALID) or derived English field label ("Submit Button") is shown; the framework's own words on the pages
 * (Find Options, Columns, Saved Finds, No results found, Row Actions, Page #) are in Chinese; the detail table uses the
 * column names of its download and links each unit to its page; refusals said in the user's language.
 */
class L10nScreenTests extends HpfSpec {
    static final String PASSWORD = "hpf@2026"
    static final List<String> USERS = ["hpf.office", "hpf.chengqu"]
    /** status and enumeration ids of this component (HpfTgtApplying, HpfAppSubmitted, HpfSmPersonal ...) */
    static final String RAW_ID = /\bHpf[A-Z][a-z]{1,5}[A-Z][A-Za-z]+\b/
    static final List<String> RAW_TEXTS = ["DELIVERED", "RETURNED", "UNDELIVERABLE", "Submit Button", "USCC_INVALID", "MONTH_IMPOSSIBLE"]

    @Shared String issuedTargetId, issuedNoticeId, servedTargetId, servedNoticeId, applicationId
    @Shared String importBatchId = "HPFT_LB_" + PushFixtures.RUN
    @Shared String screeningRunId = "HPFT_LS_" + PushFixtures.RUN

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        PushFixtures.setup(ec)
        try {
            PushFixtures.login(ec, PushFixtures.YQ01_USER)
            // a letter issued and not yet served, and one served in person
            issuedTargetId = PushFixtures.target(ec, 'YQ01')
            issuedNoticeId = ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice")
                    .parameters([targetId: issuedTargetId, issueDate: PushFixtures.daysAgo(5)]).call()?.noticeId
            servedTargetId = PushFixtures.target(ec, 'YQ01')
            servedNoticeId = ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice")
                    .parameters([targetId: servedTargetId, issueDate: PushFixtures.daysAgo(5)]).call()?.noticeId
            ec.service.sync().name("hpf.compliance.NoticeServices.record#NoticeService").parameters([noticeId: servedNoticeId,
                    serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(1), recipientName: '叶建英']).call()
            assert !ec.message.hasError(), ec.message.errorsString
            // an application under review: not editable any more
            String appTargetId = PushFixtures.target(ec, 'YQ01')
            Map appTarget = PushFixtures.targetRow(ec, appTargetId)
            applicationId = "HPFT_LA_" + PushFixtures.RUN
            ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: applicationId,
                    unitId: appTarget.unitId, branchId: 'YQ01', campaignId: PushFixtures.CAMPAIGN_ID, targetId: appTargetId,
                    applicationTypeEnumId: 'HpfAtDeferral', statusId: 'HpfAppSubmitted', deferralMonths: 6L,
                    submittedDate: new Timestamp(System.currentTimeMillis())]).create()
            // an import batch with a rejected row and a warning, as the core reports them
            ec.entity.makeValue("hpf.compliance.ImportBatch").setAll([importBatchId: importBatchId, importTypeEnumId: 'HpfImpUnits',
                    statusId: 'HpfImbCompleted', fileName: '单位信息.csv', fileFormat: 'CSV', detectedEncoding: 'GBK', totalRows: 3L,
                    acceptedRows: 2L, rejectedRows: 1L, warningRows: 1L, createdRows: 2L, updatedRows: 0L, unchangedRows: 0L,
                    startedDate: new Timestamp(System.currentTimeMillis()), completedDate: new Timestamp(System.currentTimeMillis())]).create()
            ec.entity.makeValue("hpf.compliance.ImportRowError").setAll([importBatchId: importBatchId, errorSeqId: '01', lineNumber: 2L,
                    columnName: '统一社会信用代码', rawValue: '91140300MA0XXXXXX1', severity: 'W', errorCode: 'USCC_INVALID',
                    message: '统一社会信用代码校验不通过']).create()
            ec.entity.makeValue("hpf.compliance.ImportRowError").setAll([importBatchId: importBatchId, errorSeqId: '02', lineNumber: 3L,
                    columnName: '缴至年月', rawValue: '202513', severity: 'E', errorCode: 'MONTH_IMPOSSIBLE',
                    message: '缴至年月不存在（月份应为01至12）']).create()
            ec.entity.makeValue("hpf.compliance.ScreeningRun").setAll([screeningRunId: screeningRunId, campaignId: PushFixtures.CAMPAIGN_ID,
                    runTypeEnumId: 'HpfRunSurvey', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3L,
                    startedDate: new Timestamp(System.currentTimeMillis())]).create()
        } finally {
            ec.message.clearAll()
            ec.user.logoutUser()
        }
    }

    void cleanFixtures() {
        ec.entity.find("hpf.compliance.ImportRowError").condition("importBatchId", importBatchId).deleteAll()
        ec.entity.find("hpf.compliance.ImportBatch").condition("importBatchId", importBatchId).deleteAll()
        ec.entity.find("hpf.compliance.ScreeningRun").condition("screeningRunId", screeningRunId).deleteAll()
        PushFixtures.clean(ec)
    }

    /** The text a reader sees: the markup without scripts, tags and attributes. */
    static String visibleText(String html) {
        if (html == null) return ""
        String t = html.replaceAll(/(?is)<script\b.*?<\/script>/, " ").replaceAll(/(?is)<style\b.*?<\/style>/, " ")
        t = t.replaceAll(/(?s)<[^>]*>/, " ")
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'").replace("&amp;", "&")
    }

    /** Raw ids and English leftovers found in the visible text, for a readable failure. */
    static List<String> rawTexts(String html) {
        String text = visibleText(html)
        List<String> found = (text =~ RAW_ID).collect { it as String }
        found.addAll(RAW_TEXTS.findAll { text.contains(it) })
        return found.unique()
    }

    ScreenTestRender render(String username, String path, Map parameters = [:]) {
        assert ec.user.loginUser(username, PASSWORD)
        ScreenTestRender str = appTest.render(path, [lastStandalone: "-2"] + parameters, null)
        assert str.errorMessages.isEmpty()
        return str
    }

    def "Moqui's app list keeps its own name; this app's area has a name of its own"() {
        when:
        ec.user.loginUser("hpf.office", PASSWORD)

        then:
        ec.user.locale.toString() == "zh_CN"
        ec.l10n.localize("Applications") == "应用"
        ec.l10n.localize("Regularization Applications") == "降比缓缴申请"
        // the framework's own translations stay the framework's
        ec.l10n.localize("Status") == "状态"
        ec.l10n.localize("Find") == "查找"
        ec.l10n.localize("Cancel") == "取消"
        !(ec.l10n.localize("Close") in ["结束", "结案"])
        !(ec.l10n.localize("Submit") in ["报送"])
    }

    @Unroll
    def "as #username the breadcrumb of #path starts with 应用 and no tab repeats its parent's or a sibling's title"() {
        when:
        ec.user.loginUser(username, PASSWORD)
        List<Map> levels = menuLevels("apps/hpf/" + path)
        List<String> crumbs = levels*.title as List<String>
        ScreenTestRender str = appTest.render(path, [lastStandalone: "-2"] + parameters(path), null)

        then:
        str.errorMessages.isEmpty()
        crumbs[0] == "应用"
        !crumbs.contains("降比缓缴申请") || path.startsWith("Application")
        crumbs[1] == "规范缴存"
        // no title twice in a row (专项工作 › 专项工作, 导入批次 › 导入批次)
        (0..<crumbs.size() - 1).every { crumbs[it] != crumbs[it + 1] }
        // the tabs of every level of the app read differently
        levels.drop(1).every { Map level -> List titles = level.subscreens as List; titles.size() == titles.unique(false).size() }

        where:
        [username, path] << [USERS, ["Home", "Campaign/FindCampaign", "Campaign/EditCampaign", "Import/FindImportBatch",
                "Import/ImportBatchDetail", "Survey/FindScreeningRun", "Survey/ScreeningRunDetail", "Target/TargetDetail",
                "Notice/EditNotice", "Application/FindApplication", "Application/EditApplication", "Unit/FindUnit"]].combinations()
    }

    /**
     * The breadcrumb and tabs as Moqui's menu data gives them to the Quasar shell (ScreenRenderImpl.getMenuData: each
     * level's title localized, its subscreens in the menu plus the open one), read from the screen definitions: the
     * menuData transition itself needs a real web request.
     */
    List<Map> menuLevels(String fullPath) {
        def sfi = ec.screen
        def sd = sfi.getScreenDefinition("component://webroot/screen/webroot.xml")
        List<String> names = fullPath.split("/") as List<String>
        List<Map> levels = []
        for (int i = 0; i < names.size(); i++) {
            def ssi = sd.getSubscreensItem(names[i])
            assert ssi != null, "no subscreen ${names[i]} in ${sd.location}"
            sd = sfi.getScreenDefinition(ssi.location)
            String next = i + 1 < names.size() ? names[i + 1] : null
            List<String> tabs = next == null ? [] : sd.getSubscreensItemsSorted()
                    .findAll { it.menuInclude || it.name == next }.collect { ec.resource.expand(it.menuTitle as String, "") }
            levels.add([name: names[i], title: ec.l10n.localize(ssi.menuTitle as String), subscreens: tabs])
        }
        return levels
    }

    Map parameters(String path) {
        switch (path) {
            case "Campaign/EditCampaign": return [campaignId: PushFixtures.CAMPAIGN_ID]
            case "Import/ImportBatchDetail": return [importBatchId: importBatchId]
            case "Survey/ScreeningRunDetail": return [screeningRunId: screeningRunId]
            case "Target/TargetDetail": return [targetId: issuedTargetId]
            case "Notice/EditNotice": return [noticeId: servedNoticeId]
            case "Application/EditApplication": return [applicationId: applicationId]
            default: return [:]
        }
    }

    @Unroll
    def "as #username the status dialog of a target offers the next statuses by name and shows no raw id"() {
        when:
        ScreenTestRender str = render(username, "Target/TargetDetail", [targetId: issuedTargetId])
        List<String> nextNames = ec.entity.find("moqui.basic.StatusFlowTransitionToDetail")
                .condition([statusFlowId: 'HpfTargetFlow', statusId: 'HpfTgtNoticed']).disableAuthz().list()*.description

        then:
        PushFixtures.targetRow(ec, issuedTargetId).statusId == 'HpfTgtNoticed'
        rawTexts(str.output).isEmpty()
        nextNames && nextNames.every { str.output.contains(it as String) }
        // the dialog's title and label in Chinese, the transition names (English, not localized by Moqui) nowhere
        str.output.contains("新状态")
        !visibleText(str.output).contains("Record Service")

        where:
        username << USERS
    }

    @Unroll
    def "as #username a served letter shows its service record in Chinese, a letter not yet served only the entry form"() {
        when:
        ScreenTestRender served = render(username, "Notice/EditNotice", [noticeId: servedNoticeId])
        ScreenTestRender issued = render(username, "Notice/EditNotice", [noticeId: issuedNoticeId])

        then:
        rawTexts(served.output).isEmpty()
        rawTexts(issued.output).isEmpty()
        // 送达结果 已送达, not DELIVERED
        visibleText(served.output) =~ /送达结果\s+已送达/
        served.output.contains("ServiceFacts")
        !served.output.contains("RecordService")
        issued.output.contains("RecordService")
        !issued.output.contains("ServiceFacts")

        where:
        username << USERS
    }

    @Unroll
    def "as #username an application under review shows no empty 'Submit Button' field"() {
        when:
        ScreenTestRender str = render(username, "Application/EditApplication", [applicationId: applicationId])

        then:
        rawTexts(str.output).isEmpty()
        !str.output.contains("Submit Button")

        where:
        username << USERS
    }

    def "the rejected rows of an import show the Chinese reason under a Chinese heading, not the error codes"() {
        when:
        ScreenTestRender str = render("hpf.office", "Import/ImportBatchDetail", [importBatchId: importBatchId])
        String text = visibleText(str.output)

        then:
        rawTexts(str.output).isEmpty()
        text.contains("统一社会信用代码校验不通过")
        text.contains("缴至年月不存在（月份应为01至12）")
        text.contains("原因")
        text.contains("原始值")
    }

    @Unroll
    def "as #username the detail table uses the download's column names and links each unit to its page"() {
        when:
        ScreenTestRender str = render(username, "Survey/DetailTable", [campaignId: PushFixtures.CAMPAIGN_ID, branchId: 'YQ01'])
        String text = visibleText(str.output)
        String unitId = PushFixtures.targetRow(ec, issuedTargetId).unitId

        then:
        // ScreeningTableWriter.DETAIL_HEADER: 单位账号,单位名称,所属机构,类型,首次欠缴年月,欠缴月数,欠缴金额,缴至年月,缴存人数
        ["单位账号", "单位名称", "所属机构", "类型", "首次欠缴年月", "欠缴月数", "欠缴金额", "缴至年月", "缴存人数"].every { text.contains(it) }
        !text.contains("欠缴起始年月")
        str.output.contains("UnitDetail?unitId=" + unitId)
        rawTexts(str.output).isEmpty()

        where:
        username << USERS
    }

    @Unroll
    def "as #username the framework's words on a list are Chinese"() {
        when:
        ScreenTestRender html = render(username, "Application/FindApplication", [unitId: "HPFT_NO_SUCH_UNIT"])
        String text = visibleText(html.output)
        assert ec.user.loginUser(username, PASSWORD)
        // the Quasar app loads each screen on its own (lastStandalone), as the browser does
        ScreenTestRender qvt = ec.screen.makeTest().baseScreenPath("apps/hpf").renderMode("qvt")
                .render("Application/FindApplication", [lastStandalone: "true", unitId: "HPFT_NO_SUCH_UNIT"], null)
        ScreenTestRender targets = ec.screen.makeTest().baseScreenPath("apps/hpf").renderMode("qvt")
                .render("Target/FindTarget", [lastStandalone: "true"], null)

        then:
        ["查找条件", "列设置", "已保存的查询"].every { text.contains(it) }
        !["Find Options", "Columns", "Saved Finds"].any { text.contains(it) }
        !html.output.contains('placeholder="Page #"')
        qvt.errorMessages.isEmpty()
        qvt.output.contains("没有找到记录")
        !qvt.output.contains("No results found")
        targets.output.contains("行操作")
        !targets.output.contains("Row Actions")

        where:
        username << USERS
    }

    def "refusals are said in Chinese, naming the field, also where the core or the framework speaks English"() {
        given:
        ec.user.loginUser("hpf.office", PASSWORD)

        when: "a month that does not exist, as a REST client may send it"
        ec.service.sync().name("hpf.compliance.UnitServices.find#Unit").parameters([paidThroughBefore: "2025-13"]).disableAuthz().call()
        String unitErrors = ec.message.errorsString
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.ScreeningServices.run#CampaignScreening")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, cutoffMonth: "2025-13"]).disableAuthz().call()
        String runErrors = ec.message.errorsString
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: issuedTargetId]).disableAuthz().call()
        String missingErrors = ec.message.errorsString
        ec.message.clearAll()

        then: "the text a REST answer carries in 'errors'"
        unitErrors.contains("缴至年月早于“2025-13”不是有效的年月")
        !unitErrors.contains("does not exist")
        runErrors.contains("截止年月“2025-13”不是有效的年月")
        !runErrors.contains("Month '")
        missingErrors.contains("此项不能为空")
        !missingErrors.contains("Field cannot be empty")
    }
}
