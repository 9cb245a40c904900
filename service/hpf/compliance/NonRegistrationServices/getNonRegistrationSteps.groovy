// The steps of a non-registration case and why each may not be taken now; see NonRegistrationServices.xml.
import hpf.compliance.core.rules.EnforcementCase
import hpf.compliance.core.rules.EnforcementCase.Action
import hpf.compliance.core.rules.EnforcementCase.ActionType
import hpf.compliance.core.rules.EnforcementConfig
import hpf.compliance.core.rules.EnforcementRules
import java.time.LocalDate

def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
LocalDate on = onDate ? onDate.toLocalDate() : hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
Map caseOut = ec.service.sync().name("hpf.compliance.EnforcementServices.get#EnforcementCase")
        .parameters([targetId: targetId, onDate: java.sql.Date.valueOf(on)]).call()
if (ec.message.hasError()) return
EnforcementCase c = caseOut.enforcementCase as EnforcementCase
nonRegistrationCase = c.type() == EnforcementCase.Type.NON_REGISTRATION

def campaign = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", target.campaignId).useCache(true).one()
int maxDays = ((campaign?.orderDeadlineDays ?: 30L) as Long).intValue()
EnforcementConfig cfg = EnforcementConfig.defaults().withMaxOrderDays(maxDays)
List actions = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", targetId)
        .condition("statusId", "not-in", ['HpfEnfCancelled', 'HpfEnfDraft']).orderBy("-issueDate").list()
def latestOf = { String type -> actions.find { it.actionTypeEnumId == type } }
def firstReason = { ActionType t, Action proposed ->
    def v = EnforcementRules.check(c, proposed, cfg, on).find()
    return v == null ? null : ec.resource.expand(v.code(), null, v.args(), true)
}

stepList = []
Map<String, ActionType> steps = [HpfEaRegistrationLetter: ActionType.GUIDANCE_LETTER, HpfEaOrderToRegister: ActionType.ORDER_WITH_DEADLINE,
        HpfEaPenaltyNotice: ActionType.PENALTY_NOTICE, HpfEaPenaltyDecision: ActionType.PENALTY_DECISION]
for (def entry in steps) {
    String typeId = entry.key
    ActionType t = entry.value
    String whyNot = null
    if (!nonRegistrationCase) {
        whyNot = ec.resource.expand(EnforcementRules.PENALTY_ONLY_FOR_NON_REGISTRATION, null, [:], true)
    } else {
        Action proposed = t == ActionType.ORDER_WITH_DEADLINE ? Action.order(on, on.plusDays(maxDays)) :
                (t == ActionType.PENALTY_DECISION ? Action.penalty(on, cfg.minFine()) : Action.of(t, on))
        whyNot = firstReason(t, proposed)
        def letter = latestOf('HpfEaRegistrationLetter'), order = latestOf('HpfEaOrderToRegister')
        def notice = latestOf('HpfEaPenaltyNotice')
        if (whyNot == null) switch (typeId) {
            case 'HpfEaRegistrationLetter':
                if (letter) whyNot = ec.resource.expand('The registration letter ${documentNumber} was already issued.', null, [documentNumber: letter.documentNumber])
                else if (order) whyNot = ec.l10n.localize('The letter comes before the order to register, which was already issued.')
                break
            case 'HpfEaOrderToRegister':
                if (c.compliedDate() != null) whyNot = ec.resource.expand(EnforcementRules.UNIT_COMPLIED, null, [compliedDate: c.compliedDate()], true)
                else if (notice) whyNot = ec.resource.expand('The penalty procedure has started (${documentNumber}); no further order to register.', null, [documentNumber: notice.documentNumber])
                else if (order && order.statusId == 'HpfEnfIssued' && order.dueDate && !on.isAfter(order.dueDate.toLocalDate()))
                    whyNot = ec.resource.expand('The order to register ${documentNumber} is in force until ${dueDate}.', null, [documentNumber: order.documentNumber, dueDate: order.dueDate])
                break
            case 'HpfEaPenaltyNotice':
                if (notice) whyNot = ec.resource.expand('The penalty notice ${documentNumber} was already issued.', null, [documentNumber: notice.documentNumber])
                break
        }
    }
    stepList.add([actionTypeEnumId: typeId, allowed: whyNot == null, whyNot: whyNot])
}
allowedActionTypes = stepList.findAll { it.allowed }*.actionTypeEnumId
return null
