package hpf.compliance.moqui

import org.moqui.context.ExecutionContext

import java.sql.Date
import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId

/**
 * A small campaign whose figures are counted by hand (CampaignFigureTests, DashboardScreenTests): two branches of its own
 * (图表一部 with its branch user, 图表二部), targets at every stage with dated letters, interviews, orders, applications.
 * The as-of date {@link #AS_OF} (2026-05-31) cuts through it: some records fall on that day, some after it.
 */
class FigureFixtures {
    static final String CAMPAIGN = 'HPFF_FIG', B1 = 'HPFF_B1', B2 = 'HPFF_B2'
    static final String B1_USER = 'hpff.branch1', B1_USER_ID = 'HpffUBranch1'
    static final Date AS_OF = Date.valueOf('2026-05-31')
    static final ZoneId SHANGHAI = ZoneId.of('Asia/Shanghai')

    /** An instant at a wall-clock time in Shanghai (the demo users' zone). */
    static Timestamp at(String localDateTime) {
        return Timestamp.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant())
    }

    static void setup(ExecutionContext ec) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            clean(ec)
            [[B1, 'TSF1', '图表一部', 921], [B2, 'TSF2', '图表二部', 922]].each { List b ->
                ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: b[0], branchCode: b[1], branchName: b[2],
                        branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: b[3]]).createOrUpdate()
            }
            ec.entity.makeValue('moqui.security.UserAccount').setAll([userId: B1_USER_ID, username: B1_USER, userFullName: '图表经办人',
                    locale: 'zh_CN', timeZone: 'Asia/Shanghai', disabled: 'N']).createOrUpdate()
            ec.entity.makeValue('moqui.security.UserGroupMember').setAll([userGroupId: 'HPF_BRANCH', userId: B1_USER_ID,
                    fromDate: Timestamp.valueOf('2020-01-01 00:00:00')]).createOrUpdate()
            ec.entity.makeValue('hpf.compliance.BranchStaff').setAll([branchId: B1, userId: B1_USER_ID,
                    fromDate: Timestamp.valueOf('2020-01-01 00:00:00'), staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
            ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '图表测试专项',
                    statusId: 'HpfCmpActive', cutoffMonth: '2025-12', stopThresholdMonths: 3]).createOrUpdate()
            [['HpfPhStartup', '2026-03-01', '2026-03-15'], ['HpfPhSurvey', '2026-03-16', '2026-03-31'],
             ['HpfPhPush', '2026-04-01', '2026-04-30'], ['HpfPhImplement', '2026-05-01', '2026-06-15'],
             ['HpfPhSummary', '2026-06-16', '2026-06-30'], ['HpfPhConsolidate', '2026-07-01', null]].each { List p ->
                ec.entity.makeValue('hpf.compliance.CampaignPhase').setAll([campaignId: CAMPAIGN, phaseEnumId: p[0],
                        fromDate: Date.valueOf(p[1]), thruDate: p[2] ? Date.valueOf(p[2]) : null]).create()
            }

            // 图表一部
            target(ec, 'T1', B1, 'HpfTtArrears', 'HpfTgtRectified', '2026-03-20T10:00', '2026-05-10T10:00', 10000, 0, 10000)
            notice(ec, 'T1', 'HpfNtcServed', '2026-04-02', '2026-04-05', null)
            interview(ec, 'T1', '2026-04-10T09:00')
            target(ec, 'T2', B1, 'HpfTtArrears', 'HpfTgtRectified', '2026-03-20T10:00', '2026-06-20T10:00', 6000, 0, 6000)
            notice(ec, 'T2', 'HpfNtcServed', '2026-04-03', '2026-06-02', null)
            target(ec, 'T3', B1, 'HpfTtStopped', 'HpfTgtEnforcing', '2026-03-20T10:00', null, 8000, 9000, 0)
            notice(ec, 'T3', 'HpfNtcServed', '2026-04-03', '2026-04-06', null)
            action(ec, 'T3', 'HpfEaOrderToPay', 'HpfEnfIssued', '2026-05-31')
            action(ec, 'T3', 'HpfEaCourtReferral', 'HpfEnfIssued', '2026-06-10')
            target(ec, 'T4', B1, 'HpfTtArrears', 'HpfTgtReduced', '2026-03-20T10:00', '2026-05-20T10:00', 5000, 2000, 1000)
            notice(ec, 'T4', 'HpfNtcCancelled', '2026-04-03', null, '2026-04-20T10:00')
            interview(ec, 'T4', '2026-05-01T09:00')
            interview(ec, 'T4', '2026-05-31T23:30')
            application(ec, 'T4', 'HpfAtRateReduction', 'HpfAppInForce', '2026-05-20T10:00')
            target(ec, 'T5', B1, 'HpfTtArrears', 'HpfTgtNoticed', '2026-06-15T10:00', null, 3000, 3000, 0)
            notice(ec, 'T5', 'HpfNtcIssued', '2026-06-16', null, null)
            target(ec, 'T6', B1, 'HpfTtStopped', 'HpfTgtExcluded', '2026-03-20T10:00', '2026-04-01T10:00', 1000, 1000, 0)
            target(ec, 'T7', B1, 'HpfTtArrears', 'HpfTgtPartPaid', '2026-03-21T10:00', null, 4000, 2500, 1500)
            notice(ec, 'T7', 'HpfNtcCancelled', '2026-04-03', null, '2026-06-05T10:00')
            application(ec, 'T7', 'HpfAtDeferral', 'HpfAppRejected', '2026-05-05T10:00')
            // 图表二部
            target(ec, 'U1', B2, 'HpfTtArrears', 'HpfTgtDeferred', '2026-04-01T10:00', '2026-05-25T10:00', 7000, 7000, 0)
            notice(ec, 'U1', 'HpfNtcUndeliverable', '2026-04-05', null, null)
            application(ec, 'U1', 'HpfAtDeferral', 'HpfAppInForce', '2026-05-25T10:00')
            target(ec, 'U2', B2, 'HpfTtStopped', 'HpfTgtServed', '2026-04-01T10:00', null, 2000, 2000, 0)
            notice(ec, 'U2', 'HpfNtcServed', '2026-04-06', '2026-04-08', null)
            action(ec, 'U2', 'HpfEaPenaltyDecision', 'HpfEnfIssued', '2026-05-02')
            action(ec, 'U2', 'HpfEaOrderToPay', 'HpfEnfDraft', '2026-05-01')
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    static void target(ExecutionContext ec, String n, String branchId, String type, String status, String identified,
                       String resolved, BigDecimal initial, BigDecimal owed, BigDecimal recovered) {
        ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: 'HPFF_U_' + n, unitAccountNo: 'TF' + n,
                unitName: '图表测试单位' + n, branchId: branchId, accountStatusEnumId: 'HpfAcsNormal', workerCount: 10L,
                monthlyDueAmount: 1000.00]).create()
        ec.entity.makeValue('hpf.compliance.CampaignTarget').setAll([targetId: 'HPFF_T_' + n, campaignId: CAMPAIGN,
                unitId: 'HPFF_U_' + n, branchId: branchId, targetTypeEnumId: type, statusId: status, owedMonths: 3L,
                amountOwed: owed, initialAmountOwed: initial, recoveredAmount: recovered, workerCount: 10L,
                identifiedDate: at(identified), resolvedDate: resolved ? at(resolved) : null]).create()
    }

    static void notice(ExecutionContext ec, String n, String status, String issued, String served, String cancelled) {
        ec.entity.makeValue('hpf.compliance.GuidanceNotice').setAll([noticeId: 'HPFF_N_' + n, targetId: 'HPFF_T_' + n,
                unitId: 'HPFF_U_' + n, branchId: branchOf(ec, n), campaignId: CAMPAIGN, statusId: status,
                issueDate: Date.valueOf(issued), serviceDate: served ? Date.valueOf(served) : null,
                cancelledDate: cancelled ? at(cancelled) : null]).create()
    }

    static void interview(ExecutionContext ec, String n, String when) {
        ec.entity.makeValue('hpf.compliance.CollectionInterview').setAll([interviewId: 'HPFF_I_' + n + '_' + when.replaceAll('[^0-9]', ''),
                targetId: 'HPFF_T_' + n, unitId: 'HPFF_U_' + n, branchId: branchOf(ec, n), interviewDate: at(when)]).create()
    }

    static void action(ExecutionContext ec, String n, String type, String status, String issued) {
        ec.entity.makeValue('hpf.compliance.EnforcementAction').setAll([actionId: 'HPFF_A_' + n + '_' + type,
                targetId: 'HPFF_T_' + n, unitId: 'HPFF_U_' + n, branchId: branchOf(ec, n), campaignId: CAMPAIGN,
                caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: type, statusId: status, issueDate: Date.valueOf(issued)]).create()
    }

    static void application(ExecutionContext ec, String n, String type, String status, String decided) {
        ec.entity.makeValue('hpf.compliance.RegularizationApplication').setAll([applicationId: 'HPFF_P_' + n + '_' + type,
                applicationTypeEnumId: type, unitId: 'HPFF_U_' + n, targetId: 'HPFF_T_' + n, campaignId: CAMPAIGN,
                branchId: branchOf(ec, n), statusId: status, decisionDate: at(decided)]).create()
    }

    static String branchOf(ExecutionContext ec, String n) { n.startsWith('U') ? B2 : B1 }

    static void clean(ExecutionContext ec) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.find('hpf.compliance.CollectionInterview').condition('interviewId', 'like', 'HPFF_I_%').deleteAll()
            ec.entity.find('hpf.compliance.GuidanceNotice').condition('noticeId', 'like', 'HPFF_N_%').deleteAll()
            ec.entity.find('hpf.compliance.EnforcementAction').condition('actionId', 'like', 'HPFF_A_%').deleteAll()
            ec.entity.find('hpf.compliance.RegularizationApplication').condition('applicationId', 'like', 'HPFF_P_%').deleteAll()
            ec.entity.find('hpf.compliance.TargetActivity').condition('targetId', 'like', 'HPFF_T_%').deleteAll()
            ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', 'like', 'HPFF_T_%').deleteAll()
            ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'like', 'HPFF_U_%').deleteAll()
            ec.entity.find('hpf.compliance.CampaignPhase').condition('campaignId', CAMPAIGN).deleteAll()
            ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).deleteAll()
            ec.entity.find('hpf.compliance.BranchStaff').condition('userId', B1_USER_ID).deleteAll()
            ec.entity.find('moqui.security.UserGroupMember').condition('userId', B1_USER_ID).deleteAll()
            ec.entity.find('hpf.compliance.Branch').condition('branchId', 'in', [B1, B2]).deleteAll()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }
}
