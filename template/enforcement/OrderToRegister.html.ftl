<#-- 《责令限期办理住房公积金缴存登记通知书》 (《住房公积金管理条例》第三十七条). Context: get#EnforcementPrintInfo. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>责令限期办理住房公积金缴存登记通知书 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">责令限期办理住房公积金缴存登记通知书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush addressee">${h(action.unitName!unit.unitName)}<#if (action.usccCode!unit.usccCode)?has_content>（统一社会信用代码：${h(action.usccCode!unit.usccCode)}）</#if>：</p>

<p>经查，你单位<#if establishedDateText?has_content>于${h(establishedDateText)}设立，</#if>未按规定向我中心办理住房公积金缴存登记或者未为本单位职工办理住房公积金账户设立手续<#if action.factsText?has_content>（${h(action.factsText)}）</#if>。</p>

<p>你单位的上述行为违反了《住房公积金管理条例》的规定：</p>
<p class="law"><b>第十三条</b>　单位应当向住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。</p>
<p class="law"><b>第十四条</b>　新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。</p>
<p class="law"><b>第三十七条</b>　违反本条例的规定，单位不办理住房公积金缴存登记或者不为本单位职工办理住房公积金账户设立手续的，由住房公积金管理中心责令限期办理；逾期不办理的，处1万元以上5万元以下的罚款。</p>

<p>根据《住房公积金管理条例》第三十七条的规定，现责令你单位：</p>
<p>一、于<b>${h(dueDateText)}</b>前（自本通知书签发之日起<#if deadlineDays??>${deadlineDays}个</#if>自然日内）到${h(branch.branchName!centerName)}办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。</p>
<p>二、你单位逾期不办理的，我中心将依照《住房公积金管理条例》第三十七条的规定<b>处1万元以上5万元以下的罚款</b>。</p>
<p>三、你单位对本通知书不服的，可以自收到本通知书之日起六十日内依法申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。</p>
<p>特此通知。</p>

<p class="flush" style="margin-top:6mm;">联系机构：${h(branch.branchName!centerName)}</p>
<#if branch.address?has_content><p class="flush">地　　址：${h(branch.address)}</p></#if>
<#if branch.contactPhone?has_content><p class="flush">联系电话：${h(branch.contactPhone)}</p></#if>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本通知书一式两份，一份送达被责令单位，一份由${h(centerName)}存档。办理期限按自然日计算。</div>
</body>
</html>
