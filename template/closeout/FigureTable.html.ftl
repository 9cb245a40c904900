<#-- The figure table of the final report, one column per branch (accepted summaries) and the total (合计); with
     dataTotals, a last column with the data's figures as of the report's date, for the check (核对).
     Context: branchRows (List of Map with the figure keys and branchName), totals (Map), figureColumns (key, label,
     money), optional dataTotals (Map). Included by FinalReport.html.ftl and shown on the report's page. -->
<#function fmt v money><#if !(v??)><#return "0"></#if><#if money><#return v?string(",##0.00")><#else><#return v?string(",##0")></#if></#function>
<#function hf v=""><#if v?? && v?has_content><#return v?string?html><#else><#return ""></#if></#function>
<table class="figures" style="border-collapse:collapse;font-size:10.5pt;line-height:15pt;width:100%;">
    <tr>
        <th style="border:1px solid #000;padding:1mm 2mm;">指标</th>
        <#list branchRows![] as row><th style="border:1px solid #000;padding:1mm 2mm;">${hf(row.branchName)}</th></#list>
        <th style="border:1px solid #000;padding:1mm 2mm;">合计</th>
        <#if dataTotals??><th style="border:1px solid #000;padding:1mm 2mm;">按数据核对</th></#if>
    </tr>
    <#list figureColumns as col>
    <tr>
        <td style="border:1px solid #000;padding:1mm 2mm;white-space:nowrap;">${hf(col.label)}</td>
        <#list branchRows![] as row><td style="border:1px solid #000;padding:1mm 2mm;text-align:right;">${fmt(row[col.key]!0, col.money)}</td></#list>
        <td style="border:1px solid #000;padding:1mm 2mm;text-align:right;font-weight:bold;">${fmt((totals!{})[col.key]!0, col.money)}</td>
        <#if dataTotals??><td style="border:1px solid #000;padding:1mm 2mm;text-align:right;">${fmt(dataTotals[col.key]!0, col.money)}</td></#if>
    </tr>
    </#list>
</table>
