// Numbers guidance letters prepared in this transaction (prepare#GuidanceNotice): per branch and year, in the order
// given, from the campaign's pattern; then the timeline line and the deadline note that name the number.
import hpf.compliance.core.rules.NoticeNumbering

def ec = context.ec
List notices = []
for (String id in (noticeIds ?: []).findAll { it }.unique()) {
    def n = ec.entity.find("hpf.compliance.GuidanceNotice").condition("noticeId", id).useCache(false).one()
    if (n == null) { ec.message.addError(ec.resource.expand('Guidance letter ${noticeId} was not found.', null, [noticeId: id])); return }
    if (n.noticeNumber) continue
    notices.add(n)
}

noticeNumberMap = [:]
// counters in one order (branch, year), so that two batches of several branches cannot deadlock on them
Map<List, List> byCounter = notices.groupBy { [it.branchId as String, it.noticeYear as Long] }
for (List key in byCounter.keySet().sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }) {
    List group = byCounter[key]
    def branch = ec.entity.find("hpf.compliance.Branch").condition("branchId", key[0]).disableAuthz().one()
    def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", group[0].campaignId).one()
    NoticeNumbering numbering = NoticeNumbering.compile(campaign?.noticeNumberPattern ?: '住金指〔{year}〕{branch}-{seq:4}号')
    Map reserved = ec.service.sync().name("hpf.compliance.NoticeServices.reserve#DocumentNumber").parameters([
            documentTypeEnumId: 'HpfDtGuidanceNotice', branchId: key[0], sequenceYear: key[1], count: (long) group.size()]).call()
    if (ec.message.hasError()) return
    long seq = reserved.seqNum as Long
    // from here to the commit only rows already written are updated: no new id, no second connection is needed
    for (n in group) {
        String number = numbering.format((key[1] as Long).intValue(), branch.branchCode as String, (int) seq)
        n.set("noticeNumber", number); n.set("noticeSeqNum", seq); n.update()
        String rectifyBy = n.rectifyByDate.toString()
        for (act in ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: n.targetId, noticeId: n.noticeId,
                activityTypeEnumId: 'HpfActNoticeIssued']).useCache(false).list()) {
            act.set("reason", ec.resource.expand('Guidance letter ${noticeNumber} issued; rectify by ${rectifyBy}.', null,
                    [noticeNumber: number, rectifyBy: rectifyBy]))
            act.update()
        }
        ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: n.targetId,
                nextDeadlineNote: ec.resource.expand('Rectify by the deadline of guidance letter ${noticeNumber}', null, [noticeNumber: number])]).update()
        noticeNumberMap[n.noticeId] = number
        seq++
    }
}
return null
