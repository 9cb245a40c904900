<#-- 《责令限期缴存通知书》 as issued. Context: get#EnforcementPrintInfo (action, unit, branch, campaign, notice, centerName, *Text). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>责令限期缴存通知书 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">责令限期缴存通知书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush addressee">${h(action.unitName!unit.unitName)}（单位账号：${h(action.unitAccountNo!unit.unitAccountNo)}<#if (action.usccCode!unit.usccCode)?has_content>，统一社会信用代码：${h(action.usccCode!unit.usccCode)}</#if>）：</p>

<p>经核查，你单位住房公积金缴至${h(paidThroughMonthText!"—")}，自${h(firstOwedMonthText!"—")}起未按规定按时足额缴存，累计欠缴（停缴）${h(action.owedMonths!0)}个月，欠缴金额共计人民币${h(amountOwedText!"0.00")}元（以我中心核定的金额为准）。<#if notice.noticeNumber?has_content>我中心已于${h(noticeIssueDateText!"")}向你单位下达《行政指导意见书》（${h(notice.noticeNumber)}）<#if noticeServiceDateText?has_content>，并于${h(noticeServiceDateText)}送达</#if>，你单位逾期仍未补缴。</#if></p>

<p>你单位的上述行为违反了《住房公积金管理条例》的规定：</p>
<p class="law"><b>第二十条</b>　单位应当按时、足额缴存住房公积金，不得逾期缴存或者少缴。</p>
<p class="law"><b>第三十八条</b>　违反本条例的规定，单位逾期不缴或者少缴住房公积金的，由住房公积金管理中心责令限期缴存；逾期仍不缴存的，可以申请人民法院强制执行。</p>

<p>根据《住房公积金管理条例》第三十八条的规定，现责令你单位：</p>
<p>一、于<b>${h(dueDateText)}</b>前（<#if deadlineDays??>自本通知书签发之日起${deadlineDays}个</#if>自然日内）到${h(branch.branchName!centerName)}足额补缴欠缴的住房公积金，并自即日起按月按时足额缴存。</p>
<p>二、你单位逾期仍不缴存的，我中心将依照《住房公积金管理条例》第三十八条的规定<b>申请人民法院强制执行</b>，由此产生的法律后果由你单位承担。</p>
<p>三、你单位对本通知书不服的，可以依法申请行政复议或者提起行政诉讼；复议、诉讼期间，不停止本通知书的执行。</p>
<p>特此通知。</p>

<p class="flush" style="margin-top:6mm;">联系机构：${h(branch.branchName!centerName)}</p>
<#if branch.address?has_content><p class="flush">地　　址：${h(branch.address)}</p></#if>
<#if branch.contactPhone?has_content><p class="flush">联系电话：${h(branch.contactPhone)}</p></#if>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本通知书一式两份，一份送达被责令单位，一份由${h(centerName)}存档。期限按自然日计算。</div>
</body>
</html>
