// What an application to the court on a target would say now, and whether the core allows it; see CourtReferralServices.xml.
def ec = context.ec
def target = ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).one()
if (target == null) { ec.message.addError(ec.resource.expand('Target ${targetId} was not found.', null, [targetId: targetId])); return }
ec.service.sync().name("hpf.security.BranchScopeServices.check#BranchAccess").parameters([branchId: target.branchId]).call()
if (ec.message.hasError()) return

// the order, the amounts owed and the reasons: the same judgment as every row of the worklist 期限届满仍未缴存
Map checkOut = ec.service.sync().name("hpf.compliance.CourtReferralServices.check#CourtReferrals")
        .parameters([targetIds: [targetId], issueDate: issueDate, asOfDate: asOfDate]).call()
if (ec.message.hasError()) return
context.putAll(checkOut.checks[targetId] as Map)

unit = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", target.unitId).one()?.getMap() ?: [:]
evidenceThrough = issueDate
evidenceList = ec.resource.script('component://hpf-compliance/service/hpf/compliance/CourtReferralServices/buildEvidenceList.groovy', null)
return null
