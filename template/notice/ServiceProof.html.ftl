<#-- 送达回证 of a guidance letter. Context: get#NoticePrintInfo. Before service it is a blank form filled in by hand;
     after, it shows the service record: place, method, date, the serving officers, and the refusal and witnesses only
     for service by leaving (留置送达). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>送达回证 ${h(notice.noticeNumber)}</title>
<@printStyle/>
<style type="text/css">
    /* the proof is one page: the form, the seal and the note */
    .docno { margin-bottom: 4mm; }
    .signature { margin-top: 4mm; }
    .note { margin-top: 4mm; }
    .seal-label { margin-bottom: 4mm; }
    table.form th { line-height: 17pt; }
</style>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<div class="authority">${h(centerName)}</div>
<div class="title">送 达 回 证</div>
<div class="docno">（${h(notice.noticeNumber)}）</div>
<#assign method = serviceMethodCode!"">
<table class="form"><colgroup><col style="width:30mm"/><col/></colgroup>
    <tr><th>送达文书</th><td>《行政指导意见书》${h(notice.noticeNumber)}</td></tr>
    <tr><th>受送达人</th><td>${h(notice.unitName!unit.unitName)}（单位账号：${h(notice.unitAccountNo!unit.unitAccountNo)}）</td></tr>
    <tr><th>送达地点</th><td><#if notice.servicePlace?has_content>${h(notice.servicePlace)}<#else>&#160;</#if></td></tr>
    <tr><th>送达方式</th><td><#if method?has_content>${h(serviceMethodText!"")}<#else><span class="option">□直接送达</span>　<span class="option">□留置送达</span>　<span class="option">□邮寄送达</span>　<span class="option">□电子送达</span></#if></td></tr>
    <tr><th>送达时间</th><td><#if serviceDateText?has_content>${h(serviceDateText)}<#else>　　　　年　　月　　日</#if></td></tr>
    <tr><th>受送达人<br/>签名或盖章</th><td style="height:18mm;vertical-align:bottom;text-align:right;"><#if notice.recipientName?has_content && method != "LEFT" && (notice.recipientRefused!"") != "Y">签收人：${h(notice.recipientName)}　　</#if>　　年　　月　　日</td></tr>
    <tr><th>代收人<br/>及代收理由</th><td style="height:10mm;">&#160;</td></tr>
    <tr><th>留置送达<br/>情况</th><td style="height:12mm;"><#if method == "LEFT">受送达人${h(notice.recipientName)}拒绝签收，已将文书留置于其住所（经营场所）。<#if notice.witnessNames?has_content><br/>见证人：${h(notice.witnessNames)}</#if><#else>&#160;</#if></td></tr>
    <tr><th>送达人</th><td style="height:12mm;"><#if notice.servingOfficerNames?has_content>${h(notice.servingOfficerNames)}<#else>&#160;</#if></td></tr>
    <tr><th>备注</th><td style="height:12mm;"><#if method == "POST" && notice.postalTrackingNo?has_content>邮件号码：${h(notice.postalTrackingNo)}　</#if><#if method == "ELECTRONIC" && notice.electronicAddress?has_content>电子送达地址：${h(notice.electronicChannel)} ${h(notice.electronicAddress)}　</#if><#if notice.undeliverableReason?has_content>未能送达原因：${h(notice.undeliverableReason)}</#if></td></tr>
</table>
<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
</div></div>
<div class="note">说明：受送达人拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所（经营场所），即视为送达。</div>
</body>
</html>
