<#-- 催缴情况笔录, printed for signatures. Context: get#InterviewPrintInfo. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>催缴情况笔录</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<div class="title">催缴情况笔录</div>
<table class="form"><colgroup><col style="width:30mm"/><col/><col style="width:30mm"/><col/></colgroup>
    <tr><th>时　　间</th><td colspan="3">${h(interviewDateText)}</td></tr>
    <tr><th>地　　点</th><td colspan="3">${h(interview.place)}</td></tr>
    <tr><th>催缴人员</th><td colspan="3"><#list staffList as p>${h(p.participantName)}<#if p.roleTitle?has_content>（${h(p.roleTitle)}）</#if><#sep>、</#list></td></tr>
    <tr><th>被催缴单位</th><td colspan="3">${h(unit.unitName)}（单位账号：${h(unit.unitAccountNo)}<#if unit.usccCode?has_content>，统一社会信用代码：${h(unit.usccCode)}</#if>）</td></tr>
    <tr><th>单位参加人员</th><td colspan="3"><#list repList as p>${h(p.participantName)}<#if p.roleTitle?has_content>（${h(p.roleTitle)}）</#if><#if p.contactPhone?has_content>，电话${h(p.contactPhone)}</#if><#sep>；</#list></td></tr>
</table>

<p style="margin-top:5mm;">告知：我们是${h(centerName)}<#if branch.branchName?has_content>${h(branch.branchName)}</#if>的工作人员，现依据《住房公积金管理条例》的规定，就你单位未按时足额缴存住房公积金的情况进行了解并督促缴存。你单位应当如实陈述，本笔录经核对无误后签字确认。</p>
<p>欠缴情况：经核查，你单位自${h(firstOwedMonthText!"—")}起累计${owedWord(target.targetTypeEnumId!"")}住房公积金${h(target.owedMonths!0)}个月，欠缴金额人民币${h(amountOwedText!"0.00")}元。</p>
<p>欠缴原因：${h(causeText)}</p>
<p>单位陈述：${h(interview.unitStatement)}</p>
<#if interview.commitmentDate??>
<p>缴存承诺：单位承诺于${h(commitmentDateText)}前缴存住房公积金人民币${h(commitmentAmountText)}元。<#if interview.commitmentPlan?has_content>缴存计划：${h(interview.commitmentPlan)}</#if></p>
<#else>
<p>缴存承诺：单位未作出缴存承诺。</p>
</#if>
<p>以上笔录已经本人核对（已向本人宣读），与所述一致。</p>

<div class="sign-line">单位参加人员（签名）：<span class="blank">&#160;</span>　　年　　月　　日</div>
<div class="sign-line">单位（盖章）：<span class="blank">&#160;</span></div>
<div class="sign-line">催缴人员（签名）：<span class="blank">&#160;</span><span class="blank">&#160;</span>　　年　　月　　日</div>
<div class="sign-line">记录人（签名）：<span class="blank">&#160;</span></div>
<div class="note">本笔录共　　页，每页均须由被询问单位参加人员签名确认。</div>
</body>
</html>
