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
        // InterviewRules
        zh(InterviewRules.DATE_REQUIRED, "请填写约谈日期");
        zh(InterviewRules.DATE_IN_FUTURE, "约谈日期${date}不能晚于今天");
        zh(InterviewRules.TWO_STAFF_REQUIRED, "约谈须有两名以上工作人员参加（现记录${count}人）");
        zh(InterviewRules.REPRESENTATIVE_REQUIRED, "请至少填写一名单位参加人员");
        zh(InterviewRules.REPRESENTATIVE_NAME_REQUIRED, "请填写单位参加人员的姓名");
        zh(InterviewRules.REPRESENTATIVE_ROLE_REQUIRED, "请填写单位参加人员${name}的职务或身份");
        zh(InterviewRules.CAUSE_REQUIRED, "请选择欠缴原因");
        zh(InterviewRules.OTHER_CAUSE_TEXT_REQUIRED, "欠缴原因为“其他”时，请填写具体原因");
        zh(InterviewRules.COMMITMENT_BEFORE_INTERVIEW, "承诺缴存日期${commitmentDate}不能早于约谈日期${date}");
        zh(InterviewRules.COMMITMENT_AMOUNT_REQUIRED, "单位承诺于${commitmentDate}前缴存的金额应大于零");
        zh(InterviewRules.COMMITMENT_DATE_REQUIRED, "填写了承诺金额，请同时填写承诺缴存日期");

        // ServiceRecordRules
        zh(ServiceRecordRules.METHOD_REQUIRED, "请选择送达方式");
        zh(ServiceRecordRules.ISSUE_DATE_REQUIRED, "请填写文书的签发日期");
        zh(ServiceRecordRules.SERVICE_DATE_REQUIRED, "请填写送达日期");
        zh(ServiceRecordRules.SERVICE_BEFORE_ISSUE, "送达日期${serviceDate}不能早于签发日期${issueDate}");
        zh(ServiceRecordRules.SERVICE_IN_FUTURE, "送达日期${serviceDate}不能晚于今天");
        zh(ServiceRecordRules.RECIPIENT_REQUIRED, "请填写受送达人（签收人）姓名");
        zh(ServiceRecordRules.REFUSAL_REQUIRED, "留置送达须以受送达人拒绝签收为前提");
        zh(ServiceRecordRules.REFUSING_RECIPIENT_REQUIRED, "请填写拒绝签收人的姓名");
        zh(ServiceRecordRules.WITNESS_REQUIRED, "留置送达须有至少一名见证人");
        zh(ServiceRecordRules.TRACKING_NO_REQUIRED, "邮寄送达须填写邮件单号");
        zh(ServiceRecordRules.CHANNEL_REQUIRED, "电子送达须填写送达渠道");
        zh(ServiceRecordRules.ADDRESS_REQUIRED, "电子送达须填写送达地址");
        zh(ServiceRecordRules.CONSENT_REQUIRED, "电子送达须记录单位同意电子送达");
        zh(ServiceRecordRules.FAILURE_REASON_REQUIRED, "文书被退回或无法送达的，请填写原因");

        // EnforcementRules
        zh(EnforcementRules.CASE_TYPE_REQUIRED, "请选择案件类型（欠缴或未办理缴存登记）");
        zh(EnforcementRules.ACTION_TYPE_REQUIRED, "请选择执法措施类型");
        zh(EnforcementRules.ISSUE_DATE_REQUIRED, "请填写执法文书的签发日期");
        zh(EnforcementRules.ISSUE_DATE_IN_FUTURE, "签发日期${issueDate}不能晚于今天");
        zh(EnforcementRules.FINE_NOT_ALLOWED_FOR_ARREARS, "欠缴案件不得罚款：《住房公积金管理条例》第三十八条只规定责令限期缴存和申请人民法院强制执行");
        zh(EnforcementRules.PENALTY_ONLY_FOR_NON_REGISTRATION, "行政处罚仅适用于不办理缴存登记或不为职工设立账户的单位（第三十七条），不适用于欠缴");
        zh(EnforcementRules.COURT_REFERRAL_ONLY_FOR_ARREARS, "申请人民法院强制执行缴存仅适用于欠缴案件（第三十八条）");
        zh(EnforcementRules.FINE_ONLY_ON_PENALTY_DECISION, "罚款只能在行政处罚决定书中确定");
        zh(EnforcementRules.GUIDANCE_LETTER_FIRST, "下达责令限期通知书前须先送达行政指导意见书");
        zh(EnforcementRules.ORDER_DEADLINE_REQUIRED, "责令限期通知书须写明期限");
        zh(EnforcementRules.ORDER_DEADLINE_NOT_AFTER_ISSUE, "期限${deadline}应晚于签发日期${issueDate}");
        zh(EnforcementRules.ORDER_DEADLINE_TOO_LONG, "期限${days}天，超过最长${max}天的规定");
        zh(EnforcementRules.ORDER_REQUIRED, "此项措施须先下达责令限期通知书");
        zh(EnforcementRules.ORDER_DEADLINE_NOT_PASSED, "此项措施须在责令期限${deadline}届满后方可采取");
        zh(EnforcementRules.UNIT_COMPLIED, "单位已于${compliedDate}履行义务，不能再采取此项措施");
        zh(EnforcementRules.PENALTY_NOTICE_FIRST, "作出行政处罚决定前须先送达行政处罚告知书");
        zh(EnforcementRules.FINE_REQUIRED, "行政处罚决定书须写明罚款金额");
        zh(EnforcementRules.FINE_OUT_OF_RANGE, "罚款金额${fine}元应在${min}元至${max}元之间（《住房公积金管理条例》第三十七条）");
        zh(EnforcementRules.PENALTY_NOTICE_NOT_SERVED, "行政处罚事先告知书须先送达，陈述申辩期限自送达之日起计算");
        zh(EnforcementRules.STATEMENT_PERIOD_NOT_OVER, "单位陈述申辩、要求听证的期限至${replyBy}届满，期满后方可作出行政处罚决定（《行政处罚法》第六十二条）");
        zh(EnforcementRules.PENALTY_ALREADY_DECIDED, "已于${decidedOn}作出行政处罚决定，同一违法行为不得给予两次以上罚款（《行政处罚法》第二十九条）");

        // UnitListRules (通报批评, 失信 and 守信 lists)
        zh(UnitListRules.LIST_TYPE_REQUIRED, "请选择名单类型");
        zh(UnitListRules.ORDER_NOT_IGNORED, "只有拒不执行责令限期缴存通知（期限届满仍未缴存）的单位才能提请通报批评");
        zh(UnitListRules.NOT_DISHONEST, "只有已申请人民法院强制执行、或拒不执行责令限期缴存通知的单位才能提请列入失信名单");
        zh(UnitListRules.NOT_COMPLIANT_LONG_ENOUGH, "该单位截至${month}连续按时足额缴存${months}个月，列入守信名单须连续${required}个月");
        zh(UnitListRules.TRUSTWORTHY_WHILE_OWING, "欠缴或正被执纪执法的单位不能列入守信名单");
        zh(UnitListRules.ALREADY_LISTED, "该单位已在此名单中（${status}）");
        zh(UnitListRules.DECISION_NUMBER_REQUIRED, "列入信用名单须填写决定文号");
        zh(UnitListRules.DECISION_DATE_REQUIRED, "请填写决定日期");
        zh(UnitListRules.DECISION_DATE_IN_FUTURE, "决定日期${date}晚于今天");
        zh(UnitListRules.LISTED_BEFORE_DECISION, "列入日期${listedDate}不能早于决定日期${decisionDate}");
        zh(UnitListRules.NOT_PROPOSED, "只有提请中的名单条目才能批准或不予批准");
        zh(UnitListRules.NOT_APPROVED, "只有已批准的名单条目才能发布");
        zh(UnitListRules.NOT_ON_LIST, "只有已批准或已发布的名单条目才能移出名单");
        zh(UnitListRules.REMOVAL_REASON_REQUIRED, "请填写移出名单的理由");
        zh(UnitListRules.REMOVAL_STILL_OWES, "该单位仍有欠缴，整改到位后方可移出名单");
        zh(UnitListRules.REMOVAL_BEFORE_LISTING, "移出日期${removedDate}不能早于列入日期${listedDate}");
        zh(UnitListRules.PUBLICATION_DATE_IN_FUTURE, "发布日期${date}晚于今天");
        // CourtReferralRules
        zh(CourtReferralRules.REFERRAL_EXISTS, "已就该责令限期缴存通知书申请过人民法院强制执行（${documentNumber}）");
        zh(CourtReferralRules.ORDER_NOT_SERVED, "责令限期缴存通知书${documentNumber}尚无送达记录，未送达单位的通知书不能申请人民法院强制执行");
        zh(CourtReferralRules.AS_OF_DATE_REQUIRED, "请填写欠缴金额的计算截止日期");
        zh(CourtReferralRules.AS_OF_AFTER_APPLICATION, "欠缴金额的计算截止日期${asOfDate}不能晚于申请日期${issueDate}");
        zh(CourtReferralRules.AS_OF_NOT_AFTER_DEADLINE, "欠缴金额的计算截止日期${asOfDate}应晚于责令缴存期限${deadline}");
        zh(CourtReferralRules.NOTHING_OWED, "截至${asOfDate}单位已无欠缴，无需申请人民法院强制执行");
        zh(CourtReferralRules.COURT_NAME_REQUIRED, "请填写受理申请的人民法院");
        zh(CourtReferralRules.CASE_NUMBER_REQUIRED, "法院已立案的，请填写案号");
        zh(CourtReferralRules.FILING_DATE_REQUIRED, "已有案号或裁定的，请填写立案日期");
        zh(CourtReferralRules.FILING_BEFORE_APPLICATION, "立案日期${filingDate}不能早于申请日期${issueDate}");
        zh(CourtReferralRules.DATE_IN_FUTURE, "${date}晚于今天");
        zh(CourtReferralRules.RULING_BEFORE_FILING, "裁定日期${rulingDate}不能早于立案日期${filingDate}");
        zh(CourtReferralRules.RULING_RESULT_REQUIRED, "填写裁定日期的，请同时选择裁定结果");
        zh(CourtReferralRules.RULING_DATE_REQUIRED, "选择裁定结果的，请同时填写裁定日期");
        zh(CourtReferralRules.EXECUTION_NEEDS_ENFORCEMENT_RULING, "法院裁定准予强制执行后，方可记录执行结果和执行到位金额");
        zh(CourtReferralRules.AMOUNT_NEGATIVE, "执行到位金额不能为负数");
        zh(CourtReferralRules.AMOUNT_ABOVE_APPLIED, "执行到位金额${amount}元不能超过申请执行金额${applied}元");

        // NoticeNumbering (pattern configuration)
        zh(NoticeNumbering.PATTERN_EMPTY, "文号格式不能为空");
        zh(NoticeNumbering.SEQ_MISSING, "文号格式须包含{seq}，否则文号会重复");
        zh(NoticeNumbering.PLACEHOLDER_REPEATED, "文号格式中同一占位符出现了多次");
        zh(NoticeNumbering.PLACEHOLDERS_ADJACENT, "文号格式中的占位符之间须有文字分隔，以便从文号反向解析");
        zh(NoticeNumbering.CODE_CHAR_AFTER_PLACEHOLDER, "{branch}或{seq}之后的文字不能以字母、数字或下划线开头");
        zh(NoticeNumbering.SEQ_WIDTH_OUT_OF_RANGE, "{seq:N}中的N应在1至12之间");
        zh(NoticeNumbering.UNKNOWN_PLACEHOLDER, "未知的占位符${placeholder}，可用{year}、{branch}、{seq}或{seq:N}");
        zh(NoticeNumbering.UNBALANCED_BRACE, "“${text}”中的花括号不配对");

        // WorkingCalendar
        zh(WorkingCalendar.DAY_DATE_REQUIRED, "请填写日期");
        zh(WorkingCalendar.WORKDAY_NOT_WEEKEND, "${date}是工作日，只有星期六或星期日才能设为调休上班日");

        // Amounts (money inputs)
        zh(hpf.compliance.core.Amounts.MORE_THAN_FEN, "${label}${amount}超过两位小数，金额以元为单位、精确到分（如 119962.07）");

        // CampaignCalendar
        zh(CampaignCalendar.DELIVERABLE_OVERDUE, "${deliverable}应于${deadline}（${phase}阶段结束）前报送，已逾期${days}天");
        zh(CampaignCalendar.DELIVERABLE_LATE, "${deliverable}于${submitted}报送，晚于期限${deadline}");

        // CloseoutRules (summary and acceptance, archive)
        zh(CloseoutRules.SUMMARY_NOT_EDITABLE, "该分支机构总结状态为“${status}”，只有草稿或被退回的总结可以修改或重新计算");
        zh(CloseoutRules.FIGURES_NOT_COMPUTED, "总结的数据尚未生成，请先选择截止日期生成数据");
        zh(CloseoutRules.WORK_PROGRESS_REQUIRED, "请填写工作开展情况");
        zh(CloseoutRules.PRACTICES_REQUIRED, "请填写经验做法");
        zh(CloseoutRules.PROBLEMS_REQUIRED, "请填写存在问题");
        zh(CloseoutRules.REMEDIES_REQUIRED, "请填写下一步措施");
        zh(CloseoutRules.RETURN_REASON_REQUIRED, "请填写退回理由");
        zh(CloseoutRules.SUMMARY_MISSING, "${branchName}尚无已验收的分支机构总结");
        zh(CloseoutRules.FIGURE_DISAGREES, "${branchName}：${figure}在已验收的总结中为${recorded}，按截至${asOfDate}的数据为${computed}，两者不一致");
        zh(CloseoutRules.REPORT_NOT_EDITABLE, "该最终报告状态为“${status}”，只有草稿可以修改或重新计算");
        zh(CloseoutRules.CAMPAIGN_ARCHIVED, "专项工作“${campaignName}”的最终报告已于${archivedDate}签发并归档，其记录只读，不能修改");
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
