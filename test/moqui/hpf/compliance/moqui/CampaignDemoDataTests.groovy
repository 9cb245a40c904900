package hpf.compliance.moqui

import spock.lang.Unroll

/**
 * The demo city loaded without loss: branches with their codes, the 2026 campaign as the plan sets it, its phases,
 * leading group and meetings, 300 units and their remittances (figures from tools/demo/generate_demo_data.py).
 */
class CampaignDemoDataTests extends HpfSpec {

    static final List<String> BRANCHES = ["YQ01", "YQ02", "YQ03", "YQ04", "YQ05", "YQ06", "HY01"]

    /** demo rows only: other specs add their own fixtures (a test branch, units, campaigns) to the same database */
    long count(String entityName, Map<String, Object> conditions) {
        def find = ec.entity.find(entityName).condition(conditions)
        if (entityName in ["hpf.compliance.EmployerUnit", "hpf.compliance.UnitRemittance"])
            find.condition("unitId", org.moqui.entity.EntityCondition.ComparisonOperator.LIKE, "U1403%")
        if (entityName in ["hpf.compliance.Branch", "hpf.compliance.BranchStaff"])
            find.condition("branchId", org.moqui.entity.EntityCondition.ComparisonOperator.IN, BRANCHES)
        return find.count()
    }

    @Unroll
    def "#entityName #conditions has #expected demo rows"() {
        expect:
        count(entityName, conditions) == expected

        where:
        entityName                            | conditions                              | expected
        "hpf.compliance.Branch"               | [:]                                     | 7
        "hpf.compliance.BranchStaff"          | [:]                                     | 9
        "hpf.compliance.EmployerUnit"         | [:]                                     | 300
        "hpf.compliance.UnitRemittance"       | [:]                                     | 9987
        "hpf.compliance.UnitRemittance"       | [remitTypeEnumId: "HpfRtBackPay"]       | 74
        "hpf.compliance.CampaignPhase"        | [campaignId: "YQ2026"]                  | 6
        "hpf.compliance.CampaignMember"       | [campaignId: "YQ2026"]                  | 13
        "hpf.compliance.CoordinationMeeting"  | [campaignId: "YQ2026"]                  | 2
        "hpf.compliance.EmployerUnit"         | [branchId: "YQ01"]                      | 70
        "hpf.compliance.EmployerUnit"         | [branchId: "HY01"]                      | 33
        "hpf.compliance.EmployerUnit"         | [accountStatusEnumId: "HpfAcsSealed"]   | 15
        "hpf.compliance.EmployerUnit"         | [accountStatusEnumId: "HpfAcsClosed"]   | 11
        "hpf.compliance.EmployerUnit"         | [accountStatusEnumId: "HpfAcsDeferred"] | 6
    }

    def "the 2026 campaign is configured as 阳住管发〔2026〕5号 sets it"() {
        when:
        def c = ec.entity.find("hpf.compliance.Campaign").condition("campaignId", "YQ2026").one()

        then:
        c.documentNumber == "阳住管发〔2026〕5号"
        c.issueDate.toString() == "2026-03-05"
        c.cutoffMonth == "2025-02"
        c.assessMonth == "2026-02"
        c.stopThresholdMonths == 3
        c.rectifyDays == 30
        c.maxApprovalMonths == 12
        c.minPublicNoticeDays == 5
        c.orderDeadlineDays == 30
        c.committeeReviewRequired == "N"
        c.noticeNumberPattern == "阳住金指〔{year}〕{branch}-{seq:4}号"
    }

    def "the phases follow the plan's dates"() {
        when:
        Map<String, List<String>> phases = ec.entity.find("hpf.compliance.CampaignPhase").condition("campaignId", "YQ2026").list()
                .collectEntries { [(it.phaseEnumId): [it.fromDate?.toString(), it.thruDate?.toString()]] }

        then:
        phases.HpfPhStartup == ["2026-03-01", "2026-03-15"]
        phases.HpfPhSurvey == ["2026-03-16", "2026-03-31"]
        phases.HpfPhPush == ["2026-04-01", "2026-04-30"]
        phases.HpfPhImplement == ["2026-05-01", "2026-06-15"]
        phases.HpfPhSummary == ["2026-06-16", "2026-06-30"]
        phases.HpfPhConsolidate == ["2026-07-01", null]
    }

    def "every unit has a valid USCC and a branch with a code"() {
        when:
        def units = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", org.moqui.entity.EntityCondition.ComparisonOperator.LIKE, "U1403%")
                .selectField("usccCode").selectField("branchId").list()
        Set<String> codes = ec.entity.find("hpf.compliance.Branch").condition("branchId", org.moqui.entity.EntityCondition.ComparisonOperator.IN, BRANCHES)
                .list()*.branchCode as Set

        then:
        units.every { hpf.compliance.core.Uscc.isValid(it.usccCode as String) }
        codes == ["YQ01", "YQ02", "YQ03", "YQ04", "YQ05", "YQ06", "HY01"] as Set
        units*.branchId.unique().size() == 7
    }
}
