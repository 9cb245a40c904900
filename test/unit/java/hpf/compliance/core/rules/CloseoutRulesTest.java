package hpf.compliance.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hpf.compliance.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloseoutRulesTest {
    static final Map<String, String> ALL_TEXTS = Map.of("workProgress", "开展了", "practices", "做法", "problems", "问题",
            "remedies", "措施");

    @Test
    void onlyADraftOrReturnedSummaryIsEditable() {
        assertTrue(CloseoutRules.summaryEditable("HpfBsDraft"));
        assertTrue(CloseoutRules.summaryEditable("HpfBsReturned"));
        assertTrue(CloseoutRules.summaryEditable(null));
        assertFalse(CloseoutRules.summaryEditable("HpfBsSubmitted"));
        assertFalse(CloseoutRules.summaryEditable("HpfBsAccepted"));
    }

    @Test
    void onlyADraftReportIsEditable() {
        assertTrue(CloseoutRules.reportEditable("HpfFrDraft"));
        assertFalse(CloseoutRules.reportEditable("HpfFrSubmitted"));
        assertFalse(CloseoutRules.reportEditable("HpfFrSigned"));
    }

    @Test
    void submissionNeedsFiguresAndEveryNarrativeSection() {
        assertEquals(List.of(), CloseoutRules.checkSubmission(true, ALL_TEXTS));
        List<Violation> v = CloseoutRules.checkSubmission(false, Map.of("workProgress", "x", "practices", "  "));
        assertEquals(List.of(CloseoutRules.FIGURES_NOT_COMPUTED, CloseoutRules.PRACTICES_REQUIRED,
                CloseoutRules.PROBLEMS_REQUIRED, CloseoutRules.REMEDIES_REQUIRED), v.stream().map(Violation::code).toList());
        assertEquals(List.of("asOfDate", "practices", "problems", "remedies"), v.stream().map(Violation::field).toList());
        assertEquals(5, CloseoutRules.checkSubmission(false, null).size());
    }

    @Test
    void returningNeedsAReason() {
        assertEquals(CloseoutRules.RETURN_REASON_REQUIRED, CloseoutRules.checkReturn(" ").get(0).code());
        assertEquals(CloseoutRules.RETURN_REASON_REQUIRED, CloseoutRules.checkReturn(null).get(0).code());
        assertEquals(List.of(), CloseoutRules.checkReturn("数据有误"));
    }

    @Test
    void theReportWaitsForEveryBranchAndForAgreement() {
        assertEquals(List.of(), CloseoutRules.checkReportSubmission(List.of(), List.of(), Map.of()));
        List<SummaryFigures.Difference> diffs = SummaryFigures.compare("矿区管理部",
                Map.of("recoveredAmount", new BigDecimal("10")), Map.of("recoveredAmount", new BigDecimal("12")));
        List<Violation> v = CloseoutRules.checkReportSubmission(List.of("城区管理部"), diffs, Map.of("矿区管理部", "2026-06-20"));
        assertEquals(2, v.size());
        assertEquals("城区管理部 has no accepted branch summary yet", v.get(0).message());
        assertEquals("矿区管理部: 追缴金额（元） is 10.00 in the accepted summary but 12.00 in the data as of 2026-06-20",
                v.get(1).message());
    }

    @Test
    void everyCloseoutMessageHasChineseText() {
        for (String code : List.of(CloseoutRules.SUMMARY_NOT_EDITABLE, CloseoutRules.FIGURES_NOT_COMPUTED,
                CloseoutRules.WORK_PROGRESS_REQUIRED, CloseoutRules.PRACTICES_REQUIRED, CloseoutRules.PROBLEMS_REQUIRED,
                CloseoutRules.REMEDIES_REQUIRED, CloseoutRules.RETURN_REASON_REQUIRED, CloseoutRules.SUMMARY_MISSING,
                CloseoutRules.FIGURE_DISAGREES, CloseoutRules.REPORT_NOT_EDITABLE, CloseoutRules.CAMPAIGN_ARCHIVED))
            assertFalse(RuleMessages.zh(code).equals(code), code);
    }
}
