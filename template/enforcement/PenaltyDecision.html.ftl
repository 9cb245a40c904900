<#-- 《行政处罚决定书》: a fine under 《住房公积金管理条例》第三十七条 (1万元以上5万元以下), with the contents required by
     《行政处罚法》(2021) 第五十九条, payment within fifteen days (第六十七条) and the remedies: 行政复议 within sixty days
     (《行政复议法》第二十条) and 行政诉讼 within six months (《行政诉讼法》第四十六条). Context: get#EnforcementPrintInfo. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>行政处罚决定书 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">行政处罚决定书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush">当事人：${h(action.unitName!unit.unitName)}</p>
<#if (action.usccCode!unit.usccCode)?has_content><p class="flush">统一社会信用代码：${h(action.usccCode!unit.usccCode)}</p></#if>
<#if unit.registeredAddress?has_content><p class="flush">住　　所：${h(unit.registeredAddress)}</p></#if>
<#if unit.legalRepName?has_content><p class="flush">法定代表人：${h(unit.legalRepName)}</p></#if>

<p style="margin-top:4mm;">经查，当事人未按规定办理住房公积金缴存登记或者未为本单位职工办理住房公积金账户设立手续。<#if registerOrderInfo.documentNumber?has_content>我中心于${h(registerOrderInfo.issueDateText)}下达《责令限期办理住房公积金缴存登记通知书》（${h(registerOrderInfo.documentNumber)}），责令当事人于${h(registerOrderInfo.dueDateText)}前办理，当事人逾期仍未办理。</#if><#if action.factsText?has_content>${h(action.factsText)}</#if></p>
<#if penaltyNoticeInfo.documentNumber?has_content><p>我中心于${h(penaltyNoticeInfo.issueDateText)}向当事人送达《行政处罚事先告知书》（${h(penaltyNoticeInfo.documentNumber)}），告知其拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和要求听证的权利。<#if penaltyNoticeInfo.statementText?has_content>当事人在规定期限内提出：${h(penaltyNoticeInfo.statementText)}。经复核，其理由不能成立，不予采纳。<#else>当事人在规定期限内未提出陈述、申辩，也未要求听证。</#if></p></#if>

<p>当事人的上述行为违反了《住房公积金管理条例》第十三条、第十四条的规定。依据《住房公积金管理条例》第三十七条的规定，我中心决定对当事人作出如下行政处罚：</p>
<p><b>罚款人民币${h(fineAmountText)}元。</b></p>

<p>当事人应当自收到本决定书之日起十五日内（按自然日计算），将罚款缴至指定银行或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，我中心将依照《中华人民共和国行政处罚法》第七十二条的规定每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。</p>
<p>当事人对本决定不服的，可以自收到本决定书之日起<b>六十日内</b>依法申请行政复议，或者自收到本决定书之日起<b>六个月内</b>依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。</p>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本决定书一式两份，一份送达当事人，一份由${h(centerName)}存档。</div>
</body>
</html>
