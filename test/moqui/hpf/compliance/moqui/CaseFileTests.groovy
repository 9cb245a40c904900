package hpf.compliance.moqui

import org.apache.pdfbox.Loader
import org.apache.pdfbox.pdmodel.PDDocument
import org.apache.pdfbox.pdmodel.PDPage
import org.apache.pdfbox.text.PDFTextStripper
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.sql.Timestamp
import java.util.zip.ZipEntry
import java.util.zip.ZipInputStream

/**
 * The case file (一户一档): a target's ZIP holds its 卷内目录 and every document in date order (letters and their proofs
 * of service, interviews, applications with their uploaded attachments, orders and their proofs); a branch's download
 * has one folder per target and is streamed; downloads are recorded; branch staff get only their own branch, audit may
 * download, IT may not; without a Chinese font the download answers as the other PDFs do.
 */
class CaseFileTests extends Specification {
    static final String PASSWORD = 'hpf@2026'
    static final String FONT_PROPERTY = 'hpf_pdf_font_paths'
    static final String BRANCH_CAMPAIGN = 'HPFT_CASEFILE'
    static final int BRANCH_TARGETS = 20

    @Shared ExecutionContext ec
    @Shared ScreenTest restTest
    @Shared ScreenTest appTest
    @Shared String fullTargetId
    @Shared Map fullTarget
    @Shared String otherBranchTargetId

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        PushFixtures.setup(ec)
        restTest = ec.screen.makeTest().baseScreenPath("rest")
        appTest = ec.screen.makeTest().baseScreenPath("apps/hpf")
        ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: BRANCH_CAMPAIGN, campaignName: '一户一档测试专项',
                    statusId: 'HpfCmpActive', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3L, rectifyDays: 30L,
                    issuingAuthority: '阳泉市住房公积金管理中心']).createOrUpdate()
            fullTargetId = fullCaseFile()
            fullTarget = PushFixtures.targetRow(ec, fullTargetId)
            otherBranchTargetId = PushFixtures.target(ec, 'YQ02')
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    def cleanupSpec() {
        ec.artifactExecution.disableAuthz()
        ec.entity.find("hpf.compliance.CaseFileDownload").condition("userId", "in", ['HpfUChengqu', 'HpfUKuangqu', 'HpfUAudit', 'HpfUOffice'])
                .condition("downloadDate", ">=", new Timestamp(System.currentTimeMillis() - 3600_000L)).deleteAll()
        PushFixtures.clean(ec)
        ec.entity.find("hpf.compliance.Campaign").condition("campaignId", BRANCH_CAMPAIGN).deleteAll()
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def cleanup() {
        ec.message.clearAll()
        if (ec.user.userId) ec.user.logoutUser()
    }

    static byte[] pdf(int pages) {
        PDDocument d = new PDDocument()
        try {
            pages.times { d.addPage(new PDPage()) }
            ByteArrayOutputStream out = new ByteArrayOutputStream()
            d.save(out)
            return out.toByteArray()
        } finally { d.close() }
    }

    static Timestamp at(int daysAgo, int hour) {
        return Timestamp.valueOf(PushFixtures.daysAgo(daysAgo).toLocalDate().atTime(hour, 0))
    }

    /** A YQ01 target with a served letter, an interview, a submitted application with two attachments and a served order. */
    String fullCaseFile() {
        String targetId = PushFixtures.target(ec, 'YQ01', [statusId: 'HpfTgtEnforcing'])
        Map t = PushFixtures.targetRow(ec, targetId)
        String n = targetId.substring('HPFT_PT_'.length())
        ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'CFN' + n, targetId: targetId, unitId: t.unitId, branchId: 'YQ01',
                campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed', noticeNumber: '测住金指〔2026〕YQ01-CF' + n,
                issueDate: PushFixtures.daysAgo(60), rectifyByDate: PushFixtures.daysAgo(30), serviceMethodEnumId: 'HpfSmPersonal',
                serviceDate: PushFixtures.daysAgo(58), recipientName: '李四', serviceOutcome: 'DELIVERED', targetTypeEnumId: 'HpfTtArrears',
                unitName: t.unitName ?: '推进测试单位' + n + '有限公司']).create()
        ec.entity.makeValue("hpf.compliance.CollectionInterview").setAll([interviewId: 'CFI' + n, targetId: targetId, unitId: t.unitId,
                branchId: 'YQ01', interviewDate: at(50, 10), place: '城区管理部会议室', causeText: '资金周转困难',
                unitStatement: '承诺分期补缴', commitmentAmount: 20000.00, commitmentDate: PushFixtures.daysAgo(40)]).create()
        ec.entity.makeValue("hpf.compliance.RegularizationApplication").setAll([applicationId: 'CFA' + n, unitId: t.unitId, targetId: targetId,
                campaignId: PushFixtures.CAMPAIGN_ID, branchId: 'YQ01', statusId: 'HpfAppSubmitted', applicationTypeEnumId: 'HpfAtDeferral',
                deferralMonths: 6L, reasonText: '经营困难', submittedDate: PushFixtures.daysAgo(45)]).create()
        String folder = 'dbresource://hpf/test/casefile/' + n
        ec.resource.getLocationReference(folder + '/决议.pdf').putBytes(pdf(2))
        ec.resource.getLocationReference(folder + '/营业执照.jpg').putBytes([(byte) 0xFF, (byte) 0xD8, 1, 2, 3] as byte[])
        ec.entity.makeValue("hpf.compliance.ApplicationDocument").setAll([applicationId: 'CFA' + n, documentSeqId: '01',
                documentLocation: folder + '/决议.pdf', fileName: '决议.pdf', description: '职工代表大会决议',
                uploadedDate: at(46, 9)]).create()
        ec.entity.makeValue("hpf.compliance.ApplicationDocument").setAll([applicationId: 'CFA' + n, documentSeqId: '02',
                documentLocation: folder + '/营业执照.jpg', fileName: '营业执照.jpg', description: '营业执照',
                uploadedDate: at(44, 9)]).create()
        ec.entity.makeValue("hpf.compliance.EnforcementAction").setAll([actionId: 'CFO' + n, targetId: targetId, unitId: t.unitId,
                branchId: 'YQ01', campaignId: PushFixtures.CAMPAIGN_ID, caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaOrderToPay',
                statusId: 'HpfEnfIssued', documentNumber: '测住金责〔2026〕YQ01-CF' + n, issueDate: PushFixtures.daysAgo(20),
                dueDate: PushFixtures.daysAgo(-10), noticeId: 'CFN' + n, owedMonths: 14L, amountOwed: 67200.00,
                serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(18), serviceOutcome: 'DELIVERED', recipientName: '李四']).create()
        return targetId
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>()
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8).withCloseable { ZipInputStream in ->
            for (ZipEntry e = in.nextEntry; e != null; e = in.nextEntry) out.put(e.name, in.readAllBytes())
        }
        return out
    }

    static String text(byte[] pdf) {
        PDDocument d = Loader.loadPDF(pdf)
        try { return new PDFTextStripper().getText(d).replaceAll(/\s+/, '') } finally { d.close() }
    }

    Map write(Map params, OutputStream out) {
        return ec.service.sync().name("hpf.compliance.CaseFileServices.write#CaseFile").parameters(params + [outputStream: out]).call()
    }

    List<Map> downloads(Map condition) {
        ec.artifactExecution.disableAuthz()
        try {
            return ec.entity.find("hpf.compliance.CaseFileDownload").condition(condition).orderBy("-downloadDate").orderBy("-downloadId")
                    .useCache(false).list()*.getMap()
        } finally { ec.artifactExecution.enableAuthz() }
    }

    def "a target's case file holds its index and every document in date order, attachments as uploaded"() {
        given:
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        ByteArrayOutputStream out = new ByteArrayOutputStream()

        when:
        Map result = write([targetId: fullTargetId], out)
        Map<String, byte[]> files = unzip(out.toByteArray())
        String folder = 'T' + fullTargetId.substring('HPFT_PT_'.length()) + '-'
        List<String> names = files.keySet().collect { it.substring(it.indexOf('/') + 1) }
        String n = fullTargetId.substring('HPFT_PT_'.length())

        then:
        !ec.message.hasError()
        files.keySet().every { it.startsWith(folder) }
        names == ['01-行政指导意见书-测住金指〔2026〕YQ01-CF' + n + '.pdf',
                  '02-送达回证（行政指导意见书）-测住金指〔2026〕YQ01-CF' + n + '.pdf',
                  '03-催缴情况笔录.pdf',
                  '04-缓缴申请审批表.pdf',
                  '05-申请材料（职工代表大会决议）.pdf',
                  '06-申请材料（营业执照）.jpg',
                  '07-责令限期缴存通知书-测住金责〔2026〕YQ01-CF' + n + '.pdf',
                  '08-送达回证（责令限期缴存通知书）-测住金责〔2026〕YQ01-CF' + n + '.pdf',
                  '00-卷内目录.pdf']
        // rendered documents are PDFs with their Chinese text; attachments are the uploaded bytes
        text(files.values()[0]).contains('行政指导意见书')
        text(files.values()[2]).contains('催缴情况笔录')
        text(files.values()[3]).contains('审批表')
        files.values()[4] == pdf(2) || Loader.loadPDF(files.values()[4]).withCloseable { it.numberOfPages } == 2
        files.values()[5] == ([(byte) 0xFF, (byte) 0xD8, 1, 2, 3] as byte[])
        text(files.values()[6]).contains('责令限期缴存通知书')
        text(files.values()[7]).contains('送达回证')

        and: "the index lists them with 文号, date and pages"
        String index = text(files.values()[8])
        index.contains('卷内目录')
        index.contains(fullTarget.unitId ? '推进测试单位' : '')
        index.contains('测住金指〔2026〕YQ01-CF' + n)
        index.contains(PushFixtures.daysAgo(60).toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
        index.contains('申请材料（营业执照）')
        index.contains('本卷共8件')

        and: "the download is recorded"
        result.fileCount == 9
        result.targetCount == 1
        Map rec = downloads([downloadId: result.downloadId])[0]
        rec.userId == 'HpfUChengqu'
        rec.scope == 'TARGET'
        rec.targetId == fullTargetId
        rec.branchId == 'YQ01'
        rec.fileCount == 9
        rec.completed == 'Y'
    }

    def "another branch's target or branch is not found, IT may not download, audit may"() {
        when: "YQ02 staff ask for a YQ01 target and for branch YQ01"
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        ByteArrayOutputStream out1 = new ByteArrayOutputStream()
        Map r1 = write([targetId: fullTargetId], out1)
        List<String> e1 = PushFixtures.errors(ec)
        ec.message.clearAll()
        ByteArrayOutputStream out2 = new ByteArrayOutputStream()
        Map r2 = write([branchId: 'YQ01'], out2)
        List<String> e2 = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        r1.notFound
        e1 == [PushFixtures.message(ec, 'Target ${targetId} was not found.', [targetId: fullTargetId])]
        out1.size() == 0
        r2.notFound
        out2.size() == 0
        e2 == [PushFixtures.message(ec, 'Branch ${branchId} not found', [branchId: 'YQ01'])]
        downloads([targetId: fullTargetId, userId: 'HpfUKuangqu']).isEmpty()

        when: "REST: YQ02 staff get 404, IT 403, audit the ZIP"
        ec.user.loginUser(PushFixtures.YQ02_USER, PASSWORD)
        ScreenTestRender other = restTest.render("s1/hpf/targets/" + fullTargetId + "/caseFile", [:], "get")
        ec.user.logoutUser()
        ec.user.loginUser('hpf.it', PASSWORD)
        ScreenTestRender it = restTest.render("s1/hpf/targets/" + fullTargetId + "/caseFile", [:], "get")
        ec.user.logoutUser()
        ec.user.loginUser('hpf.audit', PASSWORD)
        ScreenTestRender audit = restTest.render("s1/hpf/targets/" + fullTargetId + "/caseFile", [:], "get")
        Map<String, byte[]> auditFiles = unzip(audit.output.getBytes(StandardCharsets.ISO_8859_1))

        then:
        other.errorMessages.join(' ').contains(PushFixtures.message(ec, 'Target ${targetId} was not found.', [targetId: fullTargetId]))
        !other.output?.startsWith('PK')
        !it.errorMessages.isEmpty()
        !it.output?.startsWith('PK')
        downloads([targetId: fullTargetId, userId: 'HpfUIt']).isEmpty()
        audit.errorMessages.isEmpty()
        auditFiles.size() == 9
        auditFiles.keySet().any { it.endsWith('/00-卷内目录.pdf') }
        downloads([targetId: fullTargetId, userId: 'HpfUAudit'])[0]?.fileCount == 9

        when: "YQ02 staff download their own target"
        ec.user.logoutUser()
        PushFixtures.login(ec, PushFixtures.YQ02_USER)
        ByteArrayOutputStream own = new ByteArrayOutputStream()
        Map r3 = write([targetId: otherBranchTargetId], own)

        then:
        !ec.message.hasError()
        r3.fileCount == 1
        unzip(own.toByteArray()).keySet().every { it.endsWith('/00-卷内目录.pdf') }
    }

    def "a branch's case files are streamed: one folder per target, written as they are made"() {
        given: "a campaign with 20 targets in YQ01"
        List<String> targetIds = []
        BRANCH_TARGETS.times { targetIds.add(PushFixtures.target(ec, 'YQ01', [campaignId: BRANCH_CAMPAIGN])) }
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        // the response: keeps nothing, notes every write it gets
        List<Integer> writes = []
        long[] total = [0L]
        OutputStream probe = new OutputStream() {
            @Override void write(int b) { writes.add(1); total[0]++ }
            @Override void write(byte[] b, int off, int len) { writes.add(len); total[0] += len }
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream()
        OutputStream tee = new OutputStream() {
            @Override void write(int b) { probe.write(b); copy.write(b) }
            @Override void write(byte[] b, int off, int len) { probe.write(b, off, len); copy.write(b, off, len) }
        }

        when:
        Map result = write([branchId: 'YQ01', campaignId: BRANCH_CAMPAIGN], tee)
        Map<String, byte[]> files = unzip(copy.toByteArray())
        Set<String> folders = files.keySet().collect { it.substring(0, it.indexOf('/')) } as Set

        then:
        !ec.message.hasError()
        result.targetCount == BRANCH_TARGETS
        folders.size() == BRANCH_TARGETS
        files.size() == BRANCH_TARGETS
        files.keySet().every { it.endsWith('/00-卷内目录.pdf') }
        // streamed: many small writes as each document is deflated, never the ZIP in one piece
        writes.size() > BRANCH_TARGETS * 4
        writes.max() <= 64 * 1024
        total[0] == copy.size()

        and:
        Map rec = downloads([downloadId: result.downloadId])[0]
        rec.scope == 'BRANCH'
        rec.branchId == 'YQ01'
        rec.campaignId == BRANCH_CAMPAIGN
        rec.targetCount == BRANCH_TARGETS
        rec.fileCount == BRANCH_TARGETS
        rec.completed == 'Y'

        when: "the office lists the downloads (REST), another branch does not see them"
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.OFFICE_USER, PASSWORD)
        ScreenTestRender officeRest = restTest.render("s1/hpf/caseFileDownloads", [branchId: 'YQ01'], null)
        Map officeList = new groovy.json.JsonSlurper().parseText(officeRest.output) as Map
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.YQ02_USER, PASSWORD)
        ScreenTestRender otherRest = restTest.render("s1/hpf/caseFileDownloads", [:], null)
        Map otherList = new groovy.json.JsonSlurper().parseText(otherRest.output) as Map

        then:
        officeRest.errorMessages.isEmpty()
        officeList.downloadList*.downloadId.contains(result.downloadId)
        !otherList.downloadList*.downloadId.contains(result.downloadId)
        otherList.downloadList.every { it.branchId == 'YQ02' }
    }

    def "the screens download the case file, and without a Chinese font answer with the page the other PDFs answer with"() {
        given:
        String saved = System.getProperty(FONT_PROPERTY)
        ec.user.loginUser(PushFixtures.YQ01_USER, PASSWORD)

        when:
        ScreenTestRender page = appTest.render("Target/TargetDetail", [targetId: fullTargetId], null)
        ScreenTestRender zip = appTest.render("Target/TargetDetail/caseFile", [targetId: fullTargetId], "get")
        Map<String, byte[]> files = unzip(zip.output.getBytes(StandardCharsets.ISO_8859_1))
        System.setProperty(FONT_PROPERTY, '/nonexistent/hpf-fonts-' + PushFixtures.RUN)
        int before = downloads([targetId: fullTargetId]).size()
        ScreenTestRender noFont = appTest.render("Target/TargetDetail/caseFile", [targetId: fullTargetId], "get")
        ScreenTestRender list = appTest.render("Target/CaseFiles", [:], null)
        ec.user.logoutUser()
        ec.user.loginUser('hpf.it', PASSWORD)
        ScreenTestRender itPage = appTest.render("Target/TargetDetail", [targetId: fullTargetId], null)
        ScreenTestRender itList = appTest.render("Target/CaseFiles", [:], null)

        then:
        page.output.contains('caseFile')
        files.size() == 9
        noFont.output.contains('无法生成PDF')
        noFont.output.contains('没有可嵌入PDF的中文字体')
        NoticeDocumentsTests.status(noFont) == 503
        downloads([targetId: fullTargetId]).size() == before
        list.errorMessages.isEmpty()
        list.output.contains('YQ01') || list.output.contains('城区')
        list.output.contains('branchCaseFile')
        // IT may not download: neither the target's button nor the branch form is offered
        itPage.errorMessages.isEmpty()
        !itPage.output.contains('caseFile')
        !itList.output.contains('branchCaseFile')

        cleanup:
        if (saved == null) System.clearProperty(FONT_PROPERTY) else System.setProperty(FONT_PROPERTY, saved)
    }
}
