// After a screening refreshed the targets' figures: recovered amount and status from the core RecoveryCalculator.
import hpf.compliance.core.rules.RecoveryCalculator

def find = ec.entity.find("hpf.compliance.CampaignTarget").condition("campaignId", campaignId)
        .condition("statusId", "not-in", ['HpfTgtExcluded', 'HpfTgtRectified'])
if (screeningRunId) find.condition("lastRunId", screeningRunId)
// open targets may show a partial payment; one with an application in review, or already resolved, keeps its status
List openStatuses = ['HpfTgtIdentified', 'HpfTgtNoticed', 'HpfTgtServed', 'HpfTgtCommitted', 'HpfTgtEnforcing']
rectifiedCount = 0
partPaidCount = 0
updatedCount = 0
for (def target in find.list()) {
    if (target.initialAmountOwed == null || target.amountOwed == null) continue
    RecoveryCalculator.Recovery r = RecoveryCalculator.compute(target.initialAmountOwed, target.amountOwed)
    Map upd = [targetId: target.targetId]
    if (target.recoveredAmount == null || target.recoveredAmount.compareTo(r.recovered()) != 0) upd.recoveredAmount = r.recovered()
    if (r.rectified()) upd.resolvedDate = ec.user.nowTimestamp
    if (upd.size() > 1) {
        ec.service.sync().name("update#hpf.compliance.CampaignTarget").parameters(upd).call()
        updatedCount++
    }
    Map ctx = [screeningRunId: screeningRunId ?: '', recovered: r.recovered().toPlainString(), stillOwed: r.stillOwed().toPlainString()]
    if (r.rectified()) {
        def moved = ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: target.targetId,
                statusId: 'HpfTgtRectified', activityTypeEnumId: 'HpfActPayment', reason: ec.resource.expand('Arrears cleared according to screening ${screeningRunId}; ${recovered} yuan recovered', '', ctx)]).call()?.moved
        if (moved) rectifiedCount++
        // a unit that paid up has complied: its open enforcement steps close (EnforcementRules' UNIT_COMPLIED)
        ec.service.sync().name("hpf.compliance.EnforcementServices.close#CompliedActions").parameters([targetId: target.targetId]).call()
    } else if (r.partiallyPaid() && target.statusId in openStatuses) {
        def moved = ec.service.sync().name("hpf.compliance.ApplicationServices.move#ApplicationTarget").parameters([targetId: target.targetId,
                statusId: 'HpfTgtPartPaid', activityTypeEnumId: 'HpfActPayment', reason: ec.resource.expand('Partial payment according to screening ${screeningRunId}: ${recovered} yuan recovered, ${stillOwed} yuan still owed', '', ctx)]).call()?.moved
        if (moved) partPaidCount++
    }
    if (ec.message.hasError()) return
}
return [rectifiedCount: rectifiedCount, partPaidCount: partPaidCount, updatedCount: updatedCount]
