// A target's arrears case as the core's EnforcementRules see it, and what may be done next; see EnforcementServices.xml.
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.rules.EnforcementCase.Action
import hpf.compliance.core.rules.EnforcementCase.ActionType
import hpf.compliance.core.rules.EnforcementRules
import java.time.LocalDate

def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }

hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
LocalDate on = onDate ? onDate.toLocalDate() : clock.today()
Map<String, ActionType> typeOf = [HpfEaOrderToPay: ActionType.ORDER_WITH_DEADLINE, HpfEaOrderToRegister: ActionType.ORDER_WITH_DEADLINE,
        HpfEaCourtReferral: ActionType.COURT_REFERRAL, HpfEaPenaltyNotice: ActionType.PENALTY_NOTICE,
        HpfEaPenaltyDecision: ActionType.PENALTY_DECISION, HpfEaPublicCriticism: ActionType.PUBLIC_CRITICISM,
        HpfEaRegistrationLetter: ActionType.GUIDANCE_LETTER]
// a unit found without registration (target type 应缴未缴) is a non-registration case (Art. 37), any other an arrears case
EnforcementCase.Type caseType = target.targetTypeEnumId == 'HpfTtNoAccount' ? EnforcementCase.Type.NON_REGISTRATION : EnforcementCase.Type.ARREARS

List<Action> history = []
// an order follows a letter that reached the unit: letters count once served
def served = ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", targetId).condition("statusId", "HpfNtcServed")
        .orderBy("-issueDate").list()
for (def n in served) history.add(Action.of(ActionType.GUIDANCE_LETTER, n.issueDate?.toLocalDate()))
servedNoticeId = served ? served[0].noticeId : null

LocalDate complied = null
openOrderId = null
def actions = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("statusId", "not-in", ['HpfEnfCancelled', 'HpfEnfDraft']).list()
for (def a in actions) {
    ActionType t = typeOf[a.actionTypeEnumId as String]
    if (t != null) history.add(new Action(t, a.issueDate?.toLocalDate(), a.dueDate?.toLocalDate(), a.fineAmount as BigDecimal))
    if (a.compliedDate && (complied == null || a.compliedDate.toLocalDate().isBefore(complied))) complied = a.compliedDate.toLocalDate()
    // an order taken to court (escalated) stays in force: no second order while the court deals with the first
    if (a.actionTypeEnumId == 'HpfEaOrderToPay' && a.statusId in ['HpfEnfIssued', 'HpfEnfEscalated']) openOrderId = a.actionId
}
if (target.statusId == 'HpfTgtRectified' && complied == null)
    complied = target.resolvedDate ? clock.dateOf(target.resolvedDate) : on

enforcementCase = new EnforcementCase(caseType, history, complied)
allowedActions = EnforcementRules.allowedActions(enforcementCase, on)*.name()

// the order to pay: the core's prerequisite, one order in force at a time, a unit that still owes, a target the flow lets
// move to 'under enforcement'
canIssueOrder = false
if (caseType == EnforcementCase.Type.NON_REGISTRATION) {
    // the order to pay is for arrears; a non-registration case has its own steps (NonRegistrationServices)
    whyNotOrder = null
} else if (!(ActionType.ORDER_WITH_DEADLINE.name() in allowedActions)) {
    whyNotOrder = ec.resource.expand(EnforcementRules.GUIDANCE_LETTER_FIRST, null, [:], true)
} else if (openOrderId) {
    def open = actions.find { it.actionId == openOrderId }
    whyNotOrder = ec.resource.expand('An order to pay (${documentNumber}) is already in force for this target.', null,
            [documentNumber: open.documentNumber])
} else if (complied != null) {
    whyNotOrder = ec.resource.expand(EnforcementRules.UNIT_COMPLIED, null, [compliedDate: complied], true)
} else if (target.statusId != 'HpfTgtEnforcing' && ec.entity.find("moqui.basic.StatusFlowTransition").condition([statusFlowId: 'HpfTargetFlow',
        statusId: target.statusId, toStatusId: 'HpfTgtEnforcing']).useCache(true).count() == 0) {
    def cur = ec.entity.find("moqui.basic.StatusItem").condition("statusId", target.statusId).useCache(true).one()
    whyNotOrder = ec.resource.expand('An order to pay cannot be issued to a target that is ${statusText}.', null,
            [statusText: cur?.description ?: target.statusId])
} else {
    canIssueOrder = true
}
return null
