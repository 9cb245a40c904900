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
        String html = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(html);
        for (String s : List.of("送 达 回 证", "阳住金指〔2026〕YQ01-0007号", "直接送达", "2026年4月10日", "拒绝签收", "王强、李明")) {
            assertTrue(html.contains(s), () -> "proof lacks '" + s + "'");
        }
        // a blank proof for serving by hand
        ctx.put("serviceMethodText", null);
        ctx.put("serviceDateText", null);
        String blank = render("component://hpf-compliance/template/notice/ServiceProof.html.ftl", ctx);
        assertWellFormed(blank);
        assertTrue(blank.contains("□直接送达"));
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
        ctx.put("target", Map.of("owedMonths", 14L));
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
                "80,000.00元", "分两期补缴", "签名")) {
            assertTrue(html.contains(s), () -> "record lacks '" + s + "'");
        }
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
