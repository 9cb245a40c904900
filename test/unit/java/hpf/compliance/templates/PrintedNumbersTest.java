package hpf.compliance.templates;

import hpf.compliance.core.Formats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers in printed documents: the approval form (审批表) writes a year's loss in words (亏损 1,500,000.00 元, never
 * "-1,500,000.00 元"), years without grouping (2025, not 2,025) and counts with grouping; the remittance grid shows a
 * partial payment with its fen.
 */
class PrintedNumbersTest {
    /** The form map as PrintApplication builds it, for a deferral of a unit that lost money two years running. */
    static Map<String, Object> approvalContext() {
        Map<String, Object> form = new HashMap<>();
        form.put("deferral", true);
        form.put("signatures", false);
        form.put("applicationId", "100010");
        form.put("unitName", "阳泉市宏达锦程食品有限责任公司");
        form.put("unitAccountNo", "140301000022");
        form.put("usccCode", "911403027RNT64TB6J");
        form.put("branchName", "城区管理部");
        form.put("workerCount", Formats.count(2600));
        form.put("submittedDate", "2026年04月09日");
        form.put("deferralMonths", Formats.count(6));
        form.put("monthlyDue", Formats.money(new BigDecimal("119962.07")));
        form.put("periodFrom", "2026年05月01日");
        form.put("periodThru", "2026年10月31日");
        form.put("reason", "受市场影响连续亏损");
        form.put("year1", Formats.plain(2025));
        form.put("result1", Formats.profitOrLoss(new BigDecimal("-1500000.0000")));
        form.put("year2", Formats.plain(2024));
        form.put("result2", Formats.profitOrLoss(new BigDecimal("80000.5")));
        form.put("resolutionDate", "2026年03月20日");
        for (String k : List.of("members", "attendance", "votesFor", "votesAgainst", "votesAbstain", "objections", "signatureCount"))
            form.put(k, Formats.count(1200));
        form.put("noticeFrom", "2026年03月21日");
        form.put("noticeThru", "2026年03月28日");
        form.put("objectionResponse", "");
        form.put("termsFrom", "");
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("form", form);
        ctx.put("typeName", "缓缴");
        ctx.put("statusName", "已提交");
        ctx.put("bodyName", "职工代表大会");
        ctx.put("centerName", "阳泉市住房公积金管理中心");
        ctx.put("documentRows", List.of());
        ctx.put("reviewRows", List.of());
        return ctx;
    }

    @Test
    void approvalFormWritesALossInWordsAndYearsWithoutGrouping() throws Exception {
        String html = NoticeTemplatesTest.render("component://hpf-compliance/template/application/ApplicationApprovalForm.html.ftl", approvalContext());
        for (String s : List.of("2025年亏损 1,500,000.00 元", "2024年盈利 80,000.50 元", "119,962.07", "2,600")) {
            assertTrue(html.contains(s), () -> "approval form lacks '" + s + "'");
        }
        assertFalse(html.contains("-1,500,000"), "a loss printed with a minus sign");
        assertFalse(html.contains("2,025") || html.contains("2,024"), "a year printed with grouping");
        assertFalse(html.contains("盈亏 "), "the old 'profit or loss' column with a signed number");
    }

    @Test
    void remittanceGridShowsAPartialPaymentToTheFen() throws Exception {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("ec", new NoticeTemplatesTest.FakeEc());
        ArrayList<Object> cells = new ArrayList<>(Arrays.asList(NoticeTemplatesTest.cell("2025-02", 2, "PARTIAL", "100", "40.5")));
        while (cells.size() < 12) cells.add(null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", 2025);
        row.put("cells", cells);
        row.put("owedMonths", 1);
        row.put("shortAmount", new BigDecimal("59.5"));
        ctx.put("yearRows", List.of(row));
        ctx.put("fromMonth", "2025-01");
        ctx.put("thruMonth", "2025-12");
        String html = NoticeTemplatesTest.render("component://hpf-compliance/template/target/RemittanceGrid.html.ftl", ctx);
        assertTrue(html.matches("(?s).*>\\s*40\\.50\\s*<.*"), html);
        assertTrue(html.contains(">2025<") && !html.contains("2,025"), "the year without grouping");
    }
}
