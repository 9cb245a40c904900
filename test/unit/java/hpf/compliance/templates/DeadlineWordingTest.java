package hpf.compliance.templates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every printed document says which kind of days a deadline is counted in: working days (工作日, the holiday
 * calendar: review deadlines, the days to state a case) or calendar days (自然日: an order's 30 days, a letter's days
 * to rectify). A bare "30日内" or "${days}天" in a template under template/** fails; the articles of the regulation
 * quoted word for word (paragraphs of class "law") are left as the law writes them.
 */
class DeadlineWordingTest {
    static final Path TEMPLATES = NoticeTemplatesTest.COMPONENT.resolve("template");

    /** A count of days: digits or an interpolation, then 个 (optional) and 日 or 天, not a date (月8日). */
    static final Pattern DAY_COUNT = Pattern.compile("(?<![\\d月N])(\\d+|N)\\s*(个)?\\s*(工作日|自然日|日历日|日|天)");

    /** The template text as printed: FreeMarker directives and HTML tags removed, each ${...} as N. */
    static String printedText(String template) {
        String s = template.replaceAll("(?s)<#--.*?-->", "");
        s = s.replaceAll("\\$\\{[^}]*}", "N");
        s = s.replaceAll("</?#[^>]*>", "");
        s = s.replaceAll("(?s)<style.*?</style>", "");
        s = s.replaceAll("<[^>]+>", "");
        return s;
    }

    /** Day counts in {@code template} that name neither working nor calendar days. */
    static List<String> unqualified(String template) {
        List<String> out = new ArrayList<>();
        for (String line : template.split("\n")) {
            if (line.contains("class=\"law\"")) continue;
            Matcher m = DAY_COUNT.matcher(printedText(line));
            while (m.find()) {
                String kind = m.group(3);
                if (!kind.equals("工作日") && !kind.equals("自然日")) out.add(m.group());
            }
        }
        return out;
    }

    @Test
    void theCheckFindsABareDayCount() {
        assertEquals(List.of("30日"), unqualified("<p>请于30日内缴存。</p>"));
        assertEquals(List.of("N天"), unqualified("<p>自送达之日起${days}天内提出。</p>"));
        assertEquals(List.of("N个日"), unqualified("<p>于${due}前（<#if d??>${d}个</#if>日内）</p>"));
        assertEquals(List.of(), unqualified("<p>于2026年5月8日前（${d}个自然日内），陈述期限为3个工作日。</p>"));
        assertEquals(List.of(), unqualified("<p class=\"law\">单位应当于每月发放职工工资之日起5日内汇缴。</p>"));
        assertEquals(List.of(), unqualified("<p>${h(dueDateText)}前</p>"));
    }

    @Test
    void everyTemplateSaysWhichKindOfDays() throws IOException {
        Map<String, List<String>> problems = new HashMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                List<String> found = unqualified(Files.readString(p, StandardCharsets.UTF_8));
                if (!found.isEmpty()) problems.put(TEMPLATES.relativize(p).toString(), found);
            }
        }
        assertTrue(problems.isEmpty(), () -> "deadlines without 工作日 or 自然日: " + problems);
    }

    @Test
    void theGuidanceLetterCountsItsDaysToRectifyAsCalendarDays() throws Exception {
        Map<String, Object> ctx = NoticeTemplatesTest.noticeContext(false);
        ctx.put("rectifyDays", 30L);
        String html = NoticeTemplatesTest.render("component://hpf-compliance/template/notice/GuidanceNotice.html.ftl", ctx);
        NoticeTemplatesTest.assertWellFormed(html);
        assertTrue(html.contains("2026年5月8日</b>前（自本意见书签发之日起30个自然日内）"), html);
        assertTrue(html.contains("期限按自然日计算"));
    }

    @Test
    void theOrderCountsItsDeadlineInCalendarDays() throws Exception {
        Map<String, Object> ctx = NoticeTemplatesTest.noticeContext(false);
        Map<String, Object> action = new HashMap<>();
        action.put("documentNumber", "阳住金责〔2026〕YQ01-0001号");
        action.put("unitName", "阳泉市宏达锦程食品有限责任公司");
        action.put("owedMonths", 14L);
        action.put("statusId", "HpfEnfIssued");
        ctx.put("action", action);
        ctx.put("dueDateText", "2026年6月8日");
        ctx.put("deadlineDays", 30L);
        String html = NoticeTemplatesTest.render("component://hpf-compliance/template/enforcement/OrderToPay.html.ftl", ctx);
        assertTrue(html.contains("前（自本通知书签发之日起30个自然日内）"), html);
    }

    @Test
    void theApprovalFormCountsReviewDeadlinesInWorkingDays() throws Exception {
        Map<String, Object> form = new HashMap<>();
        for (String k : List.of("applicationId", "unitName", "unitAccountNo", "usccCode", "branchName", "workerCount", "submittedDate",
                "deferralMonths", "monthlyDue", "currentEmployerRate", "currentEmployeeRate", "requestedEmployerRate",
                "requestedEmployeeRate", "periodFrom", "periodThru", "reason", "year1", "result1", "year2", "result2",
                "resolutionDate", "members", "attendance", "votesFor", "votesAgainst", "votesAbstain", "signatureCount",
                "noticeFrom", "noticeThru", "objections", "objectionResponse", "termsFrom", "termsThru")) {
            form.put(k, "");
        }
        form.put("deferral", false);
        form.put("signatures", false);
        Map<String, Object> review = new HashMap<>(Map.of("step", "分支机构受理", "stepId", "HpfRsBranchIntake", "decision", "同意",
                "comments", "", "reviewer", "张三", "role", "", "recordsOnBehalf", false, "date", "2026年04月10日",
                "due", "2026年04月15日"));
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("form", form);
        ctx.put("centerName", "阳泉市住房公积金管理中心");
        ctx.put("typeName", "缓缴");
        ctx.put("statusName", "审核中");
        ctx.put("bodyName", "职工代表大会");
        ctx.put("reviewRows", List.of(review));
        ctx.put("documentRows", List.of());
        String html = NoticeTemplatesTest.render("component://hpf-compliance/template/application/ApplicationApprovalForm.html.ftl", ctx);
        NoticeTemplatesTest.assertWellFormed(html);
        assertTrue(html.contains("办理期限：2026年04月15日（按工作日计算，不含法定节假日）"), html);
    }
}
