// The final report as HTML, or as PDF (PrintDocumentServices.render#PrintDocument).
Map info = ec.service.sync().name("hpf.compliance.FinalReportServices.get#FinalReportPrintInfo").parameters([finalReportId: finalReportId]).call()
if (ec.message.hasError()) return null
return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([
        templateLocation: "component://hpf-compliance/template/closeout/FinalReport.html.ftl", printInfo: info, format: format,
        documentLabel: "Final report", fileBaseName: "最终报告-" + (info.campaign?.campaignName ?: finalReportId)]).call()
