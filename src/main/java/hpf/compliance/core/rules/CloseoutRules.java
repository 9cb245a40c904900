package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules of the summary and acceptance phase (总结验收): what a branch summary needs before it is submitted, when its
 * figures may still change, what returning it takes, when the final report may go to the leading group, and the
 * message of the archive (a signed final report makes the campaign's records read-only).
 */
public final class CloseoutRules {
    private CloseoutRules() {}

    public static final String SUMMARY_NOT_EDITABLE =
            "This branch summary is ${status}: only a draft or a returned summary can be changed or recomputed";
    public static final String FIGURES_NOT_COMPUTED =
            "The figures of the summary have not been computed yet: compute them as of a date first";
    public static final String WORK_PROGRESS_REQUIRED = "Describe the work done (工作开展情况)";
    public static final String PRACTICES_REQUIRED = "Describe the good practices (经验做法)";
    public static final String PROBLEMS_REQUIRED = "Describe the remaining problems (存在问题)";
    public static final String REMEDIES_REQUIRED = "Describe the next steps (下一步措施)";
    public static final String RETURN_REASON_REQUIRED = "Give the reason for returning it";
    public static final String SUMMARY_MISSING = "${branchName} has no accepted branch summary yet";
    public static final String FIGURE_DISAGREES =
            "${branchName}: ${figure} is ${recorded} in the accepted summary but ${computed} in the data as of ${asOfDate}";
    public static final String REPORT_NOT_EDITABLE =
            "This final report is ${status}: only a draft can be changed or recomputed";
    public static final String CAMPAIGN_ARCHIVED =
            "Campaign ${campaignName} was archived on ${archivedDate} when its final report was signed: its records are read-only and cannot be changed";

    /** The narrative sections, in the order they are printed: field name → violation when empty. */
    public static final Map<String, String> NARRATIVE_SECTIONS;
    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("workProgress", WORK_PROGRESS_REQUIRED);
        m.put("practices", PRACTICES_REQUIRED);
        m.put("problems", PROBLEMS_REQUIRED);
        m.put("remedies", REMEDIES_REQUIRED);
        NARRATIVE_SECTIONS = java.util.Collections.unmodifiableMap(m);
    }

    /** A branch summary's figures and texts may change only while it is a draft or was returned. */
    public static boolean summaryEditable(String statusId) {
        return statusId == null || "HpfBsDraft".equals(statusId) || "HpfBsReturned".equals(statusId);
    }

    /** A final report may change only while it is a draft (a report the leading group returned is a draft again). */
    public static boolean reportEditable(String statusId) {
        return statusId == null || "HpfFrDraft".equals(statusId);
    }

    /** What a summary or report needs before it is submitted: computed figures and every narrative section. */
    public static List<Violation> checkSubmission(boolean figuresComputed, Map<String, ?> texts) {
        List<Violation> out = new ArrayList<>();
        if (!figuresComputed) out.add(Violation.of(FIGURES_NOT_COMPUTED, "asOfDate"));
        for (Map.Entry<String, String> e : NARRATIVE_SECTIONS.entrySet()) {
            Object v = texts == null ? null : texts.get(e.getKey());
            if (v == null || v.toString().isBlank()) out.add(Violation.of(e.getValue(), e.getKey()));
        }
        return out;
    }

    /** Returning a summary (office) or a report (leading group) needs a reason. */
    public static List<Violation> checkReturn(String reason) {
        return reason == null || reason.isBlank() ? List.of(Violation.of(RETURN_REASON_REQUIRED, "returnReason")) : List.of();
    }

    /**
     * The final report may go to the leading group only when every branch that has targets has an accepted summary
     * and every accepted summary agrees with the data it was computed from.
     *
     * @param branchesWithoutAccepted names of the branches that still lack an accepted summary
     * @param differences             where an accepted summary and the data disagree (branch name as scope)
     * @param asOfDates               branch name → the date the summary's figures are as of (for the message)
     */
    public static List<Violation> checkReportSubmission(List<String> branchesWithoutAccepted,
            List<SummaryFigures.Difference> differences, Map<String, String> asOfDates) {
        List<Violation> out = new ArrayList<>();
        for (String b : branchesWithoutAccepted) out.add(Violation.of(SUMMARY_MISSING, null, "branchName", b));
        for (SummaryFigures.Difference d : differences) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("branchName", d.scope());
            args.put("figure", d.label());
            args.put("recorded", d.recorded());
            args.put("computed", d.computed());
            args.put("asOfDate", asOfDates == null ? null : asOfDates.get(d.scope()));
            out.add(new Violation(FIGURE_DISAGREES, null, args));
        }
        return out;
    }
}
