package hpf.compliance.moqui

import hpf.compliance.core.rules.EnforcementRules
import hpf.compliance.core.rules.NoticeNumbering
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared

import java.sql.Date
import java.time.LocalDate
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * The order to pay by a deadline (责令限期缴存通知书): offered only after a served guidance letter, numbered from the
 * campaign's order pattern per branch and year (also under concurrency), deadline defaulting to and never beyond the
 * campaign's order-deadline days, service recorded after the service rules, the worklist 期限届满仍未缴存, closing as
 * complied when the unit pays, and the fine that an arrears case never gets on any path.
 */
class EnforcementServicesTests extends HpfSpec {
    static final String ORDER_PATTERN = '测住金责〔{year}〕{branch}-{seq:4}号'
    static final String FINE_REASON_ZH = '欠缴案件不得罚款'
    @Shared NoticeNumbering numbering = NoticeNumbering.compile(ORDER_PATTERN)

    void setupFixtures() {
        PushFixtures.setup(ec)
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: PushFixtures.CAMPAIGN_ID, orderNumberPattern: ORDER_PATTERN,
                orderDeadlineDays: 20L]).update()
    }

    void cleanFixtures() { PushFixtures.clean(ec) }

    /** A target whose guidance letter was issued letterDaysAgo and served the day after (status HpfTgtServed). */
    String servedTarget(String branchId, int letterDaysAgo = 50) {
        String targetId = PushFixtures.target(ec, branchId, [statusId: 'HpfTgtServed'])
        Map t = PushFixtures.targetRow(ec, targetId)
        ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'N' + targetId, targetId: targetId, unitId: t.unitId,
                branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed', noticeNumber: 'TESTN-' + targetId,
                issueDate: PushFixtures.daysAgo(letterDaysAgo), rectifyByDate: PushFixtures.daysAgo(letterDaysAgo - 30),
                serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(letterDaysAgo - 1), recipientName: '李四',
                serviceOutcome: 'DELIVERED']).create()
        return targetId
    }

    Map issueOrder(String targetId, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.EnforcementServices.issue#OrderToPay").parameters([targetId: targetId] + more).call()
    }

    static String causes(Throwable t) {
        List<String> out = []
        while (t != null && out.size() < 20) { out.add(t.toString()); t = t.cause }
        return out.join(' | ')
    }

    Map order(String actionId) {
        return ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).useCache(false).disableAuthz().one()?.getMap()
    }

    def "an order to pay is numbered from the campaign's order pattern, due after the campaign's days, and moves the target"() {
        given:
        String targetId = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Date issued = PushFixtures.daysAgo(2)

        when:
        Map can = ec.service.sync().name("hpf.compliance.EnforcementServices.check#CanIssueOrder").parameters([targetId: targetId]).call()
        Map out = issueOrder(targetId, [issueDate: issued])
        Map o = order(out.actionId as String)
        Map target = PushFixtures.targetRow(ec, targetId)
        def parsed = numbering.parse(out.documentNumber as String)

        then:
        can.canIssueOrder
        'ORDER_WITH_DEADLINE' in can.allowedActions
        !ec.message.hasError()
        parsed.isPresent()
        parsed.get().branch() == 'YQ01'
        parsed.get().year() == issued.toLocalDate().year
        o.documentSeqNum == parsed.get().seq()
        o.statusId == 'HpfEnfIssued'
        o.caseTypeEnumId == 'HpfCtArrears'
        o.actionTypeEnumId == 'HpfEaOrderToPay'
        o.dueDate.toLocalDate() == issued.toLocalDate().plusDays(20)
        o.noticeId == 'N' + targetId
        o.amountOwed == 67200.00
        o.unitName.startsWith('推进测试单位')
        target.statusId == 'HpfTgtEnforcing'
        target.nextDeadlineDate.toString() == o.dueDate.toString()
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: targetId, actionId: out.actionId,
                toStatusId: 'HpfTgtEnforcing']).count() == 1

        when: "a second order while the first is in force"
        ec.message.clearAll()
        issueOrder(targetId)

        then:
        ec.message.hasError()
        PushFixtures.errors(ec).any { it.contains(out.documentNumber as String) }
    }

    def "an order is refused without a served letter, and a deadline beyond the campaign's days is refused"() {
        given:
        String fresh = PushFixtures.target(ec, 'YQ01')
        String served = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)

        when: "no letter served yet"
        Map can = ec.service.sync().name("hpf.compliance.EnforcementServices.check#CanIssueOrder").parameters([targetId: fresh]).call()
        issueOrder(fresh)
        List<String> noLetter = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "a deadline of 25 days where the campaign allows 20"
        issueOrder(served, [issueDate: PushFixtures.daysAgo(1), dueDate: PushFixtures.daysAgo(-24)])
        List<String> tooLong = PushFixtures.errors(ec)

        then:
        !can.canIssueOrder
        can.whyNotOrder == PushFixtures.message(ec, EnforcementRules.GUIDANCE_LETTER_FIRST)
        noLetter.contains(PushFixtures.message(ec, EnforcementRules.GUIDANCE_LETTER_FIRST))
        tooLong.contains(PushFixtures.message(ec, EnforcementRules.ORDER_DEADLINE_TOO_LONG, [days: 25L, max: 20]))
        ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", "in", [fresh, served]).count() == 0
        PushFixtures.targetRow(ec, served).statusId == 'HpfTgtServed'
    }

    def "another branch cannot issue an order on the target"() {
        given:
        String targetId = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ02_USER)

        when:
        ec.artifactExecution.enableAuthz()
        boolean refused
        try {
            issueOrder(targetId)
            refused = ec.message.hasError()
        } catch (Throwable t) {
            refused = true
        }

        then:
        refused
        ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId).disableAuthz().count() == 0
    }

    def "service of an order is recorded after the service rules, as for letters"() {
        given:
        String targetId = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String actionId = issueOrder(targetId, [issueDate: PushFixtures.daysAgo(3)]).actionId

        when: "left at the premises without a witness"
        ec.service.sync().name("hpf.compliance.EnforcementServices.record#EnforcementService").parameters([actionId: actionId,
                serviceMethodEnumId: 'HpfSmLeft', serviceDate: PushFixtures.daysAgo(2), recipientName: '王五', recipientRefused: 'Y']).call()
        boolean refused = ec.message.hasError()
        ec.message.clearAll()

        and: "served in person"
        ec.service.sync().name("hpf.compliance.EnforcementServices.record#EnforcementService").parameters([actionId: actionId,
                serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(2), recipientName: '王五']).call()
        boolean served = !ec.message.hasError()
        Map o = order(actionId)
        Map proof = ec.service.sync().name("hpf.compliance.EnforcementServices.render#EnforcementDocument")
                .parameters([actionId: actionId, documentKind: 'PROOF']).call()
        Map doc = ec.service.sync().name("hpf.compliance.EnforcementServices.render#EnforcementDocument")
                .parameters([actionId: actionId]).call()

        then:
        refused
        served
        o.serviceOutcome == 'DELIVERED'
        o.serviceDate.toString() == PushFixtures.daysAgo(2).toString()
        o.recipientName == '王五'
        proof.html.contains('送 达 回 证')
        proof.html.contains('《责令限期缴存通知书》' + o.documentNumber)
        proof.html.contains('签收人：王五')
        doc.html.contains('责令限期缴存通知书')
        doc.html.contains('第二十条')
        doc.html.contains('第三十八条')
        doc.html.contains('申请人民法院强制执行')
        doc.html.contains('TESTN-' + targetId)
        doc.html.contains(o.documentNumber as String)
    }

    def "the worklist lists orders past their deadline whose unit still owes; a unit that pays closes them as complied"() {
        given: "orders issued 30 days ago, due 10 days ago"
        String unpaid = servedTarget('YQ01')
        String partly = servedTarget('YQ01')
        String paying = servedTarget('YQ01')
        String notDue = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        Map ids = [unpaid, partly, paying].collectEntries { [(it): issueOrder(it, [issueDate: PushFixtures.daysAgo(30)]).actionId] }
        String notDueId = issueOrder(notDue, [issueDate: PushFixtures.daysAgo(2)]).actionId
        assert !ec.message.hasError()

        when: "a later screening finds one partly paid and one paid up; payment recovery runs"
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: partly, amountOwed: 30000.00]).update()
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: paying, amountOwed: 0.00]).update()
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.RecoveryServices.apply#PaymentRecovery").parameters([campaignId: PushFixtures.CAMPAIGN_ID]).call()
        assert !ec.message.hasError()
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        List<Map> overdue = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID]).call().orderList
        List<String> overdueIds = overdue*.actionId
        Map paidOrder = order(ids[paying] as String)
        Map can = ec.service.sync().name("hpf.compliance.EnforcementServices.check#CanIssueOrder").parameters([targetId: paying]).call()

        then:
        ids[unpaid] in overdueIds
        ids[partly] in overdueIds
        !(ids[paying] in overdueIds)
        !(notDueId in overdueIds)
        paidOrder.statusId == 'HpfEnfComplied'
        paidOrder.compliedDate != null
        PushFixtures.targetRow(ec, paying).statusId == 'HpfTgtRectified'
        order(ids[unpaid] as String).statusId == 'HpfEnfIssued'
        !can.canIssueOrder
        ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: paying, actionId: ids[paying],
                activityTypeEnumId: 'HpfActEnforcement']).count() >= 2

        when: "the worklist screen and REST show the same"
        ec.artifactExecution.enableAuthz()
        // the list is paged (20 a page, oldest deadline first); the spec's orders may sit on any page: all rows at once
        ScreenTestRender page = appTest.render("Enforcement/FindEnforcement", [overdueOnly: 'Y', pageNoLimit: 'true'], null)
        ScreenTestRender rest = restTest.render("s1/hpf/enforcement/overdue", [campaignId: PushFixtures.CAMPAIGN_ID], "get")

        then:
        !page.errorMessages
        page.assertContains(order(ids[unpaid] as String).documentNumber as String)
        !page.output.contains(paidOrder.documentNumber as String)
        rest.output.contains(ids[unpaid] as String)
        !rest.output.contains(ids[paying] as String)
    }

    def "the worklist 期限届满仍未缴存 shows one page at a time, in the service's order, and its CSV export takes every order"() {
        given: "three orders past their deadline on different days"
        List<String> targets = (0..2).collect { servedTarget('YQ01') }
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        targets.eachWithIndex { String t, int i -> issueOrder(t, [issueDate: PushFixtures.daysAgo(30 + i)]) }
        assert !ec.message.hasError()
        // the rows the branch user's screen lists: its branch's (the screen's find has the branch scope)
        List<String> numbers = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders").parameters([branchId: 'YQ01']).call()
                .orderList.collect { it.documentNumber as String }
        List<String> ours = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", "in", targets)
                .useCache(false).list().collect { it.documentNumber as String }

        when: "each page of one row, and the export's render (pageNoLimit)"
        ec.artifactExecution.enableAuthz()
        List<String> pages = (0..<numbers.size()).collect { int i ->
            appTest.render("Enforcement/FindEnforcement", [overdueOnly: 'Y', pageSize: '1', pageIndex: i as String], null).output }
        String all = appTest.render("Enforcement/FindEnforcement", [overdueOnly: 'Y', pageNoLimit: 'true'], null).output

        then:
        numbers.containsAll(ours)
        pages.size() == numbers.size()
        pages.withIndex().every { String page, int i -> page.contains(numbers[i]) && numbers.findAll { it != numbers[i] }.every { !page.contains(it) } }
        numbers.every { all.contains(it) }
    }

    def "期限届满仍未缴存 judges paid-up to the fen as payment recovery does, and a page of it counts every order"() {
        given: "two overdue orders whose targets owe less than half a fen and exactly half a fen"
        String rounding = servedTarget('YQ01')
        String halfFen = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String roundingId = issueOrder(rounding, [issueDate: PushFixtures.daysAgo(30)]).actionId
        String halfFenId = issueOrder(halfFen, [issueDate: PushFixtures.daysAgo(30)]).actionId
        assert !ec.message.hasError()
        // set by hand, without the recovery run, so that only the worklist's own paid-up rule decides
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: rounding, amountOwed: 0.004G]).update()
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: halfFen, amountOwed: 0.005G]).update()

        when:
        Map all = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders").parameters([branchId: 'YQ01']).call()
        Map page = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders")
                .parameters([branchId: 'YQ01', pageIndex: 1, pageSize: 2]).call()
        List<String> allIds = all.orderList*.actionId

        then: "RecoveryCalculator rounds 0.004 to 0.00 (rectified) and 0.005 to 0.01 (still owed)"
        !(roundingId in allIds)
        halfFenId in allIds
        page.orderCount == allIds.size()
        page.orderList*.actionId == allIds.drop(2).take(2)
    }

    def "five users issuing orders at the same moment get five distinct consecutive numbers"() {
        given:
        String code = 'E' + PushFixtures.RUN
        String branchId = 'HPFT_BR_' + code
        ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: branchId, branchCode: code,
                branchName: '责令并发测试管理部', branchTypeEnumId: 'HpfBrtManagementDept']).createOrUpdate()
        List<String> targetIds = (1..5).collect { servedTarget(branchId) }

        when:
        List<Map> results = callAtOnce(targetIds, PushFixtures.OFFICE_USER, "hpf.compliance.EnforcementServices.issue#OrderToPay", 'documentNumber')
        List<String> numbers = results.findAll { !it.error }*.documentNumber
        List<Integer> seqs = numbers.collect { numbering.parse(it).get().seq() }.sort()

        then:
        results.size() == 5
        results.every { !it.error }
        numbers.unique(false).size() == 5
        seqs == (1..5).toList()
        ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtOrderToPay',
                branchId: branchId, sequenceYear: (long) LocalDate.now().year]).one().lastSeqNum == 5
    }

    def "a fine on an arrears case is refused by the service, REST, the entity and a data file, with the regulation's reason"() {
        given:
        String targetId = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String actionId = issueOrder(targetId, [issueDate: PushFixtures.daysAgo(1)]).actionId
        String reason = PushFixtures.message(ec, EnforcementRules.FINE_NOT_ALLOWED_FOR_ARREARS)
        assert reason.contains(FINE_REASON_ZH)

        when: "the service"
        ec.service.sync().name("hpf.compliance.EnforcementServices.update#EnforcementAction")
                .parameters([actionId: actionId, fineAmount: 20000.00]).call()
        List<String> serviceErrors = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "REST"
        ec.artifactExecution.enableAuthz()
        ScreenTestRender rest = restTest.render("s1/hpf/enforcement/" + actionId, [fineAmount: '20000',
                moquiSessionToken: 'TestSessionToken'], "patch")
        String restText = (rest.output ?: '') + ' ' + rest.errorMessages.join(' ') + ' ' + PushFixtures.errors(ec).join(' ')
        ec.message.clearAll()
        ec.artifactExecution.disableAuthz()

        and: "the entity service store#, as any import or script would write it"
        String entityError = null
        try {
            ec.service.sync().name("store#hpf.compliance.EnforcementAction").parameters([actionId: actionId, fineAmount: 20000.00]).call()
            entityError = PushFixtures.errors(ec).join(' ')
        } catch (Throwable t) {
            entityError = causes(t)
        }
        ec.message.clearAll()

        and: "a data file"
        String loadError = null
        try {
            ec.entity.makeDataLoader().xmlText("""<entity-facade-xml type="demo"><hpf.compliance.EnforcementAction actionId="${actionId}X"
                    targetId="${targetId}" caseTypeEnumId="HpfCtArrears" actionTypeEnumId="HpfEaOrderToPay" statusId="HpfEnfIssued"
                    fineAmount="30000"/></entity-facade-xml>""").load()
            loadError = PushFixtures.errors(ec).join(' ')
        } catch (Throwable t) {
            loadError = causes(t) + ' ' + PushFixtures.errors(ec).join(' ')
        }
        ec.message.clearAll()

        then:
        serviceErrors.contains(reason)
        restText.contains(FINE_REASON_ZH)
        entityError.contains(FINE_REASON_ZH)
        loadError.contains(FINE_REASON_ZH)
        order(actionId).fineAmount == null
        order(actionId + 'X') == null
    }

    def "the campaign's order number pattern is checked like the letter pattern"() {
        given:
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when:
        ec.service.sync().name("hpf.compliance.CampaignServices.check#CampaignParameters")
                .parameters([orderNumberPattern: '阳住金责〔{year}〕{branch}号']).call()
        List fields = ec.message.validationErrors*.field
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.CampaignServices.check#CampaignParameters")
                .parameters([orderNumberPattern: ORDER_PATTERN]).call()

        then:
        'orderNumberPattern' in fields
        !ec.message.hasError()
    }

    def "the edit screen offers no fine field for an arrears case"() {
        given:
        String targetId = servedTarget('YQ01')
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        String actionId = issueOrder(targetId, [issueDate: PushFixtures.daysAgo(1)]).actionId
        ec.artifactExecution.enableAuthz()

        when:
        ScreenTestRender page = appTest.render("Enforcement/EditEnforcement", [actionId: actionId], null)
        ScreenTestRender target = appTest.render("Target/TargetDetail", [targetId: targetId], null)

        then:
        !page.errorMessages
        page.assertContains(order(actionId).documentNumber as String)
        !page.output.contains('罚款金额')
        !page.output.contains('name="fineAmount"')
        !target.errorMessages
        target.assertContains(order(actionId).documentNumber as String)
    }

    def "the campaign dashboard counts the orders its 期限届满仍未缴存 link lists, and an empty worklist renders"() {
        given: "two orders past their deadline"
        List<String> targets = (0..1).collect { servedTarget('YQ01') }
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        targets.each { String t -> issueOrder(t, [issueDate: PushFixtures.daysAgo(40)]) }
        assert !ec.message.hasError()
        // the orders the branch user's worklist holds: its branch's (the screens' finds have the branch scope)
        List<String> listed = ec.service.sync().name("hpf.compliance.EnforcementServices.find#OverdueOrders")
                .parameters([campaignId: PushFixtures.CAMPAIGN_ID, branchId: 'YQ01']).call().orderList.collect { it.documentNumber as String }
        ec.artifactExecution.enableAuthz()

        when: "the dashboard, and the worklist of the campaign its link opens, as the branch user"
        ScreenTestRender worklist = appTest.render("Enforcement/FindEnforcement",
                [overdueOnly: 'Y', campaignId: PushFixtures.CAMPAIGN_ID, pageNoLimit: 'true'], null)
        ScreenTestRender board = appTest.render("Campaign/CampaignDashboard", [campaignId: PushFixtures.CAMPAIGN_ID], null)
        // a campaign without orders: nothing to judge for the court, and the page says the list is empty
        ScreenTestRender empty = appTest.render("Enforcement/FindEnforcement", [overdueOnly: 'Y', campaignId: 'HPF_NO_ORDERS'], null)

        then:
        listed.size() >= 2
        !worklist.errorMessages
        listed.every { worklist.output.contains(it) }
        !board.errorMessages
        board.output.contains("期限届满仍未缴存: ${listed.size()}")
        board.output.contains("overdueOnly=Y") && board.output.contains("campaignId=${PushFixtures.CAMPAIGN_ID}")
        !empty.errorMessages
        !empty.output.contains(listed[0])
    }
}
