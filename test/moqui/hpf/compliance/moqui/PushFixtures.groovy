package hpf.compliance.moqui

import org.moqui.context.ExecutionContext

import java.sql.Date
import java.sql.Timestamp
import java.time.LocalDate
import java.util.concurrent.atomic.AtomicInteger

/**
 * Records for the push-phase specs (targets, letters, interviews): a campaign of their own with its own letter
 * number pattern, and fresh units and targets on every call, so specs never see each other's letters or statuses.
 * Uses the demo users and branches (YQ01 城区管理部: hpf.chengqu, hpf.chengqu2; YQ02 矿区管理部: hpf.kuangqu).
 */
class PushFixtures {
    static final String CAMPAIGN_ID = 'HPFT_PUSH'
    static final String PATTERN = '测住金指〔{year}〕{branch}-{seq:4}号'
    static final String YQ01_USER = 'hpf.chengqu'
    static final String YQ01_STAFF_USER_ID = 'HpfUChengqu2'
    static final String YQ02_USER = 'hpf.kuangqu'
    static final String YQ02_USER_ID = 'HpfUKuangqu'
    static final String OFFICE_USER = 'hpf.office'
    static final String RUN = Long.toString(System.currentTimeMillis() % 100000000L, 36).toUpperCase()
    static final AtomicInteger COUNTER = new AtomicInteger()

    static void setup(ExecutionContext ec) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: CAMPAIGN_ID, campaignName: '推进阶段测试专项',
                    statusId: 'HpfCmpActive', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3L,
                    rectifyDays: 30L, noticeNumberPattern: PATTERN, issuingAuthority: '阳泉市住房公积金管理中心']).createOrUpdate()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    /** A new unit in the branch with a target in status HpfTgtIdentified; returns the targetId. */
    static String target(ExecutionContext ec, String branchId, Map targetFields = [:]) {
        String n = RUN + '_' + COUNTER.incrementAndGet()
        String unitId = 'HPFT_PU_' + n
        String targetId = 'HPFT_PT_' + n
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.EmployerUnit").setAll([unitId: unitId, unitAccountNo: 'T' + n,
                    unitName: '推进测试单位' + n + '有限公司', usccCode: '91140300MA0TEST' + (n.length() > 3 ? n[-3..-1] : n),
                    branchId: branchId, accountStatusEnumId: 'HpfAcsNormal', openedDate: Date.valueOf('2023-01-01'),
                    workerCount: 20L, monthlyDueAmount: 4800.00, employerRate: 0.12, employeeRate: 0.12,
                    paidThroughMonth: '2024-12']).create()
            ec.entity.makeValue("hpf.compliance.CampaignTarget").setAll([targetId: targetId, campaignId: CAMPAIGN_ID,
                    unitId: unitId, branchId: branchId, targetTypeEnumId: 'HpfTtArrears', statusId: 'HpfTgtIdentified',
                    firstOwedMonth: '2025-01', owedMonths: 14L, amountOwed: 67200.00, paidThroughMonth: '2024-12',
                    workerCount: 20L, initialAmountOwed: 67200.00, identifiedDate: new Timestamp(System.currentTimeMillis() - 10L * 86400000L)]
                    + targetFields).create()
            // a few months of remittances for the grid: paid, partly paid, unpaid
            ec.entity.makeValue("hpf.compliance.UnitRemittance").setAll([unitId: unitId, remitMonth: '2024-12',
                    remitTypeEnumId: 'HpfRtRegular', dueAmount: 4800.00, paidAmount: 4800.00, paidDate: Date.valueOf('2024-12-20')]).create()
            ec.entity.makeValue("hpf.compliance.UnitRemittance").setAll([unitId: unitId, remitMonth: '2025-01',
                    remitTypeEnumId: 'HpfRtRegular', dueAmount: 4800.00, paidAmount: 2000.00, paidDate: Date.valueOf('2025-01-20')]).create()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
        return targetId
    }

    /**
     * Removes every unit this class created (and all that hangs off them), so a later survey of the demo branches
     * sees the demo city only.
     */
    static void clean(ExecutionContext ec) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            List<String> unitIds = ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", "like", "HPFT_PU_%")
                    .list()*.unitId
            if (!unitIds) return
            List<String> interviewIds = ec.entity.find("hpf.compliance.CollectionInterview").condition("unitId", "in", unitIds)
                    .list()*.interviewId
            if (interviewIds) ec.entity.find("hpf.compliance.InterviewParticipant").condition("interviewId", "in", interviewIds).deleteAll()
            List<String> applicationIds = ec.entity.find("hpf.compliance.RegularizationApplication").condition("unitId", "in", unitIds)
                    .list()*.applicationId
            if (applicationIds) {
                ec.entity.find("hpf.compliance.ApplicationDocument").condition("applicationId", "in", applicationIds).deleteAll()
                ec.entity.find("hpf.compliance.ApplicationReview").condition("applicationId", "in", applicationIds).deleteAll()
            }
            List<String> targetIds = ec.entity.find("hpf.compliance.CampaignTarget").condition("unitId", "in", unitIds).list()*.targetId
            if (targetIds) ec.entity.find("hpf.compliance.TargetActivity").condition("targetId", "in", targetIds).deleteAll()
            if (targetIds) ec.entity.find("hpf.compliance.CourtCase").condition("targetId", "in", targetIds).deleteAll()
            for (String entityName in ["hpf.compliance.CollectionInterview", "hpf.compliance.GuidanceNotice",
                    "hpf.compliance.RegularizationApplication", "hpf.compliance.PaymentEvidence", "hpf.compliance.EnforcementAction",
                    "hpf.compliance.ArrearsAlert", "hpf.compliance.CampaignTarget", "hpf.compliance.UnitRemittance"])
                ec.entity.find(entityName).condition("unitId", "in", unitIds).deleteAll()
            ec.entity.find("hpf.compliance.EmployerUnit").condition("unitId", "in", unitIds).deleteAll()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    static void login(ExecutionContext ec, String username) {
        if (ec.user.userId) ec.user.logoutUser()
        ec.user.internalLoginUser(username)
    }

    /** a date relative to today as the demo users see it (Asia/Shanghai), not the server's (often UTC) today */
    static Date daysAgo(int days) { Date.valueOf(LocalDate.now(java.time.ZoneId.of('Asia/Shanghai')).minusDays(days)) }

    /** Errors and validation errors of the last call, as the user reads them. */
    static List<String> errors(ExecutionContext ec) {
        List<String> out = new ArrayList<>(ec.message.errors)
        out.addAll(ec.message.validationErrors.collect { it.message })
        return out
    }

    /** A rule message in the user's language, as the services show it. */
    static String message(ExecutionContext ec, String template, Map args = [:]) {
        return ec.resource.expand(template, null, args, true)
    }

    static Map targetRow(ExecutionContext ec, String targetId) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            return ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).useCache(false).one()?.getMap()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    static Map notice(ExecutionContext ec, String noticeId) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            return ec.entity.find("hpf.compliance.GuidanceNotice").condition("noticeId", noticeId).useCache(false).one()?.getMap()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }
}
