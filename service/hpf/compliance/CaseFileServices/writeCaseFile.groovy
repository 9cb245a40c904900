// write#CaseFile: the case file (一户一档) of one target, or of every target of a branch (one folder each), as a ZIP
// written straight onto outputStream. Each document is rendered and written before the next (core CaseFileZip), so
// nothing but one document is ever held. The download is recorded, also when writing stopped half-way.
import hpf.compliance.core.Formats
import hpf.compliance.core.CenterClock
import hpf.compliance.core.casefile.CaseFileDocument
import hpf.compliance.core.casefile.CaseFileNames
import hpf.compliance.core.casefile.CaseFileZip
import hpf.compliance.core.doc.NoCjkFontException
import hpf.compliance.core.doc.PdfRenderer

import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map values -> ec.message.addError(ec.resource.expand(msg, null, values)); return null }

// the targets, in the caller's branch scope (the finds are filtered): another branch's target is not found
List<String> targetIds
String recordBranchId, recordCampaignId = campaignId
if (targetId) {
    def target = ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', targetId).one()
    if (target == null) { err('Target ${targetId} was not found.', [targetId: targetId]); return [notFound: true] }
    targetIds = [targetId as String]
    recordBranchId = target.branchId
    recordCampaignId = target.campaignId
} else if (branchId) {
    if (ec.entity.find('hpf.compliance.Branch').condition('branchId', branchId).one() == null) { err('Branch ${branchId} not found', [branchId: branchId]); return [notFound: true] }
    def find = ec.entity.find('hpf.compliance.CampaignTarget').condition('branchId', branchId).selectField('targetId').orderBy('unitId').orderBy('campaignId')
    if (campaignId) find.condition('campaignId', campaignId)
    targetIds = find.list()*.targetId
    recordBranchId = branchId
} else {
    return err('Name a target or a branch for the case file.', [:])
}

// no Chinese font: say so before the first byte, as the other PDFs do (the ZIP could not say it any more)
try {
    PdfRenderer.forConfiguredPaths(System.getProperty('hpf_pdf_font_paths')).font()
} catch (NoCjkFontException e) {
    pdfFailure = 'NO_CJK_FONT'
    pdfFailureDetail = e.message
    ec.message.addError(ec.resource.expand('No Chinese font is available for PDF output. Set hpf_pdf_font_paths to a TrueType font such as SimSun or FangSong (.ttf/.ttc), or install one (e.g. fonts-wqy-microhei); until then print the letter from the browser.', null))
    return [pdfFailure: pdfFailure, pdfFailureDetail: pdfFailureDetail]
}

List<Map> providers = ec.resource.script('component://hpf-compliance/service/hpf/compliance/CaseFileServices/caseFileProviders.groovy', null) as List<Map>
CenterClock clock = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
LocalDate today = clock.today()
// a document's day: a date as it is, a timestamp in the user's zone (the clock's)
def localDate = { d -> d == null ? null : (d instanceof java.sql.Date ? d.toLocalDate() : (d instanceof java.util.Date ? clock.dateOf(d) :
        LocalDate.parse(d.toString().substring(0, 10)))) }
def render = { String template, Map info, String name ->
    Map out = ec.service.sync().name('hpf.compliance.PrintDocumentServices.render#PrintDocument').parameters([templateLocation: template,
            printInfo: info, format: 'pdf', fileBaseName: name, documentLabel: 'Case file']).call()
    return out?.pdfBytes as byte[]
}

