// The letter (NOTICE) or its proof of service (PROOF) as HTML, or as PDF through the core PdfRenderer.
import hpf.compliance.core.doc.PdfRenderer
import hpf.compliance.core.doc.PdfResult

def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.NoticeServices.get#NoticePrintInfo").parameters([noticeId: noticeId]).call()
if (ec.message.hasError()) return

String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/notice/ServiceProof.html.ftl" :
        "component://hpf-compliance/template/notice/GuidanceNotice.html.ftl"
// the template sees the print info on a context level of its own; the result is kept in a local because a script
// variable assigned inside push()/pop() would be written to that level and lost with it
String rendered
ec.context.push()
try {
    ec.context.putAll(info)
    ec.context.put("forPdf", format == 'pdf')
    rendered = ec.resource.template(location, (String) null)  // a bare null matches both template() overloads
} finally {
    ec.context.pop()
}
html = rendered
String number = (info.notice?.noticeNumber ?: noticeId) as String
fileName = (documentKind == 'PROOF' ? "送达回证-" : "行政指导意见书-") + number.replaceAll(/[\\\/:*?"<>|\s]/, '_') + (format == 'pdf' ? ".pdf" : ".html")
if (format != 'pdf') return

// hpf_pdf_font_paths, when set, is the only place fonts are looked for; empty: the system font folders
PdfResult result = PdfRenderer.forConfiguredPaths(System.getProperty("hpf_pdf_font_paths")).tryRender(html)
if (result.ok()) {
    pdfBytes = result.pdf()
    pdfBase64 = Base64.encoder.encodeToString(result.pdf())
} else {
    pdfFailure = result.failure().name()
    pdfFailureDetail = result.detail()
    pdfFontSearch = result.searched()*.toString()
    ec.logger.warn("Guidance letter PDF not rendered (${pdfFailure}): ${pdfFailureDetail}")
    if (result.failure() == PdfResult.Failure.NO_CJK_FONT) {
        ec.message.addError(ec.resource.expand('No Chinese font is available for PDF output. Set hpf_pdf_font_paths to a TrueType font such as SimSun or FangSong (.ttf/.ttc), or install one (e.g. fonts-wqy-microhei); until then print the letter from the browser.', null))
    } else {
        ec.message.addError(ec.resource.expand('The PDF could not be produced: ${pdfFailureDetail}', null, [pdfFailureDetail: pdfFailureDetail]))
    }
}
return null
