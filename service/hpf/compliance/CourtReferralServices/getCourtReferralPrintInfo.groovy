// What the printed application to the court shows; dates as official documents write them (2026年4月8日).
import hpf.compliance.core.Months

def ec = context.ec
Map info = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementPrintInfo").parameters([actionId: actionId]).call()
if (ec.message.hasError()) return null
def dateText = { d ->
    if (d == null) return null
    def ld = d.toLocalDate()
    return ld.year + "年" + ld.monthValue + "月" + ld.dayOfMonth + "日"
}
def monthText = { String m -> if (!m) return null; def ym = Months.parse(m); return ym.year + "年" + ym.monthValue + "月" }

action = info.action
unit = info.unit
branch = info.branch
campaign = info.campaign
centerName = info.centerName
issueDateText = info.issueDateText
firstOwedMonthText = info.firstOwedMonthText
paidThroughMonthText = info.paidThroughMonthText
amountOwedText = info.amountOwedText
asOfDateText = dateText(action.owedAsOfDate)
order = action.priorActionId ? (ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", action.priorActionId).one()?.getMap() ?: [:]) : [:]
orderIssueDateText = dateText(order.issueDate)
orderDueDateText = dateText(order.dueDate)
orderServiceDateText = order.serviceOutcome == 'DELIVERED' ? dateText(order.serviceDate) : null
courtCase = ec.entity.find("hpf.compliance.CourtCase").condition("actionId", actionId).one()?.getMap() ?: [:]

targetId = action.targetId
evidenceThrough = action.issueDate
List<Map> evidence = ec.resource.script('component://hpf-compliance/service/hpf/compliance/CourtReferralServices/buildEvidenceList.groovy', null)
evidenceList = evidence.collect { Map e ->
    String method = e.serviceMethodEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", e.serviceMethodEnumId).useCache(true).one()?.description : null
    e + [documentDateText: dateText(e.documentDate), dueDateText: dateText(e.dueDate), serviceDateText: dateText(e.serviceDate),
         serviceMethodText: method]
}
return null
