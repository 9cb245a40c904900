// The HpfSearch feed's receiver: nothing without a search cluster; else the template first (when the indices are
// not there yet), then Moqui's own indexing of the documents.
def client = ec.factory.elastic.getDefault()
if (client == null || !documentList) return null
ec.service.sync().name("hpf.compliance.SearchServices.enable#SearchFeed").call()
Set<String> indexNames = documentList.collect { it._index as String }.findAll { it } as Set
if (indexNames.any { !client.indexExists(it) }) ec.service.sync().name("hpf.compliance.SearchServices.install#SearchIndexTemplate").call()
ec.service.sync().name("org.moqui.search.SearchServices.index#DataDocuments")
        .parameters([dataFeedId: dataFeedId, feedStamp: feedStamp, documentList: documentList]).call()
return null
