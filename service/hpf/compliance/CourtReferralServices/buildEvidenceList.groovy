// The evidence list (证据清单) of an application to the court: the target's guidance letters and orders to pay issued
// up to evidenceThrough (cancelled ones left out), in date order, each with its service. Run with ec.resource.script from
// a service that has targetId and evidenceThrough in its context; returns the list.
def ec = context.ec
List<Map> out = []
def letters = ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", targetId)
        .condition("statusId", "not-in", ['HpfNtcCancelled', 'HpfNtcDraft']).condition("issueDate", "less-equals", evidenceThrough)
        .orderBy("issueDate").list()
for (def n in letters) out.add([documentTypeEnumId: 'HpfDtGuidanceNotice', documentKind: 'LETTER', recordId: n.noticeId,
        documentNumber: n.noticeNumber, documentDate: n.issueDate, dueDate: n.rectifyByDate,
        serviceDate: (n.statusId == 'HpfNtcServed' || n.serviceOutcome == 'DELIVERED') ? n.serviceDate : null, serviceMethodEnumId: n.serviceMethodEnumId,
        serviceOutcome: n.serviceOutcome])
def orders = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("actionTypeEnumId", "HpfEaOrderToPay").condition("statusId", "not-in", ['HpfEnfCancelled', 'HpfEnfDraft'])
        .condition("issueDate", "less-equals", evidenceThrough).orderBy("issueDate").list()
for (def o in orders) out.add([documentTypeEnumId: 'HpfDtOrderToPay', documentKind: 'ORDER', recordId: o.actionId,
        documentNumber: o.documentNumber, documentDate: o.issueDate, dueDate: o.dueDate,
        serviceDate: o.serviceOutcome == 'DELIVERED' ? o.serviceDate : null, serviceMethodEnumId: o.serviceMethodEnumId,
        serviceOutcome: o.serviceOutcome])
out.sort { a, b -> (a.documentDate <=> b.documentDate) ?: (a.documentKind <=> b.documentKind) }
out.eachWithIndex { Map e, int i -> e.seq = i + 1 }
return out