CaseFileZip zip = new CaseFileZip(outputStream as OutputStream)
String failure = null
try {
    for (String tid in targetIds) {
        def target = ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', tid).one()
        if (target == null) continue
        Map unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', target.unitId).one()?.getMap() ?: [:]
        Map branch = ec.entity.find('hpf.compliance.Branch').condition('branchId', target.branchId).useCache(true).one()?.getMap() ?: [:]
        Map campaign = ec.entity.find('hpf.compliance.Campaign').condition('campaignId', target.campaignId).useCache(true).one()?.getMap() ?: [:]
        String centerName = System.getProperty('hpf_center_name') ?: (System.getenv('hpf_center_name') ?: (campaign.issuingAuthority ?: '住房公积金管理中心'))
        Map t = target.getMap()

        // every document of the target from every provider, in file order
        List<Map> sources = []
        List<CaseFileDocument> docs = []
        providers.eachWithIndex { Map p, int kindOrder ->
            for (def r in (p.find as Closure).call(t)) {
                String title = p.title instanceof Closure ? (p.title as Closure).call(r) : p.title
                String ext = p.print ? 'pdf' : CaseFileNames.extensionOf(r.get(p.fileName ?: 'fileName') as String)
                sources.add([provider: p, record: r])
                docs.add(new CaseFileDocument(localDate(r.get(p.date)), kindOrder, r.get(p.id) as String, title,
                        p.number ? r.get(p.number) as String : null, p.author == 'unit' ? (unit.unitName ?: '') : centerName, ext, sources.size() - 1))
            }
        }
        docs.sort(CaseFileDocument.FILE_ORDER)

        zip.beginFolder(CaseFileNames.folderName(unit.unitAccountNo as String, unit.unitName as String, tid))
        for (CaseFileDocument d in docs) {
            Map p = sources[d.key()].provider
            def r = sources[d.key()].record
            if (p.print) {
                Map info = ec.service.sync().name(p.print.info as String).parameters([(p.id): r.get(p.id)]).call()
                byte[] pdf = ec.message.hasError() ? null : render(p.print.template as String, info, d.title())
                if (pdf == null || ec.message.hasError()) {
                    zip.addFailure(d, ec.message.errorsString ?: 'PDF')
                    ec.message.clearErrors()
                } else {
                    zip.add(d, pdf)
                }
            } else {
                String location = r.get(p.file) as String
                def ref = location ? ec.resource.getLocationReference(location) : null
                if (ref == null || !ref.exists) {
                    zip.addFailure(d, ec.resource.expand('The attached file ${location} is missing.', null, [location: location]))
                } else if (d.extension() == 'pdf') {
                    byte[] bytes = ref.openStream().withCloseable { it.bytes }
                    zip.add(d, bytes)
                } else {
                    ref.openStream().withCloseable { InputStream in -> zip.add(d, in) }
                }
            }
        }

        List<Map> rows = zip.rows().collect { [seq: it.seq(), documentNumber: it.documentNumber(), author: it.author(), title: it.title(),
                dateText: it.dateText(), pages: it.pages(), note: it.note()] }
        byte[] index = render('component://hpf-compliance/template/casefile/CaseFileIndex.html.ftl', [unit: unit, target: t, branch: branch,
                campaign: campaign, centerName: centerName, rows: rows, compiledDateText: Formats.chineseDate(today),
                documentCount: rows.size(), pageCount: rows.sum { it.pages ?: 0 } ?: 0], '卷内目录')
        if (index == null) throw new IllegalStateException(ec.message.errorsString ?: 'index')
        zip.writeIndex(index)
    }
    zip.finish()
} catch (Throwable e) {
    failure = e.toString()
    ec.logger.warn("Case file stopped after ${zip.fileCount()} files: ${failure}")
    throw e
} finally {
    // recorded in a transaction of its own: the download happened whatever becomes of the caller's transaction
    Map rec = ec.service.sync().name('create#hpf.compliance.CaseFileDownload').requireNewTransaction(true).ignorePreviousError(true).disableAuthz()
            .parameters([downloadDate: ec.user.nowTimestamp, userId: ec.user.userId, scope: targetId ? 'TARGET' : 'BRANCH',
                    targetId: targetId, branchId: recordBranchId, campaignId: recordCampaignId, targetCount: zip.folderCount(),
                    fileCount: zip.fileCount(), completed: failure == null ? 'Y' : 'N', failureText: failure]).call()
    downloadId = rec?.downloadId
}
return [downloadId: downloadId, fileCount: zip.fileCount(), targetCount: zip.folderCount()]
