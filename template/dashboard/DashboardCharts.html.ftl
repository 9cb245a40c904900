<#-- Charts of the campaign dashboard, drawn in the page by Chart.js 2.9 (the library of Moqui's own m-chart), loaded
     from the screen's chartLib transition (a webjar on the classpath, so no CDN is needed).
     Context: chartJson (Chart.js configurations by canvas id, from get#CampaignDashboard), dashboard.trendBranches,
     chartLibUrl. In /qapps the script runs through m-script (Vue), in /apps through a plain script element. -->
<#assign inVue = (sri.getRenderMode()!"html") != "html">
<div class="hpf-dashboard-charts">
    <div style="display:flex;flex-wrap:wrap;gap:16px;">
        <div style="flex:1 1 480px;min-width:320px;">
            <p><strong>${ec.getL10n().localize("Targets by Status per Branch")}</strong></p>
            <div style="position:relative;height:320px;"><canvas id="hpfChartStatus"></canvas></div>
        </div>
        <div style="flex:1 1 480px;min-width:320px;">
            <p><strong>${ec.getL10n().localize("Units Rectified and Amount Recovered by Month")}</strong></p>
            <div style="position:relative;height:320px;"><canvas id="hpfChartRecovery"></canvas></div>
        </div>
    </div>
    <p style="margin-top:16px;"><strong>${ec.getL10n().localize("Monitoring Trend by Branch")}</strong></p>
    <#if (dashboard.trendBranches![])?has_content>
    <div style="display:flex;flex-wrap:wrap;gap:16px;">
        <#list dashboard.trendBranches as tb>
        <div style="flex:1 1 420px;min-width:320px;">
            <p>${tb.branchName!tb.branchId}</p>
            <div style="position:relative;height:260px;"><canvas id="${tb.chartId}"></canvas></div>
        </div>
        </#list>
    </div>
    <#else>
    <p>${ec.getL10n().localize("No monitoring alerts yet.")}</p>
    </#if>
</div>
<#if inVue><m-script><#else><script></#if>
(function() {
    var configs = ${chartJson!"{}"};
    var formatter = function(value) { return Number(value).toLocaleString('zh-CN'); };
    function draw() {
        Object.keys(configs).forEach(function(id) {
            var canvas = document.getElementById(id);
            if (!canvas || canvas.hpfChart) return;
            var config = configs[id];
            config.options = config.options || {};
            config.options.tooltips = { callbacks: { label: function(item, data) {
                return data.datasets[item.datasetIndex].label + ': ' + formatter(item.yLabel); } } };
            ((config.options.scales || {}).yAxes || []).forEach(function(axis) {
                axis.ticks = axis.ticks || {}; axis.ticks.callback = formatter; });
            canvas.hpfChart = new Chart(canvas, config);
        });
    }
    if (window.Chart) { draw(); }
    else { moqui.loadScript('${chartLibUrl!""}', function(err) { if (!err) draw(); }, function() { return !!window.Chart; }); }
})();
<#if inVue></m-script><#else></script></#if>
