// The 通报 as HTML, or as PDF (PrintDocumentServices.render#PrintDocument).
def ec = context.ec
Map info = ec.service.sync().name('hpf.compliance.UnitListServices.get#PublicationPrintInfo').parameters([publicationId: publicationId]).call()
if (ec.message.hasError()) return null
return ec.service.sync().name('hpf.compliance.PrintDocumentServices.render#PrintDocument').parameters([
        templateLocation: 'component://hpf-compliance/template/lists/PublicCriticism.html.ftl', printInfo: info, format: format,
        documentLabel: 'Public criticism', fileBaseName: '通报-' + (info.publication.documentNumber ?: publicationId)]).call()
