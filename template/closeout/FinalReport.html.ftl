<#-- 最终报告 of a campaign, in the official layout. Context: get#FinalReportPrintInfo (report, campaign, branchRows,
     totals, figureColumns, centerName, asOfDateText, signedDateText, signedByName). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>${h(report.title!"最终报告")}</title>
<@printStyle/>
<style type="text/css">
    h3 { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; font-weight: normal; font-size: 14pt; margin: 4mm 0 1mm 0; }
    .section p { white-space: pre-wrap; }
</style>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if report.statusId != "HpfFrSigned"><p class="flush" style="color:#c00;font-weight:bold;">【<#if report.statusId == "HpfFrSubmitted">送审稿<#else>草稿</#if>】</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">${h(report.title!"规范住房公积金缴存专项工作总结报告")}</div>
<#if campaign.documentNumber?has_content><div class="docno">（依据${h(campaign.documentNumber)}）</div></#if>

<p class="flush addressee">${h(campaign.campaignName!"")}领导小组：</p>

<p>根据专项工作方案的部署，现将专项工作开展情况报告如下（统计数据截至${h(asOfDateText!"")}）。</p>

<h3>一、总体情况</h3>
<p>本次专项工作共摸底欠缴、停缴单位${totals.targetCount}户，其中欠缴${totals.arrearsCount}户、停缴${totals.stoppedCount}户；已对接单位${totals.contactedCount}户，下达《行政指导意见书》${totals.letterIssuedCount}份、送达${totals.letterServedCount}份，制作催缴情况笔录${totals.interviewCount}次；下达《责令限期缴存通知书》${totals.orderCount}份，申请人民法院强制执行${totals.courtReferralCount}件，行政处罚${totals.penaltyCount}件。已整改缴清${totals.rectifiedCount}户，追缴住房公积金${totals.recoveredAmount?string(",##0.00")}元；批准降低缴存比例${totals.reductionApprovedCount}户、缓缴${totals.deferralApprovedCount}户，未予批准的申请${totals.applicationRefusedCount}件；仍未整改${totals.outstandingCount}户，尚欠${totals.outstandingAmount?string(",##0.00")}元。期间召开专题会议${report.meetingCount!0}次，<#if report.publicityCount??>开展宣传报道${report.publicityCount}次<#else>宣传报道次数未统计</#if>。各分支机构情况见附表。</p>

<div class="section">
<h3>二、工作开展情况</h3><p>${h(report.workProgress!"")}</p>
<h3>三、经验做法</h3><p>${h(report.practices!"")}</p>
<h3>四、存在问题</h3><p>${h(report.problems!"")}</p>
<h3>五、下一步措施</h3><p>${h(report.remedies!"")}</p>
</div>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(asOfDateText!"")}</div>
</div></div>
<#if signedDateText?has_content><p class="flush" style="margin-top:4mm;">领导小组签批：${h(signedByName!"")}　${h(signedDateText)}</p></#if>

<div style="page-break-before:always;"></div>
<h3>附表：各分支机构专项工作情况统计表（截至${h(asOfDateText!"")}）</h3>
<#include "component://hpf-compliance/template/closeout/FigureTable.html.ftl"/>
</body>
</html>
