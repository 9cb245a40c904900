// Puts the component's index template (cjk analysis, keyword identifiers) on the default search cluster.
import hpf.compliance.core.search.SearchIndex
import org.moqui.util.RestClient

def client = ec.factory.elastic.getDefault()
installed = false
if (client == null) return null
String prefix = System.getProperty("elasticsearch_index_prefix") ?: ""
def response = client.call(RestClient.Method.PUT, null, "_index_template/" + SearchIndex.TEMPLATE_NAME, null, SearchIndex.template(prefix))
if (response.statusCode < 200 || response.statusCode >= 300) {
    ec.logger.warn("Search index template not installed: ${response.statusCode} ${response.text()}")
    return null
}
installed = true
return null
