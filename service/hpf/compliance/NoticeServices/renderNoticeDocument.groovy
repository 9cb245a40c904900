// The letter (NOTICE) or its proof of service (PROOF) as HTML, or as PDF (PrintDocumentServices.render#PrintDocument).
def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.NoticeServices.get#NoticePrintInfo").parameters([noticeId: noticeId]).call()
if (ec.message.hasError()) return null

String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/notice/ServiceProof.html.ftl" :
        "component://hpf-compliance/template/notice/GuidanceNotice.html.ftl"
String number = (info.notice?.noticeNumber ?: noticeId) as String
return ec.service.sync().name("hpf.compliance.PrintDocumentServices.render#PrintDocument").parameters([templateLocation: location,
        printInfo: info, format: format, documentLabel: "Guidance letter",
        fileBaseName: (documentKind == 'PROOF' ? "送达回证-" : "行政指导意见书-") + number]).call()
