// The search box: the core's query on the search cluster, else database finds; hits grouped by kind, branch scope
// inside the query (cluster) or through the branch entity filters and an explicit condition (database).
import hpf.compliance.core.search.SearchHit
import hpf.compliance.core.search.SearchKind
import hpf.compliance.core.search.SearchQuery
import hpf.compliance.core.search.SearchText
import org.moqui.entity.EntityCondition

String text = SearchText.normalize(q)
List<SearchKind> kindList
try {
    kindList = SearchKind.parseList(kinds)
} catch (IllegalArgumentException e) {
    ec.message.addError(ec.resource.expand(ec.l10n.localize('Unknown kind ${kind}; the kinds are unit, target, notice, order and application.'), null, [kind: e.message]))
    return null
}
int size = Math.max(1, Math.min((pageSize ?: SearchQuery.DEFAULT_SIZE) as int, SearchQuery.MAX_SIZE))
def client = ec.factory.elastic.getDefault()
engine = client != null ? "opensearch" : "database"
hits = []
hitCount = 0L
if (!text) return null

Map scope = ec.service.sync().name("hpf.security.BranchScopeServices.setup#UserBranchContext").call()
Collection<String> branchIds = scope.branchScoped ? (scope.userBranchIds ?: []) : null

List<SearchHit> found = []
if (client != null) {
    try {
        ec.service.sync().name("hpf.compliance.SearchServices.enable#SearchFeed").call()
        for (SearchKind kind in kindList) {
            Map answer = client.search(kind.indexName(), SearchQuery.build(text, kind, branchIds, size))
            found.addAll(SearchQuery.hits(kind, answer))
            hitCount += SearchQuery.total(answer)
        }
    } catch (Exception e) {
        ec.logger.warn("Search cluster did not answer, searching the database instead: ${e.message}")
        found = []
        hitCount = 0L
        engine = "database"
    }
}
if (engine == "database") {
    // the same matches as finds: name contains the text, identifiers equal it or begin with it
    Map<SearchKind, Map> sources = [
            (SearchKind.UNIT)       : [entity: "hpf.compliance.EmployerUnitAndBranch", order: "unitAccountNo"],
            (SearchKind.TARGET)     : [entity: "hpf.compliance.CampaignTargetDetail", order: "targetId"],
            (SearchKind.NOTICE)     : [entity: "hpf.compliance.GuidanceNoticeAndUnit", order: "noticeId"],
            (SearchKind.ORDER)      : [entity: "hpf.compliance.EnforcementActionAndUnit", order: "actionId"],
            (SearchKind.APPLICATION): [entity: "hpf.compliance.RegularizationApplicationAndUnit", order: "applicationId"]]
    def cf = ec.entity.conditionFactory
    String like = text.replace("%", "").replace("_", "")
    for (SearchKind kind in kindList) {
        List<EntityCondition> any = [cf.makeCondition("unitName", EntityCondition.LIKE, "%" + like + "%")]
        for (String field in SearchQuery.identifierFields(kind)) {
            any.add(cf.makeCondition(field, EntityCondition.EQUALS, text))
            any.add(cf.makeCondition(field, EntityCondition.LIKE, like + "%").ignoreCase())
        }
        def find = ec.entity.find(sources[kind].entity).condition(cf.makeCondition(any, EntityCondition.OR))
        if (branchIds != null) find.condition("branchId", EntityCondition.IN, branchIds ?: ["_NO_BRANCH_"])
        hitCount += find.count()
        for (def row in find.selectFields(SearchQuery.sourceFields(kind)).orderBy(sources[kind].order).limit(size).list())
            found.add(SearchHit.of(kind, row.getMap()))
    }
}
hits = found*.toMap()
return null
