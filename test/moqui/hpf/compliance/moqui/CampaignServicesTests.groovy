package hpf.compliance.moqui

/**
 * Campaign services through ec.service as the HPF administrator: months accepted as yyyy-MM or yyyyMM and stored as
 * yyyy-MM, cut-off not after assessment, the six phases created with the campaign, phases in plan order without
 * overlap, status changes only along the campaign flow. Each feature runs in a transaction that is rolled back; a refused
 * call marks it rollback-only, so nothing is read after one.
 */
class CampaignServicesTests extends HpfSpec {

    /** features run as the administrator, with the administrator's rights, each in a transaction rolled back after it */
    boolean featuresWithoutAuthz() { false }

    void beforeFeature() {
        ec.user.loginUser("hpf.admin", DEMO_PASSWORD)
        ec.transaction.begin(null)
    }

    void afterFeature() { ec.transaction.rollback("campaign service test", null) }

    Map create(Map extra = [:]) {
        return ec.service.sync().name("hpf.compliance.CampaignServices.create#Campaign")
                .parameters([campaignName: "测试专项工作", documentNumber: "阳住管发〔2027〕1号", issueDate: "2027-03-01",
                             cutoffMonth: "202602", assessMonth: "2027-02"] + extra).call()
    }

    Map storePhase(String campaignId, String phaseEnumId, String fromDate, String thruDate) {
        return ec.service.sync().name("hpf.compliance.CampaignServices.store#CampaignPhase")
                .parameters([campaignId: campaignId, phaseEnumId: phaseEnumId, fromDate: fromDate, thruDate: thruDate]).call()
    }

    def "a new campaign is planned, with normalized months, the plan's defaults and its six phases"() {
        when:
        String campaignId = create().campaignId
        def campaign = ec.entity.find("hpf.compliance.Campaign").disableAuthz().condition("campaignId", campaignId).one()

        then:
        !ec.message.hasError()
        campaign.statusId == "HpfCmpPlanned"
        campaign.cutoffMonth == "2026-02"
        campaign.assessMonth == "2027-02"
        campaign.stopThresholdMonths == 3
        campaign.maxApprovalMonths == 12
        campaign.rectifyDays == 30
        campaign.committeeReviewRequired == "N"
        campaign.noticeNumberPattern == "阳住金指〔{year}〕{branch}-{seq:4}号"
        ec.entity.find("hpf.compliance.CampaignPhase").disableAuthz().condition("campaignId", campaignId).count() == 6
    }

    def "a cut-off month after the assessment month is refused"() {
        when:
        Map out = create([cutoffMonth: "2027-03", assessMonth: "2027-02"])

        then:
        ec.message.hasError()
        out == null || out.campaignId == null
    }

    def "a month that is not yyyy-MM or yyyyMM is refused"() {
        when:
        create([cutoffMonth: "2026-13"])

        then:
        ec.message.hasError()
        ec.message.validationErrors.any { it.field == "cutoffMonth" }
    }

    def "a notice number pattern without a sequence is refused"() {
        when:
        create([noticeNumberPattern: "阳住金指〔{year}〕{branch}号"])

        then:
        ec.message.validationErrors.any { it.field == "noticeNumberPattern" }
    }

    def "phases in plan order are stored and the current one is found"() {
        when:
        String campaignId = create().campaignId
        storePhase(campaignId, "HpfPhStartup", "2027-03-01", "2027-03-15")
        storePhase(campaignId, "HpfPhSurvey", "2027-03-16", "2027-03-31")
        storePhase(campaignId, "HpfPhConsolidate", "2027-07-01", null)
        Map phases = ec.service.sync().name("hpf.compliance.CampaignServices.get#CampaignPhases")
                .parameters([campaignId: campaignId, asOfDate: "2027-03-20"]).call()

        then:
        !ec.message.hasError()
        phases.currentPhaseEnumId == "HpfPhSurvey"
        ((List<Map>) phases.phaseList)*.phaseEnumId == ["HpfPhStartup", "HpfPhSurvey", "HpfPhPush", "HpfPhImplement", "HpfPhSummary", "HpfPhConsolidate"]
        ((List<Map>) phases.phaseList).count { it.currentPhase } == 1
    }

    def "overlapping phases are refused"() {
        when:
        String campaignId = create().campaignId
        storePhase(campaignId, "HpfPhStartup", "2027-03-01", "2027-03-15")
        storePhase(campaignId, "HpfPhSurvey", "2027-03-10", "2027-03-31")

        then:
        ec.message.hasError()
    }

    def "a phase placed before an earlier phase of the plan is refused"() {
        when:
        String campaignId = create().campaignId
        storePhase(campaignId, "HpfPhPush", "2027-04-01", "2027-04-30")
        storePhase(campaignId, "HpfPhSurvey", "2027-05-01", "2027-05-31")

        then:
        ec.message.hasError()
    }

    def "a phase that ends before it begins is refused"() {
        when:
        String campaignId = create().campaignId
        storePhase(campaignId, "HpfPhStartup", "2027-03-15", "2027-03-01")

        then:
        ec.message.hasError()
    }

    def "the status moves along the campaign flow only"() {
        when:
        String campaignId = create().campaignId
        ec.service.sync().name("hpf.compliance.CampaignServices.update#Campaign")
                .parameters([campaignId: campaignId, statusId: "HpfCmpActive", assessMonth: "202703"]).call()
        boolean startedCleanly = !ec.message.hasError()
        def started = ec.entity.find("hpf.compliance.Campaign").disableAuthz().condition("campaignId", campaignId).one()
        boolean refused
        try {
            ec.service.sync().name("hpf.compliance.CampaignServices.update#Campaign")
                    .parameters([campaignId: campaignId, statusId: "HpfCmpPlanned"]).call()
            refused = ec.message.hasError()
        } catch (Exception e) {
            refused = true    // the entity facade refuses a status change without a StatusFlowTransition
        }

        then:
        startedCleanly
        started.statusId == "HpfCmpActive"
        started.assessMonth == "2027-03"
        refused
    }

    def "leading group members and coordination meetings are recorded"() {
        when:
        String campaignId = create().campaignId
        ec.service.sync().name("hpf.compliance.CampaignServices.create#CampaignMember")
                .parameters([campaignId: campaignId, userId: "HpfULeader", memberRoleEnumId: "HpfMrHead", sectionEnumId: "HpfSecLeadership"]).call()
        Map meeting = ec.service.sync().name("hpf.compliance.CampaignServices.create#CoordinationMeeting")
                .parameters([campaignId: campaignId, meetingDate: "2027-03-10", topic: "启动会", place: "中心四楼会议室"]).call()

        then:
        !ec.message.hasError()
        ec.entity.find("hpf.compliance.CampaignMember").disableAuthz().condition("campaignId", campaignId).count() == 1
        ec.entity.find("hpf.compliance.CoordinationMeeting").disableAuthz().condition("meetingId", meeting.meetingId).one().recordedByUserId == "HpfUAdmin"
    }
}
