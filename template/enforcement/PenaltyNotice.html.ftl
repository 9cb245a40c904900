<#-- 《行政处罚事先告知书》 before a fine under 《住房公积金管理条例》第三十七条: the facts, the intended penalty, and the unit's
     rights under 《行政处罚法》(2021) 第四十四条、第四十五条 (陈述、申辩) and 第六十三条、第六十四条 (听证, requested within
     five days of the notice), the five days being working days (第八十五条). Context: get#EnforcementPrintInfo. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>行政处罚事先告知书 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">行政处罚事先告知书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush addressee">${h(action.unitName!unit.unitName)}<#if (action.usccCode!unit.usccCode)?has_content>（统一社会信用代码：${h(action.usccCode!unit.usccCode)}）</#if>：</p>

<p>经查，你单位未按规定办理住房公积金缴存登记或者未为本单位职工办理住房公积金账户设立手续。<#if registerOrderInfo.documentNumber?has_content>我中心于${h(registerOrderInfo.issueDateText)}向你单位下达《责令限期办理住房公积金缴存登记通知书》（${h(registerOrderInfo.documentNumber)}）<#if registerOrderInfo.serviceDateText?has_content>，并于${h(registerOrderInfo.serviceDateText)}送达</#if>，责令你单位于${h(registerOrderInfo.dueDateText)}前办理，你单位逾期仍未办理。</#if><#if action.factsText?has_content>${h(action.factsText)}</#if></p>

<p>你单位的上述行为违反了《住房公积金管理条例》第十三条、第十四条的规定。依据《住房公积金管理条例》第三十七条“违反本条例的规定，单位不办理住房公积金缴存登记或者不为本单位职工办理住房公积金账户设立手续的，由住房公积金管理中心责令限期办理；逾期不办理的，处1万元以上5万元以下的罚款”的规定，我中心拟对你单位作出<b>罚款</b>的行政处罚。</p>

<p>根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位享有<b>陈述、申辩</b>和<b>要求听证</b>的权利：</p>
<p>一、你单位可以自收到本告知书之日起<b>${statementWorkingDays!5}个工作日内</b>（不含法定节假日，依照《中华人民共和国行政处罚法》第八十五条计算）向我中心提出陈述、申辩，陈述、申辩可以书面提出，也可以到${h(branch.branchName!centerName)}口头提出并由我中心记录；<#if action.dueDate??>即最迟于<b>${h(dueDateText)}</b>前提出；</#if></p>
<p>二、你单位要求听证的，应当自收到本告知书之日起<b>${statementWorkingDays!5}个工作日内</b>向我中心提出，我中心将依法组织听证；</p>
<p>三、你单位逾期未提出陈述、申辩或者听证要求的，视为放弃上述权利，我中心将依法作出行政处罚决定。</p>
<p>我中心不因你单位陈述、申辩而加重处罚。</p>

<p class="flush" style="margin-top:6mm;">联系机构：${h(branch.branchName!centerName)}</p>
<#if branch.address?has_content><p class="flush">地　　址：${h(branch.address)}</p></#if>
<#if branch.contactPhone?has_content><p class="flush">联系电话：${h(branch.contactPhone)}</p></#if>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本告知书一式两份，一份送达当事人，一份由${h(centerName)}存档。陈述、申辩和要求听证的期限按工作日计算，自送达之日的次日起算。</div>
</body>
</html>
