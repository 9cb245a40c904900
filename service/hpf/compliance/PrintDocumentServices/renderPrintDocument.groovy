// A printed document as HTML from its template, and as PDF when format is pdf (see PrintDocumentServices.xml).
import hpf.compliance.core.doc.PdfRenderer
import hpf.compliance.core.doc.PdfResult

def ec = context.ec
// the template sees the print info on a context level of its own; the result is kept in a local because a script
// variable assigned inside push()/pop() would be written to that level and lost with it
String rendered
ec.context.push()
try {
    ec.context.putAll(printInfo as Map)
    ec.context.put("forPdf", format == 'pdf')
    rendered = ec.resource.template(templateLocation as String, (String) null)  // a bare null matches both template() overloads
} finally {
    ec.context.pop()
}
html = rendered
fileName = (fileBaseName as String).replaceAll(/[\\\/:*?"<>|\s]/, '_') + (format == 'pdf' ? ".pdf" : ".html")
if (format != 'pdf') return [html: html, fileName: fileName]

// hpf_pdf_font_paths, when set, is the only place fonts are looked for; empty: the system font folders
PdfResult result = PdfRenderer.forConfiguredPaths(System.getProperty("hpf_pdf_font_paths")).tryRender(html)
if (result.ok()) {
    return [html: html, fileName: fileName, pdfBytes: result.pdf(), pdfBase64: Base64.encoder.encodeToString(result.pdf())]
}
String failure = result.failure().name()
String detail = result.detail()
ec.logger.warn("${documentLabel} PDF not rendered (${failure}): ${detail}")
if (result.failure() == PdfResult.Failure.NO_CJK_FONT) {
    ec.message.addError(ec.resource.expand('No Chinese font is available for PDF output. Set hpf_pdf_font_paths to a TrueType font such as SimSun or FangSong (.ttf/.ttc), or install one (e.g. fonts-wqy-microhei); until then print the letter from the browser.', null))
} else {
    ec.message.addError(ec.resource.expand('The PDF could not be produced: ${pdfFailureDetail}', null, [pdfFailureDetail: detail]))
}
return [html: html, fileName: fileName, pdfFailure: failure, pdfFailureDetail: detail, pdfFontSearch: result.searched()*.toString()]
