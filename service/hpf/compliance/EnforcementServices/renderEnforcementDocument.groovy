// The order (ORDER) or its proof of service (PROOF) as HTML, or as PDF through the core PdfRenderer.
import hpf.compliance.core.doc.NoCjkFontException
import hpf.compliance.core.doc.PdfRenderer

def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementPrintInfo").parameters([actionId: actionId]).call()
if (ec.message.hasError()) return

String location = documentKind == 'PROOF' ? "component://hpf-compliance/template/enforcement/OrderServiceProof.html.ftl" :
        "component://hpf-compliance/template/enforcement/OrderToPay.html.ftl"
String rendered
ec.context.push()
try {
    ec.context.putAll(info)
    ec.context.put("forPdf", format == 'pdf')
    rendered = ec.resource.template(location, (String) null)
} finally {
    ec.context.pop()
}
html = rendered
String number = (info.action?.documentNumber ?: actionId) as String
fileName = (documentKind == 'PROOF' ? "送达回证-" : "责令限期缴存通知书-") + number.replaceAll(/[\\\/:*?"<>|\s]/, '_') + (format == 'pdf' ? ".pdf" : ".html")
if (format != 'pdf') return

try {
    pdfBytes = new PdfRenderer(PdfRenderer.parseFontPaths(System.getProperty("hpf_pdf_font_paths"))).render(html)
    pdfBase64 = Base64.encoder.encodeToString(pdfBytes as byte[])
} catch (NoCjkFontException e) {
    ec.logger.warn("Order PDF not rendered: ${e.message}")
    ec.message.addError(ec.resource.expand('No Chinese font is available for PDF output. Set hpf_pdf_font_paths to a TrueType font such as SimSun or FangSong (.ttf/.ttc), or install one (e.g. fonts-wqy-microhei); until then print the letter from the browser.', null))
}
return null
