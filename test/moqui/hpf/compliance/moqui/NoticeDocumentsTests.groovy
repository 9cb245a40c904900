package hpf.compliance.moqui

import hpf.compliance.core.doc.CjkFonts
import hpf.compliance.core.doc.PdfRenderer
import org.apache.pdfbox.Loader
import org.apache.pdfbox.pdmodel.PDDocument
import org.apache.pdfbox.text.PDFTextStripper
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Requires
import spock.lang.Shared

/**
 * The printed documents of a guidance letter as a user gets them: the PDF link answers with a page in Chinese when
 * the server has no CJK font (never an empty response); the proof of service (送达回证) shows who served the letter,
 * where, and the witnesses only for service by leaving; the letter says 欠缴 or 停缴 as the target is.
 */
class NoticeDocumentsTests extends HpfSpec {
    static final String PASSWORD = 'hpf@2026'
    static final String TOKEN = 'TestSessionToken'
    static final String FONT_PROPERTY = 'hpf_pdf_font_paths'

    @Shared String savedFontPaths

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        PushFixtures.setup(ec)
        savedFontPaths = System.getProperty(FONT_PROPERTY)
    }

    void cleanFixtures() {
        restoreFontPaths()
        PushFixtures.clean(ec)
    }

    void afterFeature() { restoreFontPaths() }

    void restoreFontPaths() {
        if (savedFontPaths == null) System.clearProperty(FONT_PROPERTY) else System.setProperty(FONT_PROPERTY, savedFontPaths)
    }

    /** A letter of a new YQ01 target, issued by the branch head; returns the issue's result. */
    Map issuedLetter(Map targetFields = [:]) {
        String targetId = PushFixtures.target(ec, 'YQ01', targetFields)
        PushFixtures.login(ec, PushFixtures.YQ01_USER)
        ec.artifactExecution.disableAuthz()
        try {
            Map out = ec.service.sync().name("hpf.compliance.NoticeServices.issue#GuidanceNotice")
                    .parameters([targetId: targetId, issueDate: PushFixtures.daysAgo(3)]).call()
            assert !ec.message.hasError(), ec.message.errorsString
            return out + [targetId: targetId]
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    Map serve(String noticeId, Map fields) {
        ec.artifactExecution.disableAuthz()
        try {
            Map out = ec.service.sync().name("hpf.compliance.NoticeServices.record#NoticeService")
                    .parameters([noticeId: noticeId, serviceDate: PushFixtures.daysAgo(1)] + fields).call()
            assert !ec.message.hasError(), ec.message.errorsString
            return out
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    /** The document as the service renders it (called directly, as a script would: authorization off). */
    Map document(String noticeId, String kind, String format) {
        ec.artifactExecution.disableAuthz()
        try {
            return ec.service.sync().name("hpf.compliance.NoticeServices.render#NoticeDocument")
                    .parameters([noticeId: noticeId, documentKind: kind, format: format]).call()
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    String html(String noticeId, String kind) {
        Map out = document(noticeId, kind, 'html')
        assert !ec.message.hasError(), ec.message.errorsString
        return out.html
    }

    /** The HTTP status the transition set on the (stub) response. */
    static Integer status(ScreenTestRender str) {
        try {
            return str.screenRender.@response?.status as Integer
        } catch (Throwable ignored) {
            return null
        }
    }

    def "without a CJK font the PDF links answer with a page in Chinese saying what is missing and how to fix it"() {
        given: "a letter, and a font path that holds no font"
        Map letter = issuedLetter()
        String noFont = '/nonexistent/hpf-fonts-' + PushFixtures.RUN
        System.setProperty(FONT_PROPERTY, noFont)
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.YQ01_USER, PASSWORD)

        when:
        ScreenTestRender proof = appTest.render("Notice/EditNotice/noticePdf",
                [noticeId: letter.noticeId, documentKind: 'PROOF'], "get")
        ScreenTestRender notice = appTest.render("Notice/EditNotice/noticePdf",
                [noticeId: letter.noticeId, documentKind: 'NOTICE'], "get")

        then:
        proof.errorMessages.isEmpty()
        proof.output?.length() > 500
        proof.output.contains('无法生成PDF')
        proof.output.contains('《送达回证》（' + letter.noticeNumber + '）')
        proof.output.contains('没有可嵌入PDF的中文字体')
        proof.output.contains('apt-get install fonts-wqy-microhei')
        proof.output.contains('hpf_pdf_font_paths')
        proof.output.contains(noFont)
        proof.output.contains('printServiceProof?noticeId=' + letter.noticeId)
        status(proof) == 503
        notice.errorMessages.isEmpty()
        notice.output.contains('《行政指导意见书》（' + letter.noticeNumber + '）')
        notice.output.contains('printNotice?noticeId=' + letter.noticeId)
        status(notice) == 503

        when: "the service says why too (REST clients get its message)"
        Map out = document(letter.noticeId as String, 'NOTICE', 'pdf')
        List<String> errors = PushFixtures.errors(ec)
        ec.message.clearAll()

        then:
        out.pdfFailure == 'NO_CJK_FONT'
        out.pdfFontSearch == [noFont]
        !out.pdfBytes
        errors.size() == 1
        errors[0].contains('fonts-wqy-microhei')
    }

    def "the PDF link of a letter of another branch answers not found, in Chinese"() {
        given:
        Map letter = issuedLetter()
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.YQ02_USER, PASSWORD)

        when:
        ScreenTestRender str = appTest.render("Notice/EditNotice/noticePdf", [noticeId: letter.noticeId, documentKind: 'NOTICE'], "get")

        then:
        str.output?.contains('未找到该行政指导意见书')
        !str.output.contains(letter.noticeNumber as String)
        status(str) == 404
    }

    def "the proof of service names who served the letter and where, recorded through REST"() {
        given:
        Map letter = issuedLetter()
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.YQ01_USER, PASSWORD)

        when: "served in person with someone present; recorded by REST"
        ScreenTestRender rest = restTest.render("s1/hpf/notices/" + letter.noticeId + "/service",
                [serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(1).toString(), recipientName: '叶建英',
                 witnessNames: '王强', servingOfficerNames: '郭建平，韩雪梅', servicePlace: '该单位财务室（阳泉市城区德胜街18号）',
                 moquiSessionToken: TOKEN], "post")
        Map notice = PushFixtures.notice(ec, letter.noticeId as String)
        String proof = html(letter.noticeId as String, 'PROOF')

        then:
        rest.errorMessages.isEmpty()
        notice.statusId == 'HpfNtcServed'
        notice.servingOfficerNames == '郭建平、韩雪梅'
        notice.servicePlace == '该单位财务室（阳泉市城区德胜街18号）'
        proof =~ /<th>送达人<\/th><td[^>]*>郭建平、韩雪梅<\/td>/
        proof.contains('<th>送达地点</th><td>该单位财务室（阳泉市城区德胜街18号）</td>')
        // someone present at a personal service is no witness of a service by leaving
        !proof.contains('王强')
        !proof.contains('拒绝签收，已将文书留置')
    }

    def "a service by leaving prints the refusal and its witnesses; without officers named, the recording user served it"() {
        given:
        Map letter = issuedLetter()

        when:
        serve(letter.noticeId as String, [serviceMethodEnumId: 'HpfSmLeft', recipientName: '张三', recipientRefused: 'Y',
                witnessNames: '王强、李明', servicePlace: '该单位经营场所'])
        Map notice = PushFixtures.notice(ec, letter.noticeId as String)
        String proof = html(letter.noticeId as String, 'PROOF')

        then:
        notice.servingOfficerNames == ec.user.userAccount.userFullName
        proof.contains('受送达人张三拒绝签收，已将文书留置于其住所（经营场所）。')
        proof.contains('见证人：王强、李明')
        proof =~ ('<th>送达人</th><td[^>]*>' + ec.user.userAccount.userFullName + '</td>')
    }

    def "the service form asks for the serving officers and the place, and offers the user's name"() {
        given:
        Map letter = issuedLetter()
        ec.user.logoutUser()
        ec.user.loginUser(PushFixtures.YQ01_USER, PASSWORD)

        when:
        ScreenTestRender str = appTest.render("Notice/EditNotice", [noticeId: letter.noticeId, lastStandalone: "-2"], null)

        then:
        str.errorMessages.isEmpty()
        str.output.contains('servingOfficerNames')
        str.output.contains('servicePlace')
        str.output.contains('value="' + ec.user.userAccount.userFullName + '"')
    }

    def "the letter says 停缴 to a stopped unit and 欠缴 to one in arrears"() {
        when:
        Map stopped = issuedLetter([targetTypeEnumId: 'HpfTtStopped'])
        Map arrears = issuedLetter([targetTypeEnumId: 'HpfTtArrears'])
        String stoppedHtml = html(stopped.noticeId as String, 'NOTICE')
        String arrearsHtml = html(arrears.noticeId as String, 'NOTICE')

        then:
        PushFixtures.notice(ec, stopped.noticeId as String).targetTypeEnumId == 'HpfTtStopped'
        stoppedHtml.contains('累计停缴14个月')
        arrearsHtml.contains('累计欠缴14个月')
        !stoppedHtml.contains('欠缴（停缴）')
        !arrearsHtml.contains('欠缴（停缴）')
    }

    @Requires({ CjkFonts.find(PdfRenderer.forConfiguredPaths(System.getProperty('hpf_pdf_font_paths')).searchPath()).isPresent() })
    def "with a font the proof of service PDF carries the serving officers and the page number"() {
        given:
        Map letter = issuedLetter()
        serve(letter.noticeId as String, [serviceMethodEnumId: 'HpfSmPersonal', recipientName: '叶建英',
                servingOfficerNames: '郭建平、韩雪梅', servicePlace: '该单位财务室'])

        when:
        Map out = document(letter.noticeId as String, 'PROOF', 'pdf')
        String text = Loader.loadPDF(out.pdfBytes as byte[]).withCloseable { PDDocument doc -> new PDFTextStripper().getText(doc) }

        then:
        !ec.message.hasError()
        text.replaceAll(/\s+/, '').contains('送达人郭建平、韩雪梅')
        text.contains('— 1 —')
    }
}
