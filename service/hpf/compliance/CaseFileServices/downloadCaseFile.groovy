// download#TargetCaseFile, download#BranchCaseFile (REST): the ZIP as the binary response. Moqui's REST handler writes
// the service's result as JSON through the response's writer afterwards, so the ZIP goes through that writer too, one
// char per byte in ISO-8859-1 (an exact byte copy), and the writer is closed at the end: the JSON then writes nothing.
// A refusal (target or branch not visible, no Chinese font) is found before the first byte: for REST an error (400,
// or 404 from the entry guard), for the screens (errorPage) the page in Chinese the other PDFs answer with (404, 503).
def ec = context.ec
def response = ec.web?.response
if (response == null) { ec.message.addError(ec.resource.expand('The case file is a download: call it over HTTP.', null)); return null }

String fileName = targetId ? "一户一档-${targetId}.zip" : "一户一档-${branchId}${campaignId ? '-' + campaignId : ''}.zip"
Writer[] opened = new Writer[1]
OutputStream lazy = new OutputStream() {
    // headers are set and the writer opened at the first byte, so a refusal before it still answers as an error
    private Writer open() {
        if (opened[0] != null) return opened[0]
        response.setContentType("application/zip")
        response.setCharacterEncoding("ISO-8859-1")
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, "UTF-8").replace("+", "%20"))
        response.setHeader("Cache-Control", "no-store")
        opened[0] = response.writer
        return opened[0]
    }
    @Override void write(int b) { open().write(b & 0xFF) }
    @Override void write(byte[] b, int off, int len) {
        char[] chars = new char[len]
        for (int i = 0; i < len; i++) chars[i] = (char) (b[off + i] & 0xFF)
        open().write(chars, 0, len)
    }
    @Override void flush() { opened[0]?.flush() }
}
Map result = ec.service.sync().name('hpf.compliance.CaseFileServices.write#CaseFile')
        .parameters([targetId: targetId, branchId: branchId, campaignId: campaignId, outputStream: lazy]).call()
if (opened[0] != null) {
    opened[0].flush()
    opened[0].close()
    return null
}
if (!errorPage || !ec.message.hasError()) return null

// nothing written: the screens' page saying why
String failure = result?.pdfFailure ?: (result?.notFound ? 'NOT_FOUND' : 'ERROR')
Map page = [failure: failure, documentName: '一户一档', notFoundName: targetId ? '催缴对象' : '分支机构', detail: result?.pdfFailureDetail,
        fontSearch: [], fontPathsSetting: System.getProperty("hpf_pdf_font_paths"),
        messages: ec.message.errors + ec.message.validationErrors*.message]
ec.message.clearErrors()
String html
ec.context.push()
try {
    ec.context.putAll(page)
    html = ec.resource.template("component://hpf-compliance/template/notice/PdfUnavailable.html.ftl", (String) null)
} finally {
    ec.context.pop()
}
response.setStatus(failure == 'NOT_FOUND' ? 404 : (failure == 'NO_CJK_FONT' ? 503 : 500))
response.setContentType("text/html; charset=UTF-8")
response.setCharacterEncoding("UTF-8")
response.setHeader("Cache-Control", "no-store")
response.writer.write(html)
response.writer.flush()
return null
