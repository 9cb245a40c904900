<#-- 《强制执行申请书》 (application to the people's court for enforcement, 《住房公积金管理条例》第三十八条) as made.
     Context: get#CourtReferralPrintInfo (action, unit, branch, campaign, order, courtCase, centerName, evidenceList, *Text). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>强制执行申请书 ${h(action.documentNumber)}</title>
<@printStyle/>
<style type="text/css">
    table.evidence { width: 99%; table-layout: fixed; border-collapse: collapse; font-size: 11pt; line-height: 16pt; margin-top: 2mm; }
    table.evidence td, table.evidence th { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: middle; word-wrap: break-word; }
    table.evidence th { font-weight: bold; text-align: center; }
    .section { margin-top: 3mm; font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; text-indent: 0; }
</style>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if action.statusId == "HpfEnfCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】</p></#if>
<div class="title">强制执行申请书</div>
<div class="docno">${h(action.documentNumber)}</div>

<p class="flush"><b>申请人：</b>${h(centerName)}</p>
<#if branch.branchName?has_content><p class="flush">承办机构：${h(branch.branchName)}<#if branch.address?has_content>，地址：${h(branch.address)}</#if><#if branch.contactPhone?has_content>，联系电话：${h(branch.contactPhone)}</#if></p></#if>
<p class="flush"><b>被申请人：</b>${h(action.unitName!unit.unitName)}</p>
<p class="flush">统一社会信用代码：${h(action.usccCode!unit.usccCode!"—")}；住房公积金单位账号：${h(action.unitAccountNo!unit.unitAccountNo)}</p>
<#if unit.legalRepName?has_content><p class="flush">法定代表人（负责人）：${h(unit.legalRepName)}</p></#if>

<p class="section">申请事项：</p>
<p>请求人民法院依法强制执行被申请人补缴所欠住房公积金人民币<b>${h(amountOwedText!"0.00")}</b>元（自${h(firstOwedMonthText!"—")}起，共${h(action.owedMonths!0)}个月，计算至${h(asOfDateText!"")}）。</p>

<p class="section">事实与理由：</p>
<p>被申请人系在我中心登记缴存住房公积金的单位，住房公积金缴至${h(paidThroughMonthText!"—")}，自${h(firstOwedMonthText!"—")}起未按规定按时足额缴存。截至${h(asOfDateText!"")}，累计欠缴${h(action.owedMonths!0)}个月，欠缴金额共计人民币${h(amountOwedText!"0.00")}元（以缴存记录核定）。</p>
<p>我中心<#list evidenceList as e><#if e.documentKind == "LETTER">于${h(e.documentDateText)}向被申请人下达《行政指导意见书》（${h(e.documentNumber)}）<#if e.serviceDateText?has_content>，${h(e.serviceDateText)}送达</#if><#else>于${h(e.documentDateText)}下达《责令限期缴存通知书》（${h(e.documentNumber)}），责令其于${h(e.dueDateText!"")}前缴存<#if e.serviceDateText?has_content>，${h(e.serviceDateText)}送达</#if></#if><#if e?has_next>；</#if></#list>。被申请人在责令期限届满后仍未缴存。</p>
<p>被申请人的行为违反了《住房公积金管理条例》第二十条“单位应当按时、足额缴存住房公积金，不得逾期缴存或者少缴”的规定。依照《住房公积金管理条例》第三十八条“单位逾期不缴或者少缴住房公积金的，由住房公积金管理中心责令限期缴存；逾期仍不缴存的，可以申请人民法院强制执行”的规定，特向贵院申请强制执行。</p>

<p class="flush" style="margin-top:4mm;">此致</p>
<p class="flush"><b>${h(courtCase.courtName!action.courtName!"　　　　　　　　人民法院")}</b></p>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>申请人：${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<p class="section">附：证据清单</p>
<table class="evidence">
    <tr><th style="width:10mm;">序号</th><th style="width:38mm;">证据名称</th><th>文号</th><th style="width:28mm;">签发日期</th><th style="width:34mm;">送达日期及方式</th><th style="width:34mm;">证明内容</th></tr>
    <#list evidenceList as e>
    <tr><td style="text-align:center;">${e.seq}</td>
        <td>${(e.documentKind == "LETTER")?then("《行政指导意见书》", "《责令限期缴存通知书》")}及送达回证</td>
        <td>${h(e.documentNumber)}</td>
        <td>${h(e.documentDateText)}</td>
        <td><#if e.serviceDateText?has_content>${h(e.serviceDateText)}<#if e.serviceMethodText?has_content>（${h(e.serviceMethodText)}）</#if><#else>未送达</#if></td>
        <td>${(e.documentKind == "LETTER")?then("已督促单位补缴", "已责令限期缴存，期限" + h(e.dueDateText!""))}</td></tr>
    </#list>
    <tr><td style="text-align:center;">${evidenceList?size + 1}</td><td>单位住房公积金缴存明细</td><td>—</td><td>${h(asOfDateText!"")}</td><td>—</td><td>欠缴${h(action.owedMonths!0)}个月，${h(amountOwedText!"0.00")}元</td></tr>
</table>

<div class="note">本申请书一式三份，一份提交人民法院，一份送达被申请人，一份由${h(centerName)}存档。欠缴金额按缴存记录计算至${h(asOfDateText!"")}，以人民法院裁定为准。</div>
</body>
</html>
