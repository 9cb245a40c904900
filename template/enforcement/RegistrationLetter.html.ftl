<#-- 《住房公积金缴存登记告知书》: the first letter to an enterprise found in the registry without an account (建缴).
     Context: get#EnforcementPrintInfo (action, unit, branch, campaign, centerName, *Text). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>住房公积金缴存登记告知书 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">住房公积金缴存登记告知书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush addressee">${h(action.unitName!unit.unitName)}<#if (action.usccCode!unit.usccCode)?has_content>（统一社会信用代码：${h(action.usccCode!unit.usccCode)}）</#if>：</p>

<p>经与市场监督管理部门登记信息比对，你单位<#if establishedDateText?has_content>于${h(establishedDateText)}</#if>设立，<#if unit.registeredAddress?has_content>住所为${h(unit.registeredAddress)}，</#if>至今未在我中心办理住房公积金缴存登记。</p>

<p>根据《住房公积金管理条例》的规定：</p>
<p class="law"><b>第十三条</b>　单位应当向住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。</p>
<p class="law"><b>第十四条</b>　新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。</p>
<p class="law"><b>第十五条</b>　单位录用职工的，应当自录用之日起30日内向住房公积金管理中心办理缴存登记，并办理职工住房公积金账户的设立或者转移手续。</p>

<p>请你单位收到本告知书后，持营业执照、法定代表人身份证明及经办人身份证明等材料，尽快到${h(branch.branchName!centerName)}办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续，按时足额缴存住房公积金。</p>
<p>你单位不办理住房公积金缴存登记或者不为本单位职工办理住房公积金账户设立手续的，我中心将依照《住房公积金管理条例》第三十七条的规定责令限期办理；逾期不办理的，处1万元以上5万元以下的罚款。</p>
<p>特此告知。</p>

<p class="flush" style="margin-top:6mm;">联系机构：${h(branch.branchName!centerName)}</p>
<#if branch.address?has_content><p class="flush">地　　址：${h(branch.address)}</p></#if>
<#if branch.contactPhone?has_content><p class="flush">联系电话：${h(branch.contactPhone)}</p></#if>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本告知书一式两份，一份送达单位，一份由${h(centerName)}存档。</div>
</body>
</html>
