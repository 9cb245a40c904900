package hpf.compliance.templates;

import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import hpf.compliance.core.doc.CjkFonts;
import hpf.compliance.core.doc.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The printed documents of the push phase (template/notice): they render with the context the services give them,
 * come out as well-formed XHTML (the PDF renderer needs it), say what the law says, and turn into a PDF with the
 * Chinese text intact. Includes are resolved the way Moqui resolves them (component://hpf-compliance/...).
 */
class NoticeTemplatesTest {
    static final Path COMPONENT = Path.of(System.getProperty("component.dir", ".")).toAbsolutePath().normalize();

    /** Resolves component://hpf-compliance/... to this checkout, as Moqui's template loader does. */
    static final class ComponentLoader implements TemplateLoader {
        public Object findTemplateSource(String name) {
            String n = name.replaceFirst("^component:/+hpf-compliance/", "");
            // FreeMarker may localize names (x_zh_CN.ftl); only the plain name exists
            Path p = COMPONENT.resolve(n);
            return Files.isRegularFile(p) ? p : null;
        }
        public long getLastModified(Object source) { return 0L; }
        public Reader getReader(Object source, String encoding) throws IOException {
            return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
        }
        public void closeTemplateSource(Object source) { }
    }

    static String render(String location, Map<String, Object> context) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        cfg.setTemplateLoader(new ComponentLoader());
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        Template t = cfg.getTemplate(location);
        StringWriter w = new StringWriter();
        t.process(context, w);
        return w.toString();
    }

    static void assertWellFormed(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What hpf.compliance.NoticeServices.get#NoticePrintInfo returns for a served letter. */
    static Map<String, Object> noticeContext(boolean forPdf) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("noticeId", "100001");
        notice.put("noticeNumber", "阳住金指〔2026〕YQ01-0007号");
        notice.put("statusId", "HpfNtcServed");
        notice.put("unitName", "阳泉市宏达锦程食品有限责任公司");
        notice.put("unitAccountNo", "140301000022");
        notice.put("usccCode", "911403027RNT64TB6J");
        notice.put("owedMonths", 14L);
        notice.put("issueDate", Date.valueOf("2026-04-08"));
        notice.put("rectifyByDate", Date.valueOf("2026-05-08"));
        notice.put("recipientName", "叶建英");
        notice.put("recipientRefused", "N");
        notice.put("servingOfficerNames", "郭建平、韩雪梅");
        notice.put("servicePlace", "阳泉市城区德胜街18号该单位财务室");
        Map<String, Object> branch = Map.of("branchName", "城区管理部", "address", "阳泉市城区桃北西街1号", "contactPhone", "0353-2020001");
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("notice", notice);
        ctx.put("unit", Map.of("unitName", "阳泉市宏达锦程食品有限责任公司", "unitAccountNo", "140301000022"));
        ctx.put("branch", branch);
        ctx.put("campaign", Map.of());
        ctx.put("centerName", "阳泉市住房公积金管理中心");
        ctx.put("issueDateText", "2026年4月8日");
        ctx.put("rectifyByDateText", "2026年5月8日");
        ctx.put("serviceDateText", "2026年4月10日");
        ctx.put("firstOwedMonthText", "2025年1月");
        ctx.put("paidThroughMonthText", "2024年12月");
        ctx.put("amountOwedText", "162,792.00");
        ctx.put("serviceMethodText", "直接送达");
        ctx.put("serviceMethodCode", "PERSONAL");
        ctx.put("targetTypeEnumId", "HpfTtArrears");
        ctx.put("forPdf", forPdf);
        return ctx;
    }

    @Test
    void guidanceLetterStatesFactsLawDeadlineAndContact() throws Exception {
        String html = render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", noticeContext(false));
        assertWellFormed(html);
        for (String s : List.of("阳泉市住房公积金管理中心", "行政指导意见书", "阳住金指〔2026〕YQ01-0007号",
                "阳泉市宏达锦程食品有限责任公司", "140301000022", "911403027RNT64TB6J",
                "住房公积金缴至2024年12月", "自2025年1月起", "14个月", "162,792.00元",
                // the articles, word for word
                "单位应当于每月发放职工工资之日起5日内将单位缴存的和为职工代缴的住房公积金汇缴到住房公积金专户内",
                "单位应当按时、足额缴存住房公积金，不得逾期缴存或者少缴。对缴存住房公积金确有困难的单位，经本单位职工代表大会或者工会讨论通过，并经住房公积金管理中心审核，报住房公积金管理委员会批准后，可以降低缴存比例或者缓缴",
                "违反本条例的规定，单位逾期不缴或者少缴住房公积金的，由住房公积金管理中心责令限期缴存；逾期仍不缴存的，可以申请人民法院强制执行。",
                "2026年5月8日</b>前", "均不得低于5%", "职工代表大会或者工会", "公示",
                "城区管理部", "阳泉市城区桃北西街1号", "0353-2020001", "盖章处", "2026年4月8日")) {
            assertTrue(html.contains(s), () -> "letter lacks '" + s + "'");
        }
    }

    @Test
    void userTextIsEscaped() throws Exception {
        Map<String, Object> ctx = noticeContext(false);
        @SuppressWarnings("unchecked") Map<String, Object> notice = (Map<String, Object>) ctx.get("notice");
        notice.put("unitName", "A&B <公司>");
        String html = render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", ctx);
        assertWellFormed(html);
        assertTrue(html.contains("A&amp;B &lt;公司&gt;"));
    }

    @Test
    void proofOfServiceShowsHowItWasServed() throws Exception {
        Map<String, Object> ctx = noticeContext(false);
        @SuppressWarnings("unchecked") Map<String, Object> notice = (Map<String, Object>) ctx.get("notice");
        notice.put("recipientRefused", "Y");
        notice.put("witnessNames", "王强、李明");
        ctx.put("serviceMethodText", "留置送达");
        ctx.put("serviceMethodCode", "LEFT");
        String html = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(html);
        for (String s : List.of("送 达 回 证", "阳住金指〔2026〕YQ01-0007号", "留置送达", "2026年4月10日")) {
            assertTrue(html.contains(s), () -> "proof lacks '" + s + "'");
        }
        assertTrue(cell(html, "留置送达情况").contains("拒绝签收"), cell(html, "留置送达情况"));
        assertTrue(cell(html, "留置送达情况").contains("见证人：王强、李明"), cell(html, "留置送达情况"));
        // a blank proof for serving by hand
        ctx.put("serviceMethodText", null);
        ctx.put("serviceMethodCode", null);
        ctx.put("serviceDateText", null);
        String blank = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(blank);
        assertTrue(blank.contains("□直接送达"));
    }

    @Test
    void proofOfServiceNamesTheServingOfficersAndThePlace() throws Exception {
        String html = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", noticeContext(false));
        assertWellFormed(html);
        assertEquals("郭建平、韩雪梅", cell(html, "送达人"));
        assertEquals("阳泉市城区德胜街18号该单位财务室", cell(html, "送达地点"));
        assertEquals("直接送达", cell(html, "送达方式"));
    }

    @Test
    void witnessesOfAPersonalServiceAreNotPrintedAsAServiceByLeaving() throws Exception {
        Map<String, Object> ctx = noticeContext(false);
        @SuppressWarnings("unchecked") Map<String, Object> notice = (Map<String, Object>) ctx.get("notice");
        notice.put("witnessNames", "王强、李明");
        String html = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(html);
        assertEquals("", cell(html, "留置送达情况"));
        assertFalse(html.contains("王强"), "witnesses of a personal service printed");
        assertTrue(cell(html, "受送达人签名或盖章").contains("签收人：叶建英"), cell(html, "受送达人签名或盖章"));
    }

    @Test
    void blankProofKeepsEachServiceMethodOnOneLine() throws Exception {
        Map<String, Object> ctx = noticeContext(false);
        ctx.put("serviceMethodText", null);
        ctx.put("serviceMethodCode", null);
        ctx.put("serviceDateText", null);
        String html = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(html);
        org.w3c.dom.Element td = cellElement(html, "送达方式");
        org.w3c.dom.NodeList spans = td.getElementsByTagName("span");
        assertEquals(4, spans.getLength(), "one element per option");
        for (int i = 0; i < spans.getLength(); i++) {
            org.w3c.dom.Element span = (org.w3c.dom.Element) spans.item(i);
            assertEquals("option", span.getAttribute("class"));
            assertTrue(span.getTextContent().matches("□(直接|留置|邮寄|电子)送达"), span.getTextContent());
        }
        assertTrue(html.replaceAll("\\s+", " ").contains(".option { white-space: nowrap; }"), "options may wrap inside a word");
    }

    @Test
    void letterSaysArrearsOrStoppedAsTheTargetIs() throws Exception {
        String arrears = render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", noticeContext(false));
        assertTrue(arrears.contains("累计欠缴14个月"), "欠缴 unit");
        assertFalse(arrears.contains("停缴"), "a 欠缴 unit is told 停缴");
        Map<String, Object> ctx = noticeContext(false);
        ctx.put("targetTypeEnumId", "HpfTtStopped");
        String stopped = render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", ctx);
        assertTrue(stopped.contains("累计停缴14个月"), "停缴 unit");
        assertFalse(stopped.contains("（停缴）"));
    }

    @Test
    void printedDocumentsNumberTheirPages() throws Exception {
        // GB/T 9704: 「— 1 —」 at the bottom of every page, for the PDF and for the browser's print alike
        java.util.regex.Pattern pageNumber = java.util.regex.Pattern.compile(
                "@page\\s*\\{[^}]*@bottom-center\\s*\\{\\s*content:\\s*\"— \"\\s*counter\\(page\\)\\s*\" —\"");
        String shared = Files.readString(COMPONENT.resolve("template/notice/PrintStyle.ftl"));
        assertTrue(pageNumber.matcher(shared).find(), "PrintStyle.ftl has no page number");
        for (String t : List.of("GuidanceNotice", "ServiceProof", "InterviewRecord")) {
            String html = Files.readString(COMPONENT.resolve("template/notice/" + t + ".html.ftl"));
            assertTrue(html.contains("PrintStyle.ftl") && html.contains("<@printStyle/>"), t + " does not use the shared print style");
        }
        String form = Files.readString(COMPONENT.resolve("template/application/ApplicationApprovalForm.html.ftl"));
        assertTrue(pageNumber.matcher(form).find(), "the approval form has no page number");
    }

    @Test
    void interviewRecordListsPeopleCauseAndCommitment() throws Exception {
        Map<String, Object> ctx = new HashMap<>();
        Map<String, Object> interview = new HashMap<>();
        interview.put("place", "城区管理部会议室");
        interview.put("unitStatement", "受市场影响，资金周转困难。");
        interview.put("commitmentDate", Date.valueOf("2026-05-31"));
        interview.put("commitmentPlan", "分两期补缴");
        ctx.put("interview", interview);
        ctx.put("staffList", List.of(Map.of("participantName", "郭建平"), Map.of("participantName", "韩雪梅")));
        ctx.put("repList", List.of(Map.of("participantName", "叶建英", "roleTitle", "经办人", "contactPhone", "18810668104")));
        ctx.put("target", Map.of("owedMonths", 14L, "targetTypeEnumId", "HpfTtStopped"));
        ctx.put("unit", Map.of("unitName", "阳泉市宏达锦程食品有限责任公司", "unitAccountNo", "140301000022"));
        ctx.put("branch", Map.of("branchName", "城区管理部"));
        ctx.put("centerName", "阳泉市住房公积金管理中心");
        ctx.put("interviewDateText", "2026年4月15日9时30分");
        ctx.put("commitmentDateText", "2026年5月31日");
        ctx.put("causeText", "经营困难：订单减少");
        ctx.put("amountOwedText", "162,792.00");
        ctx.put("commitmentAmountText", "80,000.00");
        ctx.put("firstOwedMonthText", "2025年1月");
        String html = render("component://hpf-compliance/template/notice/InterviewRecord.html.ftl", ctx);
        assertWellFormed(html);
        for (String s : List.of("催缴情况笔录", "郭建平、韩雪梅", "叶建英（经办人）", "经营困难：订单减少", "2026年5月31日前",
                "80,000.00元", "分两期补缴", "签名", "累计停缴住房公积金14个月")) {
            assertTrue(html.contains(s), () -> "record lacks '" + s + "'");
        }
        assertFalse(html.contains("欠缴（停缴）"));
    }

    @Test
    void remittanceGridColoursMonths() throws Exception {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("ec", new FakeEc());
        Map<String, Object> paid = cell("2025-01", 1, "PAID", "100", "100");
        Map<String, Object> partial = cell("2025-02", 2, "PARTIAL", "100", "40");
        Map<String, Object> unpaid = cell("2025-03", 3, "UNPAID", "100", "0");
        java.util.ArrayList<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(paid, partial, unpaid));
        while (cells.size() < 12) cells.add(null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", 2025);
        row.put("cells", cells);
        row.put("owedMonths", 2);
        row.put("shortAmount", new BigDecimal("160"));
        ctx.put("yearRows", List.of(row));
        ctx.put("fromMonth", "2025-01");
        ctx.put("thruMonth", "2025-03");
        String html = render("component://hpf-compliance/template/target/RemittanceGrid.html.ftl", ctx);
        assertWellFormed(html);
        assertTrue(html.contains("#c8e6c9") && html.contains("#ffe082") && html.contains("#ef9a9a"));
        assertTrue(html.contains("160.00"));
    }

    @Test
    void guidanceLetterBecomesAPdfWithItsChineseText() throws Exception {
        assumeTrue(CjkFonts.find(CjkFonts.systemFontDirs()).isPresent(), "no CJK TrueType font on this machine");
        String html = render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", noticeContext(true));
        assertFalse(html.contains("window.print"));
        byte[] pdf = new PdfRenderer().render(html);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String s : List.of("行政指导意见书", "阳住金指〔2026〕YQ01-0007号", "第三十八条", "2026年5月8日", "阳泉市住房公积金管理中心")) {
                assertTrue(text.contains(s), () -> "PDF lacks '" + s + "'");
            }
        }
    }

    @Test
    void proofOfServicePdfNamesTheOfficersAndNumbersItsPages() throws Exception {
        assumeTrue(CjkFonts.find(CjkFonts.systemFontDirs()).isPresent(), "no CJK TrueType font on this machine");
        String text = pdfText(render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", noticeContext(true)));
        String flat = text.replaceAll("\\s+", "");
        assertTrue(flat.contains("送达人郭建平、韩雪梅"), text);
        assertTrue(flat.contains("送达地点阳泉市城区德胜街18号该单位财务室"), text);
        assertTrue(text.contains("— 1 —"), text);
        assertFalse(text.contains("— 2 —"), "the proof of service fits on one page: " + text);
    }

    @Test
    void blankProofPdfPrintsEveryServiceMethodOnOneLine() throws Exception {
        assumeTrue(CjkFonts.find(CjkFonts.systemFontDirs()).isPresent(), "no CJK TrueType font on this machine");
        Map<String, Object> ctx = noticeContext(true);
        ctx.put("serviceMethodText", null);
        ctx.put("serviceMethodCode", null);
        ctx.put("serviceDateText", null);
        String text = pdfText(render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx));
        for (String option : List.of("□直接送达", "□留置送达", "□邮寄送达", "□电子送达")) {
            assertTrue(text.lines().anyMatch(l -> l.replace(" ", "").contains(option)), () -> option + " is broken across lines: " + text);
        }
    }

    @Test
    void letterPdfNumbersEveryPage() throws Exception {
        assumeTrue(CjkFonts.find(CjkFonts.systemFontDirs()).isPresent(), "no CJK TrueType font on this machine");
        byte[] pdf = new PdfRenderer().render(render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", noticeContext(true)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                String number = "— " + page + " —";
                assertTrue(text.contains(number), () -> "page lacks '" + number + "': " + text);
            }
        }
    }

    @Test
    void pageShownWhenThereIsNoFontSaysWhyAndHowToFixIt() throws Exception {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("failure", "NO_CJK_FONT");
        ctx.put("documentName", "送达回证");
        ctx.put("noticeNumber", "阳住金指〔2026〕YQ01-0007号");
        ctx.put("noticeId", "100001");
        ctx.put("detail", "No font with Chinese characters and TrueType outlines was found");
        ctx.put("fontSearch", List.of("/opt/none"));
        ctx.put("fontPathsSetting", "/opt/none");
        ctx.put("messages", List.of());
        ctx.put("printTransition", "printServiceProof");
        String html = render("component://hpf-compliance/template/notice/PdfUnavailable.html.ftl", ctx);
        assertWellFormed(html);
        for (String s : List.of("无法生成PDF", "《送达回证》（阳住金指〔2026〕YQ01-0007号）", "没有可嵌入PDF的中文字体",
                "apt-get install fonts-wqy-microhei", "hpf_pdf_font_paths", "当前为 <code>/opt/none</code>", "已查找：/opt/none",
                "href=\"printServiceProof?noticeId=100001\"")) {
            assertTrue(html.contains(s), () -> "page lacks '" + s + "'");
        }
        ctx.put("failure", "NOT_FOUND");
        ctx.put("noticeNumber", null);
        String notFound = render("component://hpf-compliance/template/notice/PdfUnavailable.html.ftl", ctx);
        assertWellFormed(notFound);
        assertTrue(notFound.contains("未找到该行政指导意见书"));
        assertFalse(notFound.contains("printServiceProof"));
    }

    static String pdfText(String xhtml) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer().render(xhtml))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The table cell beside the header cell whose text (without spaces) is {@code header}. */
    static org.w3c.dom.Element cellElement(String xhtml, String header) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.NodeList ths = doc.getElementsByTagNameNS("*", "th");
        for (int i = 0; i < ths.getLength(); i++) {
            org.w3c.dom.Element th = (org.w3c.dom.Element) ths.item(i);
            if (!th.getTextContent().replaceAll("[\\s　]", "").equals(header)) continue;
            for (org.w3c.dom.Node n = th.getNextSibling(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e && "td".equals(e.getLocalName())) return e;
            }
        }
        throw new AssertionError("no cell headed " + header);
    }

    /** The text of that cell, trimmed (non-breaking spaces too). */
    static String cell(String xhtml, String header) throws Exception {
        return cellElement(xhtml, header).getTextContent().replace('\u00a0', ' ').strip();
    }

    static Map<String, Object> cell(String month, int mo, String state, String due, String paid) {
        Map<String, Object> m = new HashMap<>();
        m.put("month", month);
        m.put("monthOfYear", mo);
        m.put("state", state);
        m.put("dueAmount", new BigDecimal(due));
        m.put("paidAmount", new BigDecimal(paid));
        return m;
    }

    /** The part of Moqui's ExecutionContext the grid template uses. */
    public static final class FakeEc {
        public FakeL10n getL10n() { return new FakeL10n(); }
    }
    public static final class FakeL10n {
        public String localize(String s) { return s; }
    }
}
