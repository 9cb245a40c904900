// Full re-index (IT): template, fresh indices, every document of the HpfSearch feed.
import hpf.compliance.core.search.SearchKind

def client = ec.factory.elastic.getDefault()
documentsIndexed = 0
if (client == null) {
    engine = "database"
    ec.message.addMessage(ec.l10n.localize("No search cluster is configured (elasticsearch_url); the search answers from the database and there is nothing to index."), "warning")
    return null
}
engine = "opensearch"
ec.service.sync().name("hpf.compliance.SearchServices.install#SearchIndexTemplate").call()
ec.service.sync().name("hpf.compliance.SearchServices.enable#SearchFeed").call()
for (SearchKind kind in SearchKind.values()) {
    if (client.indexExists(kind.indexName())) client.deleteIndex(kind.indexName())
}
boolean wasDisabled = ec.artifactExecution.disableAuthz()
try {
    Map result = ec.service.sync().name("org.moqui.search.SearchServices.index#DataFeedDocuments")
            .parameters([dataFeedId: "HpfSearch"]).call()
    documentsIndexed = (result?.documentsIndexed ?: 0) as Integer
} finally {
    if (!wasDisabled) ec.artifactExecution.enableAuthz()
}
ec.message.addMessage(ec.resource.expand(ec.l10n.localize('Search index rebuilt: ${documentsIndexed} documents indexed.'), null,
        [documentsIndexed: documentsIndexed]), "success")
return null
