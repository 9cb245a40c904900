package hpf.compliance.moqui

import hpf.compliance.core.rules.UnitListRules
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date

/**
 * The unit lists (通报批评, 失信, 守信) and the publicity log: a proposal is refused for a unit that did not ignore an
 * order, a leader approves (the office may not), publication gives the printed 通报 and the website's CSV, removal keeps
 * the entry and its history and waits until the unit has rectified, the credit export is off until the property
 * enables it, the 守信 rule holds at 24 months, branch staff see their own branch only and audit only reads.
 */
class UnitListServicesTests extends Specification {
    static final String PASSWORD = "hpf@2026"
    static final String TOKEN = "TestSessionToken"
    static final String NOT_FOUND = "org.moqui.entity.EntityValueNotFoundException"
    static final String FORBIDDEN = "org.moqui.context.ArtifactAuthorizationException"
    @Shared ExecutionContext ec
    @Shared ScreenTest restTest
    @Shared ScreenTest appTest

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        PushFixtures.setup(ec)
        ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: PushFixtures.CAMPAIGN_ID,
                orderNumberPattern: '测住金责〔{year}〕{branch}-{seq:4}号', orderDeadlineDays: 20L]).update()
        ec.artifactExecution.enableAuthz()
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
    }

    def cleanupSpec() {
        ec.artifactExecution.disableAuthz()
        List<String> unitIds = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", "like", "HPFT_PU_%").list()*.unitId
        if (unitIds) {
            List pubIds = ec.entity.find("hpf.compliance.UnitListEntry").condition("unitId", "in", unitIds).list()*.publicationId.findAll { it }
            ec.entity.find("hpf.compliance.UnitListEntry").condition("unitId", "in", unitIds).deleteAll()
            if (pubIds) ec.entity.find("hpf.compliance.UnitListPublication").condition("publicationId", "in", pubIds).deleteAll()
        }
        ec.entity.find("hpf.compliance.PublicityRecord").condition("campaignId", PushFixtures.CAMPAIGN_ID).deleteAll()
        PushFixtures.clean(ec)
        System.clearProperty("hpf_credit_export_enabled")
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() { ec.artifactExecution.disableAuthz() }

    def cleanup() {
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
        System.clearProperty("hpf_credit_export_enabled")
    }

    /** A target of the branch whose letter was served and whose order to pay was issued orderDaysAgo (due 20 days later). */
    String orderedTarget(String branchId, int orderDaysAgo) {
        String targetId = PushFixtures.target(ec, branchId, [statusId: 'HpfTgtServed'])
        Map t = PushFixtures.targetRow(ec, targetId)
        ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'N' + targetId, targetId: targetId, unitId: t.unitId,
                branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed', noticeNumber: 'TESTN-' + targetId,
                issueDate: PushFixtures.daysAgo(orderDaysAgo + 40), rectifyByDate: PushFixtures.daysAgo(orderDaysAgo + 10),
                serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(orderDaysAgo + 39), recipientName: '李四',
                serviceOutcome: 'DELIVERED']).create()
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        ec.service.sync().name("hpf.compliance.EnforcementServices.issue#OrderToPay")
                .parameters([targetId: targetId, issueDate: PushFixtures.daysAgo(orderDaysAgo)]).call()
        assert !ec.message.hasError(), ec.message.errorsString
        return targetId
    }

    String unitOf(String targetId) { PushFixtures.targetRow(ec, targetId).unitId as String }

    Map propose(String listTypeEnumId, String unitId, Map more = [:]) {
        return ec.service.sync().name("hpf.compliance.UnitListServices.propose#UnitListEntry")
                .parameters([listTypeEnumId: listTypeEnumId, unitId: unitId] + more).call()
    }

    Map entry(String entryId) {
        return ec.entity.find("hpf.compliance.UnitListEntry").condition("entryId", entryId).useCache(false).disableAuthz().one()?.getMap()
    }

    List<String> statusHistory(String entryId) {
        return ec.entity.find("moqui.entity.EntityAuditLog").condition([changedEntityName: "hpf.compliance.UnitListEntry",
                changedFieldName: "statusId", pkPrimaryValue: entryId]).orderBy("changedDate").disableAuthz().list()*.newValueText
    }

    /** A normal unit opened on the first of openedMonth that paid every month in full up to 2026-02. */
    String payingUnit(String branchId, String openedMonth) {
        String n = PushFixtures.RUN + '_' + PushFixtures.COUNTER.incrementAndGet()
        String unitId = 'HPFT_PU_' + n
        ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: unitId, unitAccountNo: 'T' + n, unitName: '守信测试单位' + n,
                usccCode: '91140300MA0GOOD' + n[-3..-1], branchId: branchId, accountStatusEnumId: 'HpfAcsNormal',
                openedDate: Date.valueOf(openedMonth + '-01'), workerCount: 10L, monthlyDueAmount: 2400.00]).create()
        java.time.YearMonth m = java.time.YearMonth.parse(openedMonth)
        while (!m.isAfter(java.time.YearMonth.of(2026, 2))) {
            ec.entity.makeValue("hpf.compliance.UnitRemittance").setAll([unitId: unitId, remitMonth: m.toString(), remitTypeEnumId: 'HpfRtRegular',
                    dueAmount: 2400.00, paidAmount: 2400.00, paidDate: Date.valueOf(m.atDay(15))]).create()
            m = m.plusMonths(1)
        }
        return unitId
    }

    def "通报批评 is refused for a unit that did not ignore an order; a leader approves, the office publishes the 通报 and its CSV"() {
        given:
        String fresh = PushFixtures.target(ec, 'YQ01')
        String notDue = orderedTarget('YQ01', 5)
        String ignored = orderedTarget('YQ01', 30)
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when: "no order at all, and an order whose deadline has not passed"
        propose('HpfUltCriticism', unitOf(fresh))
        List<String> noOrder = PushFixtures.errors(ec)
        ec.message.clearAll()
        propose('HpfUltCriticism', unitOf(notDue))
        List<String> stillRunning = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "the order's deadline passed while the unit still owes"
        Map candidates = ec.service.sync().name("hpf.compliance.UnitListServices.find#ListCandidates")
                .parameters([listTypeEnumId: 'HpfUltCriticism', campaignId: PushFixtures.CAMPAIGN_ID]).call()
        String entryId = propose('HpfUltCriticism', unitOf(ignored)).entryId
        ec.message.clearAll()
        Map twice = propose('HpfUltCriticism', unitOf(ignored))
        List<String> again = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        noOrder.contains(PushFixtures.message(ec, UnitListRules.ORDER_NOT_IGNORED))
        stillRunning.contains(PushFixtures.message(ec, UnitListRules.ORDER_NOT_IGNORED))
        unitOf(ignored) in candidates.candidateList*.unitId
        !(unitOf(notDue) in candidates.candidateList*.unitId)
        entryId
        entry(entryId).statusId == 'HpfUleProposed'
        entry(entryId).reasonEnumId == 'HpfUlrOrderIgnored'
        entry(entryId).actionId
        entry(entryId).branchId == 'YQ01'
        !twice?.entryId
        again.any { it.contains('已在此名单中') }
        ec.entity.find("hpf.compliance.UnitListEntry").condition("unitId", "in", [unitOf(fresh), unitOf(notDue)]).disableAuthz().count() == 0

        when: "the office may not approve"
        boolean officeRefused
        ec.artifactExecution.enableAuthz()
        try {
            ec.service.sync().name("hpf.compliance.UnitListServices.approve#UnitListEntry").parameters([entryId: entryId]).call()
            officeRefused = ec.message.hasError()
        } catch (Throwable t) { officeRefused = true }
        ec.artifactExecution.disableAuthz()
        ec.message.clearAll()

        and: "a leader approves"
        PushFixtures.login(ec, 'hpf.leader')
        ec.service.sync().name("hpf.compliance.UnitListServices.approve#UnitListEntry")
                .parameters([entryId: entryId, decisionComments: '同意通报']).call()
        boolean approved = !ec.message.hasError()

        and: "the office publishes it on the website"
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String publicationId = ec.service.sync().name("hpf.compliance.UnitListServices.publish#UnitList").parameters([
                listTypeEnumId: 'HpfUltCriticism', entryIds: [entryId], campaignId: PushFixtures.CAMPAIGN_ID,
                documentNumber: '测住金通〔2026〕1号', title: '关于对拒不缴存住房公积金单位予以通报批评的通报',
                publishedDate: PushFixtures.daysAgo(0), channelEnumId: 'HpfPchWebsite', link: 'https://example.cn/tb/1']).call().publicationId
        Map doc = ec.service.sync().name("hpf.compliance.UnitListServices.render#PublicationDocument").parameters([publicationId: publicationId]).call()
        Map csv = ec.service.sync().name("hpf.compliance.UnitListServices.get#PublicationCsv").parameters([publicationId: publicationId]).call()
        String unitName = entry(entryId).unitName

        then:
        officeRefused
        approved
        !ec.message.hasError()
        entry(entryId).statusId == 'HpfUlePublished'
        entry(entryId).decidedByUserId == 'HpfULeader'
        entry(entryId).publicationId == publicationId
        entry(entryId).listedDate != null
        statusHistory(entryId) == ['HpfUleProposed', 'HpfUleApproved', 'HpfUlePublished']
        doc.html.contains('通报批评')
        doc.html.contains(unitName)
        doc.html.contains('测住金通〔2026〕1号')
        doc.html.contains('第三十八条')
        csv.csvText.startsWith('\uFEFF序号,单位名称,统一社会信用代码,所属机构,通报事由,通报日期')
        csv.csvText.contains(unitName)

        when: "the screens show it"
        ec.artifactExecution.enableAuthz()
        ScreenTestRender list = appTest.render("UnitList/FindUnitListEntry", [listTypeEnumId: 'HpfUltCriticism'], null)
        ScreenTestRender print = appTest.render("UnitList/PrintPublication", [publicationId: publicationId], null)

        then:
        !list.errorMessages
        list.assertContains(unitName)
        !print.errorMessages
        print.assertContains(unitName)
    }

    def "a unit is taken off the list only once it has rectified, and the entry keeps its history"() {
        given:
        String targetId = orderedTarget('YQ01', 30)
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String entryId = propose('HpfUltCriticism', unitOf(targetId)).entryId
        PushFixtures.login(ec, 'hpf.leader')
        ec.service.sync().name("hpf.compliance.UnitListServices.approve#UnitListEntry").parameters([entryId: entryId]).call()
        assert !ec.message.hasError()
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when: "while the unit still owes"
        ec.service.sync().name("hpf.compliance.UnitListServices.remove#UnitListEntry").parameters([entryId: entryId, removalReason: '已整改']).call()
        List<String> owes = PushFixtures.errors(ec)
        ec.message.clearAll()

        and: "after it paid up (payment recovery closes its order as complied)"
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: targetId, amountOwed: 0.00]).update()
        ec.service.sync().name("hpf.compliance.RecoveryServices.apply#PaymentRecovery").parameters([campaignId: PushFixtures.CAMPAIGN_ID]).call()
        assert !ec.message.hasError()
        ec.service.sync().name("hpf.compliance.UnitListServices.remove#UnitListEntry").parameters([entryId: entryId]).call()
        List<String> noReason = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.UnitListServices.remove#UnitListEntry").parameters([entryId: entryId,
                removalReason: '单位已足额补缴，整改到位']).call()
        boolean removed = !ec.message.hasError()
        Map got = ec.service.sync().name("hpf.compliance.UnitListServices.get#UnitListEntry").parameters([entryId: entryId]).call()
        ec.artifactExecution.enableAuthz()
        ScreenTestRender page = appTest.render("UnitList/EditUnitListEntry", [entryId: entryId], null)

        then:
        owes.contains(PushFixtures.message(ec, UnitListRules.REMOVAL_STILL_OWES))
        noReason.contains(PushFixtures.message(ec, UnitListRules.REMOVAL_REASON_REQUIRED))
        removed
        entry(entryId).statusId == 'HpfUleRemoved'
        entry(entryId).removedDate != null
        entry(entryId).removalReason == '单位已足额补缴，整改到位'
        entry(entryId).removedByUserId == 'HpfUOffice'
        entry(entryId).decisionDate != null
        statusHistory(entryId) == ['HpfUleProposed', 'HpfUleApproved', 'HpfUleRemoved']
        got.historyList*.newValueText.contains('HpfUleRemoved')
        !page.errorMessages
        page.assertContains('单位已足额补缴，整改到位')
    }

    def "失信 for court enforcement needs a leader's decision number; the credit export is off until the property enables it"() {
        given: "a unit under court enforcement (an application to the court, issued)"
        String targetId = PushFixtures.target(ec, 'YQ01', [statusId: 'HpfTgtEnforcing'])
        String unitId = unitOf(targetId)
        ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: 'HPFT_CR_' + targetId, targetId: targetId, unitId: unitId,
                branchId: 'YQ01', campaignId: PushFixtures.CAMPAIGN_ID, caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaCourtReferral',
                statusId: 'HpfEnfIssued', issueDate: PushFixtures.daysAgo(3), documentNumber: '（2026）晋0302执申' + targetId[-4..-1]]).create()
        String plain = PushFixtures.target(ec, 'YQ01')
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when:
        propose('HpfUltDishonest', unitOf(plain))
        List<String> notDishonest = PushFixtures.errors(ec)
        ec.message.clearAll()
        String entryId = propose('HpfUltDishonest', unitId).entryId
        PushFixtures.login(ec, 'hpf.leader')
        ec.service.sync().name("hpf.compliance.UnitListServices.approve#UnitListEntry").parameters([entryId: entryId]).call()
        List<String> noNumber = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.service.sync().name("hpf.compliance.UnitListServices.approve#UnitListEntry").parameters([entryId: entryId,
                decisionNumber: '测住金信〔2026〕9号', decisionDate: PushFixtures.daysAgo(1)]).call()
        boolean approved = !ec.message.hasError()

        then:
        notDishonest.contains(PushFixtures.message(ec, UnitListRules.NOT_DISHONEST))
        entry(entryId).reasonEnumId == 'HpfUlrCourtEnforcement'
        entry(entryId).actionId == 'HPFT_CR_' + targetId
        noNumber.contains(PushFixtures.message(ec, UnitListRules.DECISION_NUMBER_REQUIRED))
        approved
        entry(entryId).statusId == 'HpfUleApproved'
        entry(entryId).listedDate.toString() == PushFixtures.daysAgo(1).toString()

        when: "the export while the property is off: the service, REST and the screen say why"
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String whyNot = ec.l10n.localize('The export for the credit platform is not enabled: publishing credit lists needs legal sign-off first. An administrator enables it by setting the property hpf_credit_export_enabled to true.')
        ec.service.sync().name("hpf.compliance.UnitListServices.get#CreditExport").parameters([format: 'csv']).call()
        List<String> off = PushFixtures.errors(ec)
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
        ScreenTestRender restOff = restTest.render("s1/hpf/unitLists/creditExport", [format: 'csv'], "get")
        String restOffText = (restOff.output ?: '') + ' ' + restOff.errorMessages.join(' ') + ' ' + PushFixtures.errors(ec).join(' ')
        ec.message.clearAll()
        ScreenTestRender pageOff = appTest.render("UnitList/FindUnitListEntry", null, null)

        and: "and once an administrator enabled it"
        System.setProperty("hpf_credit_export_enabled", "true")
        ec.artifactExecution.disableAuthz()
        Map csv = ec.service.sync().name("hpf.compliance.UnitListServices.get#CreditExport").parameters([format: 'csv']).call()
        Map xlsx = ec.service.sync().name("hpf.compliance.UnitListServices.get#CreditExport").parameters([format: 'xlsx']).call()
        ec.artifactExecution.enableAuthz()
        ScreenTestRender restOn = restTest.render("s1/hpf/unitLists/creditExport", [format: 'csv'], "get")
        String usccCode = entry(entryId).usccCode

        then:
        whyNot.contains('hpf_credit_export_enabled')
        whyNot =~ /[\u4e00-\u9fff]/
        off.contains(whyNot)
        restOffText.contains(whyNot)
        !pageOff.errorMessages
        pageOff.assertContains(whyNot)
        !ec.message.hasError()
        csv.csvText.startsWith('\uFEFF统一社会信用代码,单位名称,列入类型,列入事由,决定文号,列入日期,移出日期\r\n')
        csv.csvText.contains(usccCode + ',' + entry(entryId).unitName + ',失信,逾期不缴或者少缴住房公积金，已申请人民法院强制执行,测住金信〔2026〕9号,' +
                PushFixtures.daysAgo(1).toString() + ',\r\n')
        xlsx.fileName.endsWith('.xlsx')
        new String(Base64.decoder.decode(xlsx.contentBase64 as String), 0, 2, 'ISO-8859-1') == 'PK'
        restOn.errorMessages.isEmpty()
        restOn.output.contains('contentBase64')
    }

    def "守信 needs 24 months in a row paid on time: 24 qualify, 23 do not"() {
        given:
        String exactly = payingUnit('YQ01', '2024-03')
        String oneShort = payingUnit('YQ01', '2024-04')
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when:
        Map standing = ec.service.sync().name("hpf.compliance.UnitListServices.get#UnitStanding")
                .parameters([unitId: exactly, referenceMonth: '2026-02']).call()
        Map candidates = ec.service.sync().name("hpf.compliance.UnitListServices.find#ListCandidates")
                .parameters([listTypeEnumId: 'HpfUltTrustworthy', referenceMonth: '2026-02', branchId: 'YQ01']).call()
        String entryId = propose('HpfUltTrustworthy', exactly, [referenceMonth: '2026-02']).entryId
        ec.message.clearAll()
        propose('HpfUltTrustworthy', oneShort, [referenceMonth: '2026-02'])
        List<String> short23 = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        standing.compliantMonths == 24
        candidates.requiredMonths == 24
        exactly in candidates.candidateList*.unitId
        !(oneShort in candidates.candidateList*.unitId)
        entryId
        entry(entryId).compliantMonths == 24
        entry(entryId).referenceMonth == '2026-02'
        entry(entryId).reasonEnumId == 'HpfUlrCompliant'
        short23.contains(PushFixtures.message(ec, UnitListRules.NOT_COMPLIANT_LONG_ENOUGH, [months: 23, month: '2026-02', required: 24]))
    }

    def "branch staff see only their branch's entries; audit and branch staff cannot act; REST answers 404 and 403"() {
        given:
        String own = orderedTarget('YQ01', 30)
        String other = orderedTarget('YQ02', 30)
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        String ownEntry = propose('HpfUltCriticism', unitOf(own)).entryId
        String otherEntry = propose('HpfUltCriticism', unitOf(other)).entryId
        assert ownEntry && otherEntry
        ec.artifactExecution.enableAuthz()

        when: "a YQ01 user"
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        ScreenTestRender restOther = restTest.render("s1/hpf/unitLists/" + otherEntry, null, "get")
        ScreenTestRender restOwn = restTest.render("s1/hpf/unitLists/" + ownEntry, null, "get")
        ScreenTestRender restList = restTest.render("s1/hpf/unitLists", [unitId: unitOf(own)], "get")
        ScreenTestRender restListOther = restTest.render("s1/hpf/unitLists", [unitId: unitOf(other)], "get")
        ScreenTestRender pageOther = appTest.render("UnitList/EditUnitListEntry", [entryId: otherEntry], null)
        ScreenTestRender branchPropose = restTest.render("s1/hpf/unitLists", [listTypeEnumId: 'HpfUltCriticism', unitId: unitOf(own),
                moquiSessionToken: TOKEN], "post")
        ec.message.clearAll()

        and: "audit"
        PushFixtures.login(ec, 'hpf.audit')
        ScreenTestRender auditRemove = restTest.render("s1/hpf/unitLists/" + ownEntry + "/remove", [removalReason: 'x', moquiSessionToken: TOKEN], "post")
        ScreenTestRender auditApprove = restTest.render("s1/hpf/unitLists/" + ownEntry + "/approve", [moquiSessionToken: TOKEN], "post")
        ScreenTestRender auditPage = appTest.render("UnitList/EditUnitListEntry", [entryId: ownEntry], null)
        ScreenTestRender auditCandidates = appTest.render("UnitList/ListCandidates", [listTypeEnumId: 'HpfUltCriticism'], null)
        ec.message.clearAll()
        ScreenTestRender auditStale = appTest.render("UnitList/EditUnitListEntry/approveEntry", [entryId: ownEntry,
                decisionComments: 'x', moquiSessionToken: TOKEN], "post")
        String refusal = ec.l10n.localize("Condition failed for transition [\${location}], not running actions or redirecting")
        ec.message.clearAll()

        and: "the office may not decide through REST either"
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)
        ScreenTestRender officeApprove = restTest.render("s1/hpf/unitLists/" + ownEntry + "/approve", [moquiSessionToken: TOKEN], "post")
        ec.message.clearAll()

        and: "a leader approves through REST"
        PushFixtures.login(ec, 'hpf.leader')
        ScreenTestRender leaderApprove = restTest.render("s1/hpf/unitLists/" + ownEntry + "/approve", [moquiSessionToken: TOKEN,
                decisionComments: '同意'], "post")
        ScreenTestRender leaderPage = appTest.render("UnitList/EditUnitListEntry", [entryId: otherEntry], null)

        then:
        restOther.errorMessages.join(' ').contains(NOT_FOUND)
        restOwn.errorMessages.isEmpty()
        restOwn.output.contains(ownEntry)
        restList.output.contains(ownEntry)
        !restListOther.output.contains(otherEntry)
        !restListOther.output.contains(unitOf(other))
        pageOther.output.contains('未找到该名单条目')
        branchPropose.errorMessages.join(' ').contains(FORBIDDEN)
        auditRemove.errorMessages.join(' ').contains(FORBIDDEN)
        auditApprove.errorMessages.join(' ').contains(FORBIDDEN)
        !auditPage.errorMessages
        !auditPage.output.contains('移出名单')
        !auditPage.output.contains('批准列入')
        !auditCandidates.errorMessages
        !auditCandidates.output.contains('提请列入')
        officeApprove.errorMessages.join(' ').contains(FORBIDDEN)
        refusal.contains("权限")
        auditStale.errorMessages.any { it.contains(refusal) }
        leaderApprove.errorMessages.isEmpty()
        entry(ownEntry).statusId == 'HpfUleApproved'
        !leaderPage.errorMessages
        leaderPage.output.contains('批准列入')
    }

    def "the publicity log: the office records it, the campaign page shows it, the count is up to a date, audit only reads"() {
        given:
        PushFixtures.login(ec, PushFixtures.OFFICE_USER)

        when:
        ec.service.sync().name("hpf.compliance.PublicityServices.create#PublicityRecord").parameters([campaignId: PushFixtures.CAMPAIGN_ID,
                publicityDate: PushFixtures.daysAgo(10), channelEnumId: 'HpfPbcWechat', title: '政策解读推文', audienceCount: 1200L]).call()
        ec.service.sync().name("hpf.compliance.PublicityServices.create#PublicityRecord").parameters([campaignId: PushFixtures.CAMPAIGN_ID,
                publicityDate: PushFixtures.daysAgo(2), channelEnumId: 'HpfPbcOnSite', title: '企业座谈会', audienceCount: 40L]).call()
        boolean created = !ec.message.hasError()
        ec.service.sync().name("hpf.compliance.PublicityServices.create#PublicityRecord").parameters([campaignId: PushFixtures.CAMPAIGN_ID,
                publicityDate: PushFixtures.daysAgo(-1), channelEnumId: 'HpfPbcOther', title: '明天', audienceCount: -1L]).call()
        List<String> bad = PushFixtures.errors(ec)
        ec.message.clearAll()
        Map all = ec.service.sync().name("hpf.compliance.PublicityServices.count#Publicity").parameters([campaignId: PushFixtures.CAMPAIGN_ID]).call()
        Map early = ec.service.sync().name("hpf.compliance.PublicityServices.count#Publicity").parameters([campaignId: PushFixtures.CAMPAIGN_ID,
                thruDate: PushFixtures.daysAgo(5)]).call()
        ec.artifactExecution.enableAuthz()
        ScreenTestRender restCount = restTest.render("s1/hpf/campaigns/${PushFixtures.CAMPAIGN_ID}/publicityCount", null, "get")
        PushFixtures.login(ec, 'hpf.audit')
        ScreenTestRender page = appTest.render("Campaign/EditCampaign", [campaignId: PushFixtures.CAMPAIGN_ID], null)
        ScreenTestRender auditPost = restTest.render("s1/hpf/campaigns/${PushFixtures.CAMPAIGN_ID}/publicity", [publicityDate: PushFixtures.daysAgo(1).toString(),
                channelEnumId: 'HpfPbcOther', title: 'x', moquiSessionToken: TOKEN], "post")

        then:
        created
        bad.size() == 2
        all.publicityCount == 2
        all.audienceTotal == 1240
        early.publicityCount == 1
        early.audienceTotal == 1200
        restCount.output.contains('"publicityCount"')
        !page.errorMessages
        page.assertContains('政策解读推文')
        page.assertContains('企业座谈会')
        !page.output.contains('登记宣传活动')
        auditPost.errorMessages.join(' ').contains(FORBIDDEN)
    }
}
