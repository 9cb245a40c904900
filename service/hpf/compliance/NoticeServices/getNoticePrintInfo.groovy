// What the printed letter and its proof of service show. Dates are written the way official documents write them
// (2026年4月8日, GB/T 9704), months as 2025年2月, money with two decimals.
import hpf.compliance.core.Formats
import hpf.compliance.core.Months

def ec = context.ec
def n = ec.entity.find("hpf.compliance.GuidanceNotice").condition("noticeId", noticeId).one()
if (n == null) { ec.message.addError(ec.resource.expand('Guidance letter ${noticeId} was not found.', null, [noticeId: noticeId])); return }

def dateText = { d ->
    if (d == null) return null
    return Formats.chineseDate(d.toLocalDate())
}
def monthText = { String m ->
    if (!m) return null
    return Formats.chineseMonth(Months.parse(m))
}

notice = n.getMap()
unit = (ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", n.unitId).one()?.getMap() ?: [:])
branch = (ec.entity.find("hpf.compliance.Branch").condition("branchId", n.branchId).one()?.getMap() ?: [:])
campaign = (ec.entity.find("hpf.compliance.Campaign").condition("campaignId", n.campaignId).one()?.getMap() ?: [:])
centerName = System.getProperty("hpf_center_name") ?: (System.getenv("hpf_center_name") ?: (campaign.issuingAuthority ?: '住房公积金管理中心'))
issueDateText = dateText(n.issueDate)
rectifyByDateText = dateText(n.rectifyByDate)
// the days to rectify as the letter counts them: calendar days from the issue date (prepare#GuidanceNotice), not working days
rectifyDays = (n.issueDate && n.rectifyByDate) ? java.time.temporal.ChronoUnit.DAYS.between(n.issueDate.toLocalDate(), n.rectifyByDate.toLocalDate()) : null
serviceDateText = dateText(n.serviceDate)
firstOwedMonthText = monthText(n.firstOwedMonth as String)
paidThroughMonthText = monthText(n.paidThroughMonth as String)
amountOwedText = n.amountOwed != null ? Formats.money(n.amountOwed) : null
def methodEnum = n.serviceMethodEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", n.serviceMethodEnumId).useCache(true).one() : null
serviceMethodText = methodEnum?.description
serviceMethodCode = methodEnum?.enumCode
// 欠缴 or 停缴 as the letter was issued; letters issued before the type was kept take the target's
targetTypeEnumId = n.targetTypeEnumId ?: ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", n.targetId).one()?.targetTypeEnumId
return null
