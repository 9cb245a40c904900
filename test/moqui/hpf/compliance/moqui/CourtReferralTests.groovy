package hpf.compliance.moqui

import hpf.compliance.core.CenterClock
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.doc.CjkFonts
import hpf.compliance.core.doc.PdfRenderer
import hpf.compliance.core.rules.CourtReferralRules
import hpf.compliance.core.rules.EnforcementRules
import hpf.compliance.core.rules.NoticeNumbering
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.StoredScreening
import hpf.compliance.core.screening.UnitScreener
import hpf.compliance.core.screening.UnitScreening
import org.apache.pdfbox.Loader
import org.apache.pdfbox.pdmodel.PDDocument
import org.apache.pdfbox.text.PDFTextStripper
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date
import java.time.YearMonth

/**
 * The application to the people's court for enforcement (《强制执行申请书》, Art. 38) and its court case: offered only
 * after an order whose deadline passed unpaid (and that reached the unit), refused otherwise with the reason in Chinese
 * on every path; pre-filled with the amounts owed on the chosen day by the screening rule and the evidence list;
 * numbered from the campaign's pattern; printed as HTML and PDF; the court case audited field by field and shown; a
 * branch sees and acts on its own branch only, audit reads only; the REST lists give a branch its own rows.
 */
class CourtReferralTests extends Specification {
    static final String COURT_PATTERN = '测住金执〔{year}〕{branch}-{seq:4}号'
    static final String PASSWORD = 'hpf@2026'
    static final String TOKEN = 'TestSessionToken'
    @Shared ExecutionContext ec
    @Shared NoticeNumbering numbering = NoticeNumbering.compile(COURT_PATTERN)
    @Shared ScreenTest restTest
    @Shared ScreenTest appTest

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        PushFixtures.setup(ec)
        ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: PushFixtures.CAMPAIGN_ID, orderDeadlineDays: 20L,
                orderNumberPattern: '测住金责〔{year}〕{branch}-{seq:4}号', courtReferralNumberPattern: COURT_PATTERN]).update()
        ec.artifactExecution.enableAuthz()
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
    }

    def cleanupSpec() {
        PushFixtures.clean(ec)
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanup() {
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
    }

    static final Date BACK_PAID_ON = PushFixtures.daysAgo(5)

    /**
     * A target whose letter was served 60 days ago and whose order to pay was issued orderDaysAgo (deadline 20 days
     * later), served the next day when served is true. The unit paid 2023-01 .. 2024-12 on time, 2,000 of 4,800 for
     * 2025-01, nothing since, and back-paid 2025-02 BACK_PAID_ON.
     */
    Map orderedTarget(String branchId, int orderDaysAgo = 40, boolean served = true) {
        String targetId = PushFixtures.target(ec, branchId, [statusId: 'HpfTgtServed'])
        Map t = PushFixtures.targetRow(ec, targetId)
        for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
            ec.entity.makeValue("hpf.compliance.UnitRemittance").setAll([unitId: t.unitId, remitMonth: m.toString(),
                    remitTypeEnumId: 'HpfRtRegular', dueAmount: 4800.00, paidAmount: 4800.00, paidDate: Date.valueOf(m.atDay(20))]).create()
        }
        ec.entity.makeValue("hpf.compliance.UnitRemittance").setAll([unitId: t.unitId, remitMonth: '2025-02',
                remitTypeEnumId: 'HpfRtBackPay', dueAmount: 4800.00, paidAmount: 4800.00, paidDate: BACK_PAID_ON]).create()
        ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'N' + targetId, targetId: targetId, unitId: t.unitId,
                branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed', noticeNumber: 'TESTN-' + targetId,
                issueDate: PushFixtures.daysAgo(60), rectifyByDate: PushFixtures.daysAgo(30), serviceMethodEnumId: 'HpfSmPersonal',
                serviceDate: PushFixtures.daysAgo(59), recipientName: '李四', serviceOutcome: 'DELIVERED']).create()
        PushFixtures.login(ec, branchId == 'YQ02' ? PushFixtures.YQ02_USER : PushFixtures.YQ01_USER)
        Map order = ec.service.sync().name("hpf.compliance.EnforcementServices.issue#OrderToPay")
                .parameters([targetId: targetId, issueDate: PushFixtures.daysAgo(orderDaysAgo)]).call()
        assert !ec.message.hasError(), PushFixtures.errors(ec).toString()
        if (served) {
            ec.service.sync().name("hpf.compliance.EnforcementServices.record#EnforcementService").parameters([actionId: order.actionId,
                    serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(orderDaysAgo - 1), recipientName: '王五']).call()
            assert !ec.message.hasError(), PushFixtures.errors(ec).toString()
        }
        return [targetId: targetId, unitId: t.unitId, orderId: order.actionId, orderNumber: order.documentNumber]
    }

    Map draft(String targetId, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.CourtReferralServices.get#CourtReferralDraft").parameters([targetId: targetId] + more).call()
    }

    Map file(String targetId, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.CourtReferralServices.file#CourtReferral").parameters([targetId: targetId] + more).call()
    }

    Map action(String actionId) {
        return ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).useCache(false).disableAuthz().one()?.getMap()
    }

    String zh(String template, Map args = [:]) { PushFixtures.message(ec, template, args) }

    def "the application is offered only once the order's deadline passed unpaid and the order was served; a refused step says why in Chinese"() {
        given:
        Map notDue = orderedTarget('YQ01', 3)
        Map notServed = orderedTarget('YQ01', 40, false)
        Map ready = orderedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date notDueDeadline = action(notDue.orderId as String).dueDate

        when:
        Map dNotDue = draft(notDue.targetId as String)
        Map dNotServed = draft(notServed.targetId as String)
        Map dReady = draft(ready.targetId as String)
        file(notDue.targetId as String)
        List<String> serviceErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
        ScreenTestRender rest = restTest.render("s1/hpf/targets/${notServed.targetId}/courtReferral", [moquiSessionToken: TOKEN], "post")
        String restText = (rest.output ?: '') + ' ' + rest.errorMessages.join(' ')
        ec.message.clearAll()
        ScreenTestRender readyPage = appTest.render("Target/TargetDetail", [targetId: ready.targetId], null)
        ScreenTestRender notDuePage = appTest.render("Target/TargetDetail", [targetId: notDue.targetId], null)
        // the worklist is paged (20 a page, oldest deadline first) and other specs' orders may come first: all rows at once
        ScreenTestRender worklist = appTest.render("Enforcement/FindEnforcement", [overdueOnly: 'Y', pageNoLimit: 'true'], null)

        then:
        !dNotDue.canRefer
        dNotDue.whyNotList.contains(zh(EnforcementRules.ORDER_DEADLINE_NOT_PASSED, [deadline: notDueDeadline.toLocalDate()]))
        serviceErrors.contains(zh(EnforcementRules.ORDER_DEADLINE_NOT_PASSED, [deadline: notDueDeadline.toLocalDate()]))
        serviceErrors.every { it =~ /[\u4e00-\u9fff]/ }
        !dNotServed.canRefer
        dNotServed.whyNotList == [zh(CourtReferralRules.ORDER_NOT_SERVED, [documentNumber: notServed.orderNumber])]
        restText.contains('尚无送达记录')
        dReady.canRefer
        dReady.orderActionId == ready.orderId
        ec.entity.find("hpf.compliance.EnforcementAction").condition([targetId: notServed.targetId, actionTypeEnumId: 'HpfEaCourtReferral']).disableAuthz().count() == 0

        and: "the target page and the worklist offer the application only where it is allowed"
        !readyPage.errorMessages
        readyPage.output.contains('申请人民法院强制执行')
        readyPage.output.contains('NewCourtReferral')
        !notDuePage.output.contains('NewCourtReferral')
        worklist.output.contains(ready.orderNumber as String)
        worklist.output.contains('NewCourtReferral?targetId=' + ready.targetId)
        !worklist.output.contains('NewCourtReferral?targetId=' + notServed.targetId)
        worklist.output.contains('尚无送达记录')
    }

    def "the application is pre-filled with what the unit owed on the chosen day, by the screening rule, and the evidence list"() {
        given:
        Map t = orderedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date beforeBackPay = PushFixtures.daysAgo(6)
        Date today = PushFixtures.daysAgo(0)

        when:
        Map before = draft(t.targetId as String, [asOfDate: beforeBackPay])
        Map after = draft(t.targetId as String, [asOfDate: today])
        // the screening rule itself on the same rows, with the campaign's parameters (C 2025-02, A 2026-02, k 3)
        Map unitRow = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", t.unitId).one().getMap()
        List remRows = ec.entity.find("hpf.compliance.UnitRemittance").condition("unitId", t.unitId).list()*.getMap()
        UnitScreening screened = UnitScreener.screen(StoredScreening.unit(unitRow, [HpfAcsNormal: AccountStatus.NORMAL]),
                remRows.collect { StoredScreening.remittance(it, [HpfRtRegular: BusinessType.REGULAR, HpfRtBackPay: BusinessType.BACK_PAYMENT]) },
                ScreeningParams.of(YearMonth.of(2025, 2), YearMonth.of(2026, 2), 3))

        then: "before the back payment: 2025-01 (2,800 short) and 2025-02 .. 2026-02 (13 × 4,800)"
        before.canRefer
        before.owedMonths == 14
        before.amountOwed == 65200.00
        before.firstOwedMonth == '2025-01'
        before.paidThroughMonth == '2024-12'
        before.lastOwedMonth == '2026-02'

        and: "after it, 2025-02 is paid: the figure the screening gives"
        after.owedMonths == 13
        after.amountOwed == 60400.00
        after.owedMonths == screened.owedMonths()
        after.amountOwed == screened.amountOwed()

        and: "the evidence list: the letter and the order with their service, in date order"
        after.evidenceList*.documentNumber == ['TESTN-' + t.targetId, t.orderNumber]
        after.evidenceList*.serviceDate*.toString() == [PushFixtures.daysAgo(59).toString(), PushFixtures.daysAgo(39).toString()]

        when: "the application is made as of the day before the back payment"
        Map out = file(t.targetId as String, [asOfDate: beforeBackPay, courtName: '阳泉市城区人民法院'])
        Map a = action(out.actionId as String)
        def parsed = numbering.parse(out.documentNumber as String)
        Map again = draft(t.targetId as String)
        Map html = ec.service.sync().name("hpf.compliance.EnforcementServices.render#EnforcementDocument").parameters([actionId: out.actionId]).call()

        then:
        !ec.message.hasError()
        parsed.isPresent()
        parsed.get().branch() == 'YQ01'
        a.actionTypeEnumId == 'HpfEaCourtReferral'
        a.caseTypeEnumId == 'HpfCtArrears'
        a.statusId == 'HpfEnfIssued'
        a.priorActionId == t.orderId
        a.owedMonths == 14
        a.amountOwed == 65200.00
        a.owedAsOfDate.toString() == beforeBackPay.toString()
        a.courtName == '阳泉市城区人民法院'
        action(t.orderId as String).statusId == 'HpfEnfEscalated'
        !again.canRefer
        again.whyNotList.contains(zh(CourtReferralRules.REFERRAL_EXISTS, [documentNumber: out.documentNumber]))
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: t.targetId, actionId: out.actionId]).one().reason.contains(out.documentNumber as String)

        and: "the printed application"
        html.html.contains('强制执行申请书')
        html.html.contains(out.documentNumber as String)
        html.html.contains('65,200.00')
        html.html.contains('第三十八条')
        html.html.contains('证据清单')
        html.html.contains('TESTN-' + t.targetId)
        html.html.contains(t.orderNumber as String)
        html.html.contains('阳泉市城区人民法院')
        html.html.contains(a.unitName as String)
    }

    @Requires({ CjkFonts.find(PdfRenderer.forConfiguredPaths(System.getProperty('hpf_pdf_font_paths')).searchPath()).isPresent() })
    def "the application renders as PDF with its Chinese text, and as a print page"() {
        given:
        Map t = orderedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map out = file(t.targetId as String)
        assert !ec.message.hasError(), PushFixtures.errors(ec).toString()

        when:
        Map pdf = ec.service.sync().name("hpf.compliance.EnforcementServices.render#EnforcementDocument")
                .parameters([actionId: out.actionId, format: 'pdf']).call()
        String text = Loader.loadPDF(pdf.pdfBytes as byte[]).withCloseable { PDDocument doc -> new PDFTextStripper().getText(doc) }
        ec.artifactExecution.enableAuthz()
        ScreenTestRender page = appTest.render("Enforcement/PrintCourtReferral", [actionId: out.actionId], null)

        then:
        !ec.message.hasError()
        pdf.fileName == '强制执行申请书-' + out.documentNumber + '.pdf'
        text.replaceAll(/\s+/, '').contains('强制执行申请书')
        text.replaceAll(/\s+/, '').contains('60,400.00')
        !page.errorMessages
        page.output.contains('证据清单')
    }

    def "the court case is checked, every change is audited and shown; another branch and audit cannot change it"() {
        given:
        Map t = orderedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map out = file(t.targetId as String)
        String actionId = out.actionId
        def store = { Map values -> ec.service.sync().name("hpf.compliance.CourtReferralServices.store#CourtCase").parameters([actionId: actionId] + values).call() }

        when: "filed, then ruled and executed"
        store([courtName: '阳泉市城区人民法院'])
        store([courtName: '阳泉市城区人民法院', caseNumber: '（2026）晋0302执88号', filingDate: PushFixtures.daysAgo(0)])
        store([courtName: '阳泉市城区人民法院', caseNumber: '（2026）晋0302执88号', filingDate: PushFixtures.daysAgo(0),
               rulingDate: PushFixtures.daysAgo(0), rulingResultEnumId: 'HpfCrEnforce', executionResultEnumId: 'HpfCxPartial',
               amountRecovered: 30000.00])
        boolean stored = !ec.message.hasError()
        Map cc = ec.service.sync().name("hpf.compliance.CourtReferralServices.get#CourtCase").parameters([actionId: actionId]).call()

        and: "more recovered than applied for"
        store([courtName: '阳泉市城区人民法院', caseNumber: '（2026）晋0302执88号', filingDate: PushFixtures.daysAgo(0),
               rulingDate: PushFixtures.daysAgo(0), rulingResultEnumId: 'HpfCrEnforce', executionResultEnumId: 'HpfCxCompleted',
               amountRecovered: 99999.00])
        List<String> tooMuch = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        stored
        cc.courtCase.caseNumber == '（2026）晋0302执88号'
        cc.courtCase.amountRecovered == 30000.00
        cc.historyList.find { it.fieldName == 'caseNumber' }.newValue == '（2026）晋0302执88号'
        cc.historyList.find { it.fieldName == 'amountRecovered' }.newValue.startsWith('30000')
        cc.historyList.find { it.fieldName == 'rulingResultEnumId' }.newValue == '裁定准予强制执行'
        cc.historyList.every { it.changedBy }
        cc.historyList.find { it.fieldName == 'courtName' }.fieldLabel == '受理法院'
        tooMuch.contains(zh(CourtReferralRules.AMOUNT_ABOVE_APPLIED, [amount: '99999.00', applied: '60400.00']))

        when: "the page shows the case and its history"
        ec.artifactExecution.enableAuthz()
        ScreenTestRender page = appTest.render("Enforcement/EditEnforcement", [actionId: actionId], null)

        then:
        !page.errorMessages
        page.output.contains('案件变更记录')
        page.output.contains('（2026）晋0302执88号')
        page.output.contains('保存案件信息')

        when: "another branch: not found on every path"
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        ec.artifactExecution.enableAuthz()
        store([courtName: '别的法院'])
        List<String> otherErrors = PushFixtures.errors(ec)
        ec.message.clearAll()
        ScreenTestRender otherPage = appTest.render("Enforcement/EditEnforcement", [actionId: actionId], null)
        ScreenTestRender otherNew = appTest.render("Enforcement/NewCourtReferral", [targetId: t.targetId], null)
        ScreenTestRender otherRest = restTest.render("s1/hpf/enforcement/${actionId}/courtCase", null, "get")
        ScreenTestRender otherPut = restTest.render("s1/hpf/enforcement/${actionId}/courtCase", [courtName: '别的法院', moquiSessionToken: TOKEN], "put")
        ec.message.clearAll()

        and: "audit reads but cannot change"
        ec.user.logoutUser()
        ec.user.loginUser('hpf.audit', PASSWORD)
        ScreenTestRender auditRead = restTest.render("s1/hpf/enforcement/${actionId}/courtCase", null, "get")
        ScreenTestRender auditPut = restTest.render("s1/hpf/enforcement/${actionId}/courtCase", [courtName: '别的法院', moquiSessionToken: TOKEN], "put")
        ScreenTestRender auditPage = appTest.render("Enforcement/EditEnforcement", [actionId: actionId], null)
        ec.message.clearAll()

        then:
        otherErrors
        !otherPage.output.contains('（2026）晋0302执88号')
        !otherPage.output.contains(out.documentNumber as String)
        !otherNew.output.contains(t.orderNumber as String)
        otherNew.output.contains('未找到该催缴对象')
        otherRest.errorMessages.join(' ').contains('EntityValueNotFoundException')
        otherPut.errorMessages.join(' ').contains('EntityValueNotFoundException')
        auditRead.errorMessages.isEmpty()
        auditRead.output.contains('（2026）晋0302执88号')
        auditPut.errorMessages.join(' ').contains('ArtifactAuthorizationException')
        auditPage.output.contains('案件变更记录')
        !auditPage.output.contains('保存案件信息')
        ec.entity.find("hpf.compliance.CourtCase").condition("actionId", actionId).disableAuthz().one().courtName == '阳泉市城区人民法院'
    }

    def "the REST lists of enforcement actions and letters give a branch user its own branch's rows, never another's"() {
        given:
        Map own = orderedTarget('YQ01')
        Map other = orderedTarget('YQ02')
        ec.artifactExecution.enableAuthz()

        when:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String ownActions = restTest.render("s1/hpf/enforcement", [campaignId: PushFixtures.CAMPAIGN_ID, pageSize: '1000'], "get").output
        String ownLetters = restTest.render("s1/hpf/notices", [campaignId: PushFixtures.CAMPAIGN_ID, pageSize: '1000'], "get").output
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        String otherActions = restTest.render("s1/hpf/enforcement", [campaignId: PushFixtures.CAMPAIGN_ID, pageSize: '1000'], "get").output
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String officeActions = restTest.render("s1/hpf/enforcement", [campaignId: PushFixtures.CAMPAIGN_ID, pageSize: '1000'], "get").output

        then:
        ownActions.contains(own.orderId as String)
        !ownActions.contains(other.orderId as String)
        ownLetters.contains('TESTN-' + own.targetId)
        !ownLetters.contains('TESTN-' + other.targetId)
        otherActions.contains(other.orderId as String)
        !otherActions.contains(own.orderId as String)
        officeActions.contains(own.orderId as String)
        officeActions.contains(other.orderId as String)
    }

    def "the worklist's check of many targets at once judges each as the application's draft does; an unknown target says so"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        // the targets with an order to pay in the user's branch (the demo's and other specs')
        String ownBranch = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", 'YQ2026T325').one().branchId
        List<String> ids = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionTypeEnumId", 'HpfEaOrderToPay')
                .list()*.targetId.unique().findAll { ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", it).one()?.branchId == ownBranch }
        List<String> fields = ['canRefer', 'whyNotList', 'orderActionId', 'orderNumber', 'orderDueDate', 'orderServiceDate',
                               'existingReferralId', 'owedMonths', 'amountOwed', 'firstOwedMonth', 'paidThroughMonth', 'lastOwedMonth']

        when:
        Map checks = ec.service.sync().name("hpf.compliance.CourtReferralServices.check#CourtReferrals")
                .parameters([targetIds: ids + ['NO_SUCH_TARGET']]).call().checks
        Map drafts = ids.collectEntries { [(it): draft(it)] }
        List<String> differences = ids.collectMany { id -> fields.findAll { f -> checks[id][f] != drafts[id][f] }
                .collect { f -> "${id}.${f}: ${checks[id][f]} / ${drafts[id][f]}" as String } }

        then:
        ids.size() >= 5
        differences == []
        ids.any { checks[it].canRefer } && ids.any { !checks[it].canRefer }
        !checks['NO_SUCH_TARGET'].canRefer
        checks['NO_SUCH_TARGET'].whyNot == ec.resource.expand('Target ${targetId} was not found.', null, [targetId: 'NO_SUCH_TARGET'])
    }

    def "the demo city shows the chain at each stage, and its figures are those the screening rule gives"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date today = PushFixtures.daysAgo(0)
        Date e487Due = action('YQ2026E487').dueDate

        when:
        Map served = draft('YQ2026T072')
        Map withinDeadline = draft('YQ2026T487')
        Map overdue = draft('YQ2026T325')
        Map complied = draft('YQ2026T035')
        Map filed295 = draft('YQ2026T295', [issueDate: Date.valueOf('2026-07-01'), asOfDate: Date.valueOf('2026-07-01')])
        Map filed279 = draft('YQ2026T279', [issueDate: Date.valueOf('2026-07-10'), asOfDate: Date.valueOf('2026-07-10')])
        Map history = ec.service.sync().name("hpf.compliance.CourtReferralServices.get#CourtCase").parameters([actionId: 'YQ2026C295']).call()
        List<String> overdueIds = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders")
                .parameters([campaignId: 'YQ2026']).call().orderList*.actionId
        ec.artifactExecution.enableAuthz()
        String ownList = restTest.render("s1/hpf/enforcement", [campaignId: 'YQ2026'], "get").output
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        String otherList = restTest.render("s1/hpf/enforcement", [campaignId: 'YQ2026'], "get").output

        then: "letter served: an order comes first"
        served.whyNotList.contains(zh(EnforcementRules.ORDER_REQUIRED))
        and: "an order within its deadline, then overdue"
        withinDeadline.canRefer == today.after(e487Due)
        overdue.canRefer
        overdueIds.contains('YQ2026E325')
        !overdueIds.contains('YQ2026E487') || today.after(e487Due)
        and: "complied: nothing more"
        !complied.canRefer
        complied.whyNotList.contains(zh(EnforcementRules.UNIT_COMPLIED, [compliedDate: action('YQ2026E035').compliedDate.toLocalDate()]))
        and: "the applications made state what the screening rule gives on their day"
        filed295.owedMonths == action('YQ2026C295').owedMonths
        filed295.amountOwed == action('YQ2026C295').amountOwed
        filed295.amountOwed == 4126456.00
        filed279.owedMonths == 22
        filed279.amountOwed == action('YQ2026C279').amountOwed
        filed279.whyNotList.contains(zh(CourtReferralRules.REFERRAL_EXISTS, [documentNumber: action('YQ2026C279').documentNumber]))
        and: "the ruled case has its history"
        history.courtCase.amountRecovered == 2000000.00
        history.historyList.size() >= 9
        history.historyList.find { it.fieldName == 'filingDate' }.newValue == '2026-07-08'
        history.historyList.find { it.fieldName == 'executionResultEnumId' && it.newValue == '部分执行到位' }
        and: "each branch lists its own"
        ownList.contains('YQ2026C295')
        !ownList.contains('YQ2026E2022')
        otherList.contains('YQ2026E2022')
        !otherList.contains('YQ2026C295')
    }
}
