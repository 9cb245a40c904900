// The order (ORDER) or its proof of service (PROOF) as HTML, or as PDF (PrintDocumentServices.render#PrintDocument).
def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementPrintInfo").parameters([actionId: actionId]).call()
if (ec.message.hasError()) return null

String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl" :
        "component://hpf-compliance/template/enforcement/OrderToPay.html.ftl"
String number = (info.action?.documentNumber ?: actionId) as String
return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([templateLocation: location,
        printInfo: info, format: format, documentLabel: "Order to pay",
        fileBaseName: (documentKind == 'PROOF' ? "送达回证-" : "责令限期缴存通知书-") + number]).call()
