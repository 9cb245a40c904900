<#-- Remittance history of a target's unit as a year × month grid: green paid, amber partly paid, red unpaid.
     Context: yearRows, fromMonth, thruMonth from hpf.compliance.TargetServices.get#TargetRemittanceGrid.
     Plain HTML with inline styles, so it renders the same in /apps and inside the Quasar/Vue templates of /qapps. -->
<#assign colors = {"PAID":"#c8e6c9", "PARTIAL":"#ffe082", "UNPAID":"#ef9a9a"}>
<#assign stateText = {"PAID":ec.getL10n().localize("Paid"), "PARTIAL":ec.getL10n().localize("Partly paid"), "UNPAID":ec.getL10n().localize("Unpaid")}>
<div class="hpf-remittance-grid">
<#if yearRows?has_content>
    <table style="border-collapse:collapse;font-size:12px;text-align:center;">
        <thead><tr>
            <th style="padding:2px 6px;">${ec.getL10n().localize("Year / Month")}</th>
            <#list 1..12 as mo><th style="padding:2px 6px;min-width:52px;">${mo}</th></#list>
            <th style="padding:2px 6px;">${ec.getL10n().localize("Months Owed")}</th>
            <th style="padding:2px 6px;">${ec.getL10n().localize("Amount Owed")}</th>
        </tr></thead>
        <tbody>
        <#list yearRows as row>
            <tr>
                <td style="padding:2px 6px;font-weight:bold;">${row.year?c}</td>
                <#list row.cells as cell>
                    <#if cell??>
                        <td style="border:1px solid #fff;padding:2px 4px;background-color:${colors[cell.state]};"
                            title="${cell.month} ${stateText[cell.state]}: ${ec.getL10n().localize("Due")} ${cell.dueAmount?string(",##0.00")} / ${ec.getL10n().localize("Paid")} ${cell.paidAmount?string(",##0.00")}">
                            <#if cell.state == "PAID">✓<#elseif cell.state == "PARTIAL">${cell.paidAmount?string(",##0.00")}<#else>✗</#if>
                        </td>
                    <#else>
                        <td style="border:1px solid #fff;padding:2px 4px;background-color:#eeeeee;color:#999;">–</td>
                    </#if>
                </#list>
                <td style="padding:2px 6px;">${row.owedMonths?c}</td>
                <td style="padding:2px 6px;text-align:right;">${row.shortAmount?string(",##0.00")}</td>
            </tr>
        </#list>
        </tbody>
    </table>
    <div style="margin-top:6px;font-size:12px;">
        <span style="display:inline-block;width:12px;height:12px;background-color:${colors.PAID};"></span> ${stateText.PAID}
        <span style="display:inline-block;width:12px;height:12px;margin-left:12px;background-color:${colors.PARTIAL};"></span> ${stateText.PARTIAL}
        <span style="display:inline-block;width:12px;height:12px;margin-left:12px;background-color:${colors.UNPAID};"></span> ${stateText.UNPAID}
        <span style="margin-left:12px;color:#666;">${fromMonth!} – ${thruMonth!}</span>
    </div>
<#else>
    <div>${ec.getL10n().localize("No remittance records for this unit.")}</div>
</#if>
</div>
