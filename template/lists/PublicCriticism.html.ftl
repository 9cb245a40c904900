<#-- 通报 (public criticism, or the publication of a credit list) listing its units. Context: get#PublicationPrintInfo
     (publication, campaign, entryList, centerName, publishedDateText, listTypeText). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>${h(publication.title!"关于拒不缴存住房公积金单位的通报")} ${h(publication.documentNumber)}</title>
<@printStyle/>
<style type="text/css">
    table.units { width: 99%; table-layout: fixed; border-collapse: collapse; font-size: 12pt; line-height: 18pt; margin: 3mm 0 3mm 0; }
    table.units td, table.units th { border: 1pt solid #000; padding: 1.5mm 1.5mm; vertical-align: middle; word-wrap: break-word; }
    table.units th { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; font-weight: normal; text-align: center; }
</style>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">${h(publication.title!"关于拒不缴存住房公积金单位的通报")}</div>
<#if publication.documentNumber?has_content><div class="docno">${h(publication.documentNumber)}</div></#if>

<p class="flush addressee">各缴存单位：</p>
<#if publication.listTypeEnumId == "HpfUltCriticism">
<p>为维护职工合法权益，根据《住房公积金管理条例》第二十条、第三十八条和<#if campaign.documentNumber?has_content>《${h(campaign.campaignName!"规范住房公积金缴存专项工作")}》（${h(campaign.documentNumber)}）<#else>规范住房公积金缴存专项工作</#if>的部署，我中心对欠缴、停缴住房公积金的单位下达了《行政指导意见书》和《责令限期缴存通知书》。经核查，以下单位在责令期限届满后仍未缴存，现予以通报批评：</p>
<#else>
<p>根据《住房公积金管理条例》和住房公积金缴存信用管理的有关规定，经我中心研究决定，将以下单位列入住房公积金缴存${h(listTypeText)}名单，现予以公布：</p>
</#if>

<table class="units">
    <colgroup><col style="width:10mm"/><col/><col style="width:45mm"/><col style="width:28mm"/><col style="width:48mm"/></colgroup>
    <tr><th>序号</th><th>单位名称</th><th>统一社会信用代码</th><th>所属机构</th><th>事由</th></tr>
    <#list entryList as e>
    <tr><td style="text-align:center">${e?counter}</td><td>${h(e.unitName)}</td><td>${h(e.usccCode)}</td><td>${h(e.branchName)}</td><td>${h(e.reasonWords)}</td></tr>
    </#list>
</table>

<#if publication.listTypeEnumId == "HpfUltCriticism">
<p>望被通报单位引以为戒，立即足额补缴欠缴的住房公积金，并按月按时足额缴存。逾期仍不缴存的，我中心将依照《住房公积金管理条例》第三十八条的规定申请人民法院强制执行。被通报单位整改到位的，经核实后移出通报名单。</p>
<p>各缴存单位应当以此为鉴，依法履行住房公积金缴存义务，切实维护职工合法权益。</p>
<#else>
<p>列入名单的单位对列入决定有异议的，可以自公布之日起向我中心提出书面异议；失信单位整改到位的，可以依法申请信用修复。</p>
</#if>
<p>特此通报。</p>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(publishedDateText)}</div>
</div></div>

<div class="note">共${entryList?size}个单位。<#if publication.link?has_content>网上公布：${h(publication.link)}</#if></div>
</body>
</html>
