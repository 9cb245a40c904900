// Records a collection interview (催缴情况笔录), checked by the core's InterviewRules; see InterviewServices.xml.
import hpf.compliance.core.Amounts
import hpf.compliance.core.CenterClock
import hpf.compliance.core.Formats
import hpf.compliance.core.rules.ArrearsCause
import hpf.compliance.core.rules.CollectionInterview
import hpf.compliance.core.rules.InterviewRules

def ec = context.ec
def err = { String msg, Map args = [:] -> ec.message.addError(ec.resource.expand(msg, null, args)) }

def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).forUpdate(true).one()
if (target == null) { err('Target ${targetId} was not found.', [targetId: targetId]); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return

// participants: staff by login, then the rest as given
List<Map> people = []
for (String uid in (staffUserIds ?: []).findAll { it }.unique()) {
    def ua = ec.entity.find("moqui.security.UserAccount").condition("userId", uid).useCache(true).one()
    if (ua == null) { err('User ${assignedUserId} was not found.', [assignedUserId: uid]); return }
    people << [participantKindEnumId: 'HpfPkStaff', userId: uid, participantName: ua.userFullName ?: ua.username]
}
for (Map p in (participants ?: [])) {
    if (!p.participantName && !p.userId && !p.roleTitle) continue
    people << [participantKindEnumId: p.participantKindEnumId ?: 'HpfPkUnitRep', userId: p.userId,
            participantName: (p.participantName as String)?.trim(), roleTitle: (p.roleTitle as String)?.trim(), contactPhone: p.contactPhone]
}
List<String> staffNames = people.findAll { it.participantKindEnumId == 'HpfPkStaff' }.collect { it.participantName as String }
List reps = people.findAll { it.participantKindEnumId == 'HpfPkUnitRep' }
        .collect { new CollectionInterview.Representative(it.participantName as String, it.roleTitle as String) }

// the enumeration of causes, as the core names them
Map causes = [HpfAcHardship: ArrearsCause.OPERATING_DIFFICULTY, HpfAcSuspended: ArrearsCause.SUSPENDED,
        HpfAcRestructuring: ArrearsCause.RESTRUCTURING, HpfAcBankruptcy: ArrearsCause.BANKRUPTCY, HpfAcUnreachable: ArrearsCause.UNREACHABLE,
        HpfAcRefusal: ArrearsCause.REFUSAL, HpfAcUnaware: ArrearsCause.POLICY_UNAWARE, HpfAcOther: ArrearsCause.OTHER]
def clock = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
def record = new CollectionInterview(clock.dateOf(interviewDate), staffNames, reps,
        causes[arrearsCauseEnumId] as ArrearsCause, causeText as String, commitmentDate?.toLocalDate(), commitmentAmount as BigDecimal)
Map fieldNames = [interviewDate: 'interviewDate', staff: 'staffUserIds', representatives: 'participants', cause: 'arrearsCauseEnumId',
        causeText: 'causeText', commitmentDate: 'commitmentDate', commitmentAmount: 'commitmentAmount']
def violations = InterviewRules.check(record, clock.today())
def fen = Amounts.checkFen('commitmentAmount', ec.l10n.localize('Committed Amount'), commitmentAmount as BigDecimal)
if (fen != null) violations = violations + [fen]
violations.each { v ->
    String field = v.field()?.startsWith('representatives') ? 'participants' : (fieldNames[v.field()] ?: v.field())
    ec.message.addValidationError(null, field, null, ec.resource.expand(v.code(), null, v.args(), true), null)
}
if (ec.message.hasError()) return

Map created = ec.service.sync().name("create#hpf.compliance.CollectionInterview").parameters([targetId: targetId,
        unitId: target.unitId, branchId: target.branchId, interviewDate: interviewDate, place: place,
        arrearsCauseEnumId: arrearsCauseEnumId, causeText: causeText, unitStatement: unitStatement,
        commitmentAmount: commitmentAmount, commitmentDate: commitmentDate, commitmentPlan: commitmentPlan,
        recordedByUserId: ec.user.userId]).call()
if (ec.message.hasError()) return
interviewId = created.interviewId
for (Map p in people) {
    ec.service.sync().name("create#hpf.compliance.InterviewParticipant").parameters(p + [interviewId: interviewId]).call()
    if (ec.message.hasError()) return
}

// the target: cause, deadline, status and timeline
ec.service.sync().name("update#hpf.compliance.CampaignTarget").parameters([targetId: targetId, arrearsCauseEnumId: arrearsCauseEnumId]).call()
if (ec.message.hasError()) return
String causeDesc = ec.entity.find("moqui.basic.Enumeration").condition("enumId", arrearsCauseEnumId).useCache(true).one()?.description ?: ''
String reason
if (commitmentDate) {
    String amountText = Formats.money(commitmentAmount as BigDecimal)
    String note = ec.resource.expand('The unit committed to pay ${amountText} yuan by ${commitmentDate}.', null,
            [amountText: amountText, commitmentDate: commitmentDate])
    ec.service.sync().name("hpf.compliance.TargetServices.update#TargetDeadline").parameters([targetId: targetId,
            nextDeadlineDate: commitmentDate, nextDeadlineNote: note, interviewId: interviewId]).call()
    if (ec.message.hasError()) return
    reason = ec.resource.expand('Interview: cause ${causeDesc}. ${note}', null, [causeDesc: causeDesc, note: note])
} else {
    reason = ec.resource.expand('Interview: cause ${causeDesc}; no commitment given.', null, [causeDesc: causeDesc])
}
boolean toCommitted = commitmentDate && ec.entity.find("moqui.basic.StatusFlowTransition").condition([statusFlowId: 'HpfTargetFlow',
        statusId: target.statusId, toStatusId: 'HpfTgtCommitted']).useCache(true).count() > 0
if (toCommitted) {
    ec.service.sync().name("hpf.compliance.TargetServices.change#TargetStatus").parameters([targetId: targetId,
            statusId: 'HpfTgtCommitted', reason: reason, activityTypeEnumId: 'HpfActInterview', interviewId: interviewId]).call()
} else {
    ec.service.sync().name("hpf.compliance.TargetServices.add#TargetActivity").parameters([targetId: targetId,
            activityTypeEnumId: 'HpfActInterview', reason: reason, interviewId: interviewId]).call()
}
return null
