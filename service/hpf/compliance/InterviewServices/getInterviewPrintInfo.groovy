// What the printed interview record (催缴情况笔录) shows: times in the user's zone (CenterClock), money with 2 decimals.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.Formats
import hpf.compliance.core.Months

def ec = context.ec
def iv = ec.entity.find("hpf.compliance.CollectionInterview").condition("interviewId", interviewId).one()
if (iv == null) { ec.message.addError(ec.resource.expand('Interview ${interviewId} was not found.', null, [interviewId: interviewId])); return }
def money = { v -> v == null ? null : Formats.money(v as BigDecimal) }
def clock = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)

interview = iv.getMap()
def people = ec.entity.find("hpf.compliance.InterviewParticipant").condition("interviewId", interviewId).orderBy("participantSeqId").list()
staffList = people.findAll { it.participantKindEnumId == 'HpfPkStaff' }*.getMap()
repList = people.findAll { it.participantKindEnumId != 'HpfPkStaff' }*.getMap()
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", iv.targetId).one()?.getMap() ?: [:]
unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", iv.unitId).one()?.getMap() ?: [:]
branch = ec.entity.find("hpf.compliance.Branch").condition("branchId", iv.branchId).one()?.getMap() ?: [:]
centerName = System.getProperty("hpf_center_name") ?: '住房公积金管理中心'
interviewDateText = iv.interviewDate ? Formats.chineseDateTime(clock.dateTimeOf(iv.interviewDate)) : null
commitmentDateText = iv.commitmentDate ? Formats.chineseDate(clock.dateOf(iv.commitmentDate)) : null
String causeDesc = iv.arrearsCauseEnumId ? ec.entity.find("moqui.basic.Enumeration").condition("enumId", iv.arrearsCauseEnumId).useCache(true).one()?.description : null
causeText = [causeDesc, iv.causeText].findAll { it }.join('：')
amountOwedText = money(target.amountOwed)
commitmentAmountText = money(iv.commitmentAmount)
def firstOwed = target.firstOwedMonth ? Months.parse(target.firstOwedMonth as String) : null
firstOwedMonthText = firstOwed ? Formats.chineseMonth(firstOwed) : null
return null
