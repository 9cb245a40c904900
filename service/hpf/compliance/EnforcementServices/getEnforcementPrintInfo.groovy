// What the printed order and its proof of service show; dates as official documents write them (2026年4月8日).
import hpf.compliance.core.Months

def ec = context.ec
def a = ec.entity.find("hpf.compliance.EnforcementAction").condition("actionId", actionId).one()
if (a == null) { ec.message.addError(ec.resource.expand('Enforcement action ${actionId} was not found.', null, [actionId: actionId])); return }

def dateText = { d ->
    if (d == null) return null
    def ld = d.toLocalDate()
    return ld.year + "年" + ld.monthValue + "月" + ld.dayOfMonth + "日"
}
def monthText = { String m ->
    if (!m) return null
    def ym = Months.parse(m)
    return ym.year + "年" + ym.monthValue + "月"
}

action = a.getMap()
unit = (ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", a.unitId).one()?.getMap() ?: [:])
branch = (ec.entity.find("hpf.compliance.Branch").condition("branchId", a.branchId).one()?.getMap() ?: [:])
campaign = (ec.entity.find("hpf.compliance.Campaign").condition("campaignId", a.campaignId).one()?.getMap() ?: [:])
notice = a.noticeId ? (ec.entity.find("hpf.compliance.GuidanceNotice").condition("noticeId", a.noticeId).one()?.getMap() ?: [:]) : [:]
centerName = System.getProperty("hpf_center_name") ?: (System.getenv("hpf_center_name") ?: (campaign.issuingAuthority ?: '住房公积金管理中心'))
issueDateText = dateText(a.issueDate)
dueDateText = dateText(a.dueDate)
deadlineDays = (a.issueDate && a.dueDate) ? java.time.temporal.ChronoUnit.DAYS.between(a.issueDate.toLocalDate(), a.dueDate.toLocalDate()) : null
serviceDateText = dateText(a.serviceDate)
noticeIssueDateText = dateText(notice.issueDate)
noticeServiceDateText = dateText(notice.serviceDate)
firstOwedMonthText = monthText(a.firstOwedMonth as String)
paidThroughMonthText = monthText(a.paidThroughMonth as String)
amountOwedText = a.amountOwed != null ? new java.text.DecimalFormat("#,##0.00").format(a.amountOwed) : null
// the document's title and template by its type (the non-registration chain prints its own documents)
List kind = [HpfEaOrderToPay: ['责令限期缴存通知书', 'OrderToPay'], HpfEaRegistrationLetter: ['住房公积金缴存登记告知书', 'RegistrationLetter'],
        HpfEaOrderToRegister: ['责令限期办理住房公积金缴存登记通知书', 'OrderToRegister'],
        HpfEaPenaltyNotice: ['行政处罚事先告知书', 'PenaltyNotice'], HpfEaPenaltyDecision: ['行政处罚决定书', 'PenaltyDecision']][a.actionTypeEnumId] ?: [null, null]
documentTitle = kind[0]
documentTemplateLocation = kind[1] ? "component://hpf-compliance/template/enforcement/${kind[1]}.html.ftl".toString() : null
establishedDateText = dateText(unit.establishedDate)
statementWorkingDays = hpf.compliance.core.rules.EnforcementRules.STATEMENT_WORKING_DAYS as Long
fineAmountText = a.fineAmount != null ? new java.text.DecimalFormat("#,##0.00").format(a.fineAmount) : null
// the documents the case went through, for the penalty notice and decision (order to register, notice)
List chain = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", a.targetId)
        .condition("statusId", "not-in", ['HpfEnfCancelled', 'HpfEnfDraft']).orderBy("issueDate").list()
def registerOrder = chain.findAll { it.actionTypeEnumId == 'HpfEaOrderToRegister' && it.issueDate <= a.issueDate }.with { it ? it[-1] : null }
def penaltyNotice = chain.findAll { it.actionTypeEnumId == 'HpfEaPenaltyNotice' && it.issueDate <= a.issueDate }.with { it ? it[-1] : null }
registerOrderInfo = registerOrder ? [documentNumber: registerOrder.documentNumber, issueDateText: dateText(registerOrder.issueDate),
        dueDateText: dateText(registerOrder.dueDate), serviceDateText: dateText(registerOrder.serviceDate)] : [:]
penaltyNoticeInfo = penaltyNotice ? [documentNumber: penaltyNotice.documentNumber, issueDateText: dateText(penaltyNotice.issueDate),
        serviceDateText: dateText(penaltyNotice.serviceDate), replyByText: dateText(penaltyNotice.dueDate),
        hearingRequested: penaltyNotice.hearingRequested, statementText: penaltyNotice.statementText] : [:]
serviceMethodText = a.serviceMethodEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", a.serviceMethodEnumId).useCache(true).one()?.description : null
return null
