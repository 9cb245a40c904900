// A target's arrears case as the core's EnforcementRules see it, and what may be done next; see EnforcementServices.xml.
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.rules.EnforcementCase.ActionType
import hpf.compliance.core.rules.EnforcementRules
import hpf.compliance.core.rules.StoredEnforcementCase
import java.time.LocalDate

def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }

hpf.compliance.core.CenterClock clock = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)
LocalDate on = onDate ? onDate.toLocalDate() : clock.today()
// a unit found without registration (target type 应缴未缴) is a non-registration case (Art. 37), any other an arrears case;
// the history: letters count once served (an order follows a letter that reached the unit), actions once issued
def served = ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", targetId).condition("statusId", "HpfNtcServed")
        .orderBy("-issueDate").list()
def actions = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("statusId", "not-in", [StoredEnforcementCase.CANCELLED, StoredEnforcementCase.DRAFT]).list()
LocalDate rectifiedOn = target.statusId == 'HpfTgtRectified' ? (target.resolvedDate ? clock.dateOf(target.resolvedDate) : on) : null
def built = StoredEnforcementCase.build(target.targetTypeEnumId == 'HpfTtNoAccount', served*.getMap(), actions*.getMap(), rectifiedOn)
EnforcementCase.Type caseType = built.enforcementCase().type()
servedNoticeId = built.servedNoticeId()
openOrderId = built.openOrderId()
LocalDate complied = built.enforcementCase().compliedDate()
enforcementCase = built.enforcementCase()
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
