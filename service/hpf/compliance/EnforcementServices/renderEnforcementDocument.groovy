// The order (ORDER) or its proof of service (PROOF) as HTML, or as PDF (PrintDocumentServices.render#PrintDocument).
def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementPrintInfo").parameters([actionId: actionId]).call()
if (ec.message.hasError()) return null

if (!info.documentTemplateLocation) { ec.message.addError(ec.l10n.localize('This kind of enforcement action has no printed document.')); return null }
String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl" : info.documentTemplateLocation
String number = (info.action?.documentNumber ?: actionId) as String
return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([templateLocation: location,
        printInfo: info, format: format, documentLabel: (info.action?.actionTypeEnumId == 'HpfEaOrderToPay' ? "Order to pay" : "Enforcement document"),
        fileBaseName: (documentKind == 'PROOF' ? "送达回证-" : info.documentTitle + "-") + number]).call()
