package hpf.compliance.templates;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The reminder text (SMS, and the e-mail's body): one line each reason, with the unit, the month or the deadline, the amount and the branch's phone. */
class ReminderTextTest {
    static final String LOCATION = "component://hpf-compliance/template/reminder/ReminderText.ftl";

    static Map<String, Object> context(String reason) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("reason", reason);
        ctx.put("signature", "阳泉公积金");
        ctx.put("unitName", "阳泉市宏达锦程食品有限责任公司");
        ctx.put("monthText", "2026年5月");
        ctx.put("amountText", "67,200.00");
        ctx.put("deadlineText", "2026年6月8日");
        ctx.put("documentNumber", "阳住金责〔2026〕YQ01-0001号");
        ctx.put("branchName", "城区管理部");
        ctx.put("branchPhone", "0353-2020001");
        return ctx;
    }

    @Test
    void anAlertSaysTheMonthTheAmountAndWhomToCall() throws Exception {
        String text = NoticeTemplatesTest.render(LOCATION, context("ALERT_OPENED"));
        assertEquals("【阳泉公积金】阳泉市宏达锦程食品有限责任公司：截至2026年5月，贵单位住房公积金未按时足额缴存，欠缴金额67,200.00元。"
                + "请尽快补缴，确有困难的可依规申请降低缴存比例或缓缴。咨询电话：0353-2020001（城区管理部）。", text);
        assertFalse(text.contains("\n"));
    }

    @Test
    void anOrderAndADeferralSayTheirDeadline() throws Exception {
        String order = NoticeTemplatesTest.render(LOCATION, context("ORDER_DEADLINE"));
        assertTrue(order.contains("《责令限期缴存通知书》（阳住金责〔2026〕YQ01-0001号）规定的缴存期限将于2026年6月8日届满"), order);
        assertTrue(order.contains("强制执行"));
        String deferral = NoticeTemplatesTest.render(LOCATION, context("DEFERRAL_ENDING"));
        assertTrue(deferral.contains("缓缴期将于2026年6月8日届满"), deferral);
        assertTrue(deferral.endsWith("咨询电话：0353-2020001（城区管理部）。"));
    }
}
