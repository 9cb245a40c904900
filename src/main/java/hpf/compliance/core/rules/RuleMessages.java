package hpf.compliance.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static hpf.compliance.core.rules.RegularizationRules.*;

/**
 * Every message template the rule classes of this package can return as a {@link hpf.compliance.core.Violation}
 * code, with its Chinese text. The Moqui layer loads these pairs as LocalizedMessage (original = the English
 * template, locale zh); the {@code ${name}} placeholders are the same in both languages.
 */
public final class RuleMessages {
    private RuleMessages() {}

    private static final Map<String, String> ZH = new LinkedHashMap<>();

    private static void zh(String english, String chinese) {
        if (ZH.put(english, chinese) != null) throw new IllegalStateException("duplicate message template: " + english);
    }

    static {
        // RegularizationRules
        zh(KIND_REQUIRED, "请选择申请类型（降低缴存比例或缓缴）");
        zh(SUBMITTED_REQUIRED, "请填写申请提交日期");
        zh(CURRENT_EMPLOYER_RATE_REQUIRED, "缺少单位当前的单位缴存比例");
        zh(CURRENT_EMPLOYEE_RATE_REQUIRED, "缺少单位当前的个人缴存比例");
        zh(CURRENT_EMPLOYER_RATE_OUT_OF_RANGE, "当前单位缴存比例${rate}不在5%至12%的范围内");
        zh(CURRENT_EMPLOYEE_RATE_OUT_OF_RANGE, "当前个人缴存比例${rate}不在5%至12%的范围内");
        zh(REQUESTED_EMPLOYER_RATE_REQUIRED, "请填写申请的单位缴存比例");
        zh(REQUESTED_EMPLOYEE_RATE_REQUIRED, "请填写申请的个人缴存比例");
        zh(REQUESTED_EMPLOYER_RATE_BELOW_MIN, "申请的单位缴存比例${rate}低于5%的下限");
        zh(REQUESTED_EMPLOYEE_RATE_BELOW_MIN, "申请的个人缴存比例${rate}低于5%的下限");
        zh(REQUESTED_EMPLOYER_RATE_HIGHER, "申请的单位缴存比例${rate}不得高于当前比例${current}");
        zh(REQUESTED_EMPLOYEE_RATE_HIGHER, "申请的个人缴存比例${rate}不得高于当前比例${current}");
        zh(NO_RATE_LOWERED, "申请的缴存比例至少有一项应低于当前比例（当前单位${employerCurrent}，个人${employeeCurrent}）");
        zh(DEFERRAL_MONTHS_REQUIRED, "请填写缓缴月数");
        zh(DEFERRAL_MONTHS_OUT_OF_RANGE, "缓缴月数${months}应在1至${max}个月之间");
        zh(DEFERRAL_MONTHS_EXCEED_PERIOD, "缓缴月数${months}超过申请期限的${periodMonths}个月");
        zh(PERIOD_FROM_REQUIRED, "请填写申请期限的起始日期");
        zh(PERIOD_THRU_REQUIRED, "请填写申请期限的截止日期");
        zh(PERIOD_THRU_NOT_AFTER_FROM, "申请期限的截止日期${thru}应晚于起始日期${from}");
        zh(PERIOD_TOO_LONG, "申请期限${months}个月，超过最长${max}个月的规定");
        zh(RENEWAL_OUTSIDE_WINDOW, "该单位已批准的期限至${thru}届满，续期申请须自${windowFrom}起提交");
        zh(RENEWAL_OVERLAPS, "续期期限应在现有期限届满（${thru}）之后开始");
        zh(APPLICATION_IN_PROGRESS, "该单位已有正在办理的申请（${applications}）");
        zh(REASON_REQUIRED, "请填写申请理由");
        zh(PROFIT_LOSS_LAST_YEAR_REQUIRED, "请填写上一年度的盈亏情况");
        zh(PROFIT_LOSS_YEAR_BEFORE_REQUIRED, "请填写前一年度的盈亏情况");
        zh(RESOLUTION_REQUIRED, "缺少职工代表大会或工会的决议");
        zh(RESOLUTION_BODY_REQUIRED, "请选择作出决议的机构");
        zh(RESOLUTION_DATE_REQUIRED, "请填写决议日期");
        zh(ATTENDANCE_REQUIRED, "请填写表决时的出席人数");
        zh(VOTES_FOR_REQUIRED, "请填写赞成票数");
        zh(VOTES_AGAINST_REQUIRED, "请填写反对票数");
        zh(COUNT_NEGATIVE, "人数或票数不能为负数");
        zh(ATTENDANCE_EXCEEDS_MEMBERS, "出席人数${attendance}超过该机构的成员数${members}");
        zh(ATTENDANCE_NOT_MAJORITY, "出席人数${attendance}应超过成员数${members}的半数");
        zh(VOTES_EXCEED_ATTENDANCE, "赞成票与反对票合计${votes}超过出席人数${attendance}");
        zh(VOTES_FOR_NOT_MAJORITY, "赞成票${votesFor}应超过出席人数${attendance}的半数");
        zh(SIGNATURES_REQUIRED, "请填写签字职工人数");
        zh(WORKER_COUNT_REQUIRED, "缺少单位职工人数，无法核对签字比例");
        zh(SIGNATURES_BELOW_TWO_THIRDS, "签字职工${signatures}人，未达到职工总数${workers}人的三分之二");
        zh(SIGNATURES_BUT_CONGRESS, "该单位设有职工代表大会，应由职工代表大会或工会作出决议");
        zh(RESOLUTION_AFTER_NOTICE, "决议日期${resolutionDate}应不晚于公示开始日期${noticeFrom}");
        zh(NOTICE_REQUIRED, "缺少单位内部公示情况");
        zh(NOTICE_FROM_REQUIRED, "请填写公示开始日期");
        zh(NOTICE_THRU_REQUIRED, "请填写公示结束日期");
        zh(NOTICE_THRU_BEFORE_FROM, "公示结束日期${thru}不能早于开始日期${from}");
        zh(NOTICE_TOO_SHORT, "公示期${days}天，少于规定的${min}天");
        zh(NOTICE_NOT_ENDED, "公示应在申请提交日期${submitted}之前结束，现结束日期为${thru}");
        zh(OBJECTIONS_REQUIRED, "请填写公示期间收到的异议数量");
        zh(OBJECTIONS_RESPONSE_REQUIRED, "公示期间收到${objections}条异议，请填写处理情况");
        zh(ATTACHMENT_APPLICATION_FORM_MISSING, "缺少附件：申请表");
        zh(ATTACHMENT_RESOLUTION_MISSING, "缺少附件：职工代表大会或工会决议");
        zh(ATTACHMENT_NOTICE_EVIDENCE_MISSING, "缺少附件：公示证明材料");
        zh(ATTACHMENT_HARDSHIP_PROOF_MISSING, "缺少附件：经营困难证明材料");
    }

    /** English template → Chinese text, in a stable order. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(ZH);
    }

    /** The Chinese text of a template, or the template itself when unknown. */
    public static String zh(String english) {
        return ZH.getOrDefault(english, english);
    }
}
