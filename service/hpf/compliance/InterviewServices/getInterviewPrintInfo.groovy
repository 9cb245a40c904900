// What the printed interview record (催缴情况笔录) shows.
import hpf.compliance.core.Months

def ec = context.ec
def iv = ec.entity.find("hpf.compliance.CollectionInterview").condition("interviewId", interviewId).one()
if (iv == null) { ec.message.addError(ec.resource.expand('Interview ${interviewId} was not found.', null, [interviewId: interviewId])); return }
def money = { v -> v == null ? null : new java.text.DecimalFormat("#,##0.00").format(v) }

interview = iv.getMap()
def people = ec.entity.find("hpf.compliance.InterviewParticipant").condition("interviewId", interviewId).orderBy("participantSeqId").list()
staffList = people.findAll { it.participantKindEnumId == 'HpfPkStaff' }*.getMap()
repList = people.findAll { it.participantKindEnumId != 'HpfPkStaff' }*.getMap()
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", iv.targetId).one()?.getMap() ?: [:]
unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", iv.unitId).one()?.getMap() ?: [:]
branch = ec.entity.find("hpf.compliance.Branch").condition("branchId", iv.branchId).one()?.getMap() ?: [:]
centerName = System.getProperty("hpf_center_name") ?: '住房公积金管理中心'
def dt = iv.interviewDate?.toLocalDateTime()
interviewDateText = dt ? (dt.year + "年" + dt.monthValue + "月" + dt.dayOfMonth + "日" + dt.hour + "时" + String.format('%02d', dt.minute) + "分") : null
def cd = iv.commitmentDate?.toLocalDate()
commitmentDateText = cd ? (cd.year + "年" + cd.monthValue + "月" + cd.dayOfMonth + "日") : null
String causeDesc = iv.arrearsCauseEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", iv.arrearsCauseEnumId).useCache(true).one()?.description : null
causeText = [causeDesc, iv.causeText].findAll { it }.join('：')
amountOwedText = money(target.amountOwed)
commitmentAmountText = money(iv.commitmentAmount)
def firstOwed = target.firstOwedMonth ? Months.parse(target.firstOwedMonth as String) : null
firstOwedMonthText = firstOwed ? (firstOwed.year + "年" + firstOwed.monthValue + "月") : null
return null
