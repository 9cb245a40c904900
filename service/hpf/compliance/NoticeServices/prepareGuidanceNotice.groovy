// Everything of issuing a guidance letter (《行政指导意见书》) but its number; see NoticeServices.xml for the rules.
import hpf.compliance.core.rules.NoticeNumbering
import java.time.LocalDate

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

// Locks are taken in one order everywhere: targets first, the number counter last (number#GuidanceNotices, after
// this), so that a batch issue cannot deadlock with a single issue, and the counter's holder needs nothing more
// from the database before it commits.
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { err('Target ${targetId} was not found.', [targetId: targetId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return
Map can = ec.service.sync().name("hpf.compliance.NoticeServices.check#CanIssueNotice").parameters([targetId: targetId]).call()
if (ec.message.hasError()) return
if (!can.canIssue) { ec.message.addError(can.whyNot as String); return }

def unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()
def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).one()
def branch = target.branchId ? ec.entity.find("hpf.compliance.Branch").condition("branchId", target.branchId).one() : null
if (branch == null) { err('Target ${targetId} belongs to no branch, so its letter cannot be numbered.', [targetId: targetId]); return }

LocalDate today = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
LocalDate issued = issueDate ? issueDate.toLocalDate() : today
if (issued.isAfter(today)) { err('The issue date ${issued} is in the future.', [issued: issued]); return }
LocalDate rectifyBy = rectifyByDate ? rectifyByDate.toLocalDate() : issued.plusDays((campaign?.rectifyDays ?: 30L) as long)
if (!rectifyBy.isAfter(issued)) { err('The rectify-by date ${rectifyBy} must be after the issue date ${issued}.', [rectifyBy: rectifyBy, issued: issued]); return }

String pattern = campaign?.noticeNumberPattern ?: '住金指〔{year}〕{branch}-{seq:4}号'
NoticeNumbering numbering
try {
    numbering = NoticeNumbering.compile(pattern)
} catch (IllegalArgumentException e) {
    err('The letter number pattern ${pattern} of the campaign cannot be used: ${problem}', [pattern: pattern, problem: e.message]); return
}
// numbers run per branch and year, so the pattern must show both or numbers of different branches would collide
if (!numbering.usesBranch() || !numbering.usesYear()) {
    err('The letter number pattern ${pattern} must contain {year} and {branch}, since numbers run per branch and year.', [pattern: pattern]); return
}
// the number itself comes last; whether the branch's code can make one is known now
try {
    numbering.format(issued.year, branch.branchCode, 1)
} catch (IllegalArgumentException e) {
    err('Branch ${branchName} has no usable code for letter numbers (${problem}); set its code first.', [branchName: branch.branchName, problem: e.message]); return
}

// lock the target and check again, in case someone issued or moved it meanwhile
target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).forUpdate(true).one()
can = ec.service.sync().name("hpf.compliance.NoticeServices.check#CanIssueNotice").parameters([targetId: targetId]).call()
if (ec.message.hasError()) return
if (!can.canIssue) { ec.message.addError(can.whyNot as String); return }

// no number yet: number#GuidanceNotices sets it, the timeline's reason and the deadline's note in this transaction
Map created = ec.service.sync().name("create#hpf.compliance.GuidanceNotice").parameters([
        targetId: targetId, unitId: target.unitId, branchId: target.branchId, campaignId: target.campaignId,
        statusId: 'HpfNtcIssued', noticeYear: issued.year,
        issueDate: java.sql.Date.valueOf(issued), rectifyByDate: java.sql.Date.valueOf(rectifyBy),
        unitName: unit?.unitName, unitAccountNo: unit?.unitAccountNo, usccCode: unit?.usccCode,
        firstOwedMonth: target.firstOwedMonth, owedMonths: target.owedMonths, amountOwed: target.amountOwed,
        paidThroughMonth: target.paidThroughMonth, issuedByUserId: ec.user.userId,
        targetTypeEnumId: target.targetTypeEnumId]).call()
if (ec.message.hasError()) return
noticeId = created.noticeId
rectifyByDate = java.sql.Date.valueOf(rectifyBy)

ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: targetId,
        statusId: 'HpfTgtNoticed', activityTypeEnumId: 'HpfActNoticeIssued', noticeId: noticeId]).call()
if (ec.message.hasError()) return
ec.service.sync().name("hpf.compliance.TargetServices.update#TargetDeadline").parameters([targetId: targetId,
        nextDeadlineDate: rectifyByDate, noticeId: noticeId]).call()
return null
