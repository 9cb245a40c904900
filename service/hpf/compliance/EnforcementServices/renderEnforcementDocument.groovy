// The order (ORDER) or its proof of service (PROOF) as HTML, or as PDF (PrintDocumentServices.render#PrintDocument);
// an application to the court (HpfEaCourtReferral) renders as 《强制执行申请书》 whatever the kind asked.
def ec = context.ec
def a = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).one()
if (a?.actionTypeEnumId == 'HpfEaCourtReferral') {
    Map courtInfo = ec.service.sync().name("hpf.compliance.CourtReferralServices.get#CourtReferralPrintInfo").parameters([actionId: actionId]).call()
    if (ec.message.hasError()) return null
    return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([
            templateLocation: "component://hpf-compliance/template/enforcement/CourtReferral.html.ftl", printInfo: courtInfo,
            format: format, documentLabel: "Court enforcement application",
            fileBaseName: "强制执行申请书-" + (a.documentNumber ?: actionId)]).call()
}
Map info = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementPrintInfo").parameters([actionId: actionId]).call()
if (ec.message.hasError()) return null

if (!info.documentTemplateLocation) { ec.message.addError(ec.l10n.localize('This kind of enforcement action has no printed document.')); return null }
String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl" : info.documentTemplateLocation
String number = (info.action?.documentNumber ?: actionId) as String
return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([templateLocation: location,
        printInfo: info, format: format, documentLabel: (info.action?.actionTypeEnumId == 'HpfEaOrderToPay' ? "Order to pay" : "Enforcement document"),
        fileBaseName: (documentKind == 'PROOF' ? "送达回证-" : info.documentTitle + "-") + number]).call()
