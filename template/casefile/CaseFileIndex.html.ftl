<#-- 卷内目录 of a unit's case file (一户一档). Context: unit, target, branch, campaign (maps), centerName, rows (CaseFileZip
     IndexRow: seq, documentNumber, author, title, dateText 20260408, pages, note), compiledDateText, documentCount, pageCount. -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>卷内目录 ${h(unit.unitName!"")}</title>
<@printStyle/>
<style type="text/css">
    table.index { width: 99%; table-layout: fixed; border-collapse: collapse; font-size: 11pt; line-height: 16pt; margin-top: 4mm; }
    table.index th, table.index td { border: 1pt solid #000; padding: 1.5mm 1mm; vertical-align: middle; word-wrap: break-word; }
    table.index th { font-weight: normal; text-align: center; font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; }
    td.c { text-align: center; }
    .facts { font-size: 12pt; line-height: 20pt; }
    .facts p { text-indent: 0; }
</style>
</head>
<body>
<div class="title">卷 内 目 录</div>
<div class="facts">
<p>单位名称：${h(unit.unitName!"")}</p>
<p>单位账号：${h(unit.unitAccountNo!"")}<#if unit.usccCode?has_content>　　统一社会信用代码：${h(unit.usccCode)}</#if></p>
<p>所属机构：${h(branch.branchName!"")}<#if campaign.campaignName?has_content>　　专项工作：${h(campaign.campaignName)}</#if></p>
</div>
<table class="index">
    <colgroup><col style="width:9%"/><col style="width:20%"/><col style="width:15%"/><col style="width:28%"/><col style="width:12%"/><col style="width:7%"/><col style="width:9%"/></colgroup>
    <tr><th>序号</th><th>文号</th><th>责任者</th><th>文件名称</th><th>日期</th><th>页数</th><th>备注</th></tr>
<#list rows as r>
    <tr><td class="c">${r.seq}</td><td>${h(r.documentNumber!"")}</td><td>${h(r.author!"")}</td><td>${h(r.title)}</td>
        <td class="c">${h(r.dateText!"")}</td><td class="c"><#if r.pages??>${r.pages}<#else>—</#if></td><td>${h(r.note!"")}</td></tr>
<#else>
    <tr><td colspan="7" class="c">本卷暂无文件</td></tr>
</#list>
</table>
<p class="flush" style="margin-top:4mm;font-size:12pt;">本卷共${documentCount}件<#if (pageCount > 0)>，已计页数${pageCount}页</#if>。</p>
<p class="flush" style="font-size:12pt;">立卷单位：${h(centerName)}　　立卷日期：${h(compiledDateText)}</p>
</body>
</html>
