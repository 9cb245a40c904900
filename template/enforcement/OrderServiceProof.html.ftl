<#-- 送达回证 of an order to pay or of a document of the non-registration chain (documentTitle). Context: get#EnforcementPrintInfo. Blank cells are filled in by hand when serving. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>送达回证 ${h(action.documentNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<div class="authority">${h(centerName)}</div>
<div class="title">送 达 回 证</div>
<div class="docno">（${h(action.documentNumber)}）</div>
<table class="form"><colgroup><col style="width:30mm"/><col/><col style="width:30mm"/><col/></colgroup>
    <tr><th>送达文书</th><td colspan="3">《${h(documentTitle!"责令限期缴存通知书")}》${h(action.documentNumber)}</td></tr>
    <tr><th>受送达人</th><td colspan="3">${h(action.unitName!unit.unitName)}（单位账号：${h(action.unitAccountNo!unit.unitAccountNo)}）</td></tr>
    <tr><th>送达地点</th><td colspan="3">&#160;</td></tr>
    <tr><th>送达方式</th><td>${h(serviceMethodText!"")}<#if !serviceMethodText?has_content>□直接送达　□留置送达　□邮寄送达　□电子送达</#if></td>
        <th>送达时间</th><td><#if serviceDateText?has_content>${h(serviceDateText)}<#else>　　年　　月　　日</#if></td></tr>
    <tr><th>受送达人<br/>签名或盖章</th><td colspan="3" style="height:24mm;vertical-align:bottom;text-align:right;"><#if action.recipientName?has_content && (action.recipientRefused!"") != "Y">签收人：${h(action.recipientName)}　　</#if>　　年　　月　　日</td></tr>
    <tr><th>代收人<br/>及代收理由</th><td colspan="3" style="height:14mm;">&#160;</td></tr>
    <tr><th>留置送达<br/>情况</th><td colspan="3" style="height:14mm;"><#if (action.recipientRefused!"") == "Y">受送达人${h(action.recipientName)}拒绝签收，已将文书留置于其住所（经营场所）。</#if>
        <#if action.witnessNames?has_content><br/>见证人：${h(action.witnessNames)}</#if></td></tr>
    <tr><th>送达人</th><td colspan="3" style="height:14mm;">&#160;</td></tr>
    <tr><th>备注</th><td colspan="3" style="height:14mm;"><#if action.postalTrackingNo?has_content>邮件号码：${h(action.postalTrackingNo)}　</#if><#if action.electronicAddress?has_content>电子送达地址：${h(action.electronicChannel)} ${h(action.electronicAddress)}　</#if><#if action.undeliverableReason?has_content>未能送达原因：${h(action.undeliverableReason)}</#if></td></tr>
</table>
<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
</div></div>
<div class="note">说明：受送达人拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所（经营场所），即视为送达。</div>
</body>
</html>
