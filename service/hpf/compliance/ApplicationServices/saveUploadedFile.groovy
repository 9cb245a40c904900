// Stores one uploaded file (a browser upload, or base64 from REST) with the resource facade under hpf_upload_root.
String name = contentFile != null && contentFile.getSize() > 0 ? contentFile.getName() : fileName
name = (name ?: '').replaceAll('.*[\\\\/]', '').replaceAll('[:*?"<>|\\p{Cntrl}]', '_').trim()
byte[] bytes = null
if (contentFile == null || contentFile.getSize() == 0) {
    if (!contentBase64) { ec.message.addValidationError(null, 'contentFile', null, ec.l10n.localize('No file was uploaded'), null); return }
    try { bytes = Base64.getMimeDecoder().decode((String) contentBase64) }
    catch (IllegalArgumentException e) { ec.message.addValidationError(null, 'contentBase64', null, ec.l10n.localize('The file content is not valid base64'), null); return }
}
if (!name) { ec.message.addValidationError(null, 'fileName', null, ec.l10n.localize('File name is required'), null); return }
String root = System.getProperty('hpf_upload_root') ?: 'dbresource://hpf/uploads'
location = root + '/' + folder + '/' + name
def ref = ec.resource.getLocationReference(location)
if (bytes != null) {
    ref.putBytes(bytes)
} else {
    InputStream is = contentFile.getInputStream()
    try { ref.putStream(is) } finally { is.close() }
}
storedFileName = name
contentType = (contentFile != null && contentFile.getSize() > 0 ? contentFile.getContentType() : null) ?: ref.getContentType()
return [location: location, storedFileName: storedFileName, contentType: contentType]
