package hpf.compliance.moqui

import hpf.compliance.core.Uscc
import org.moqui.entity.EntityValue
import spock.lang.Shared
import spock.lang.Stepwise

import java.time.LocalDate
import java.time.YearMonth
import java.time.ZoneId

/**
 * Monthly monitoring (hpf.compliance.MonitoringServices) on a small fixture whose months follow today's: 监测一部 holds
 * a unit that paid through three months ago (new arrears, an alert) and a paid-up unit; 监测二部 holds another new
 * arrears unit. The monitoring runs by itself after each remittance import once an administrator enabled it; the
 * alerts are assigned, closed by hand with a reason, escalated to a guidance letter, and resolved when a later import
 * shows the unit paid.
 */
@Stepwise
class MonitoringServicesTests extends HpfSpec {
    static final String B1 = 'HPFM_B1', B2 = 'HPFM_B2', CAMPAIGN = 'HPFM_MON'
    static final String B1_USER = 'hpfm.branch1', B1_USER_ID = 'HpfmUBranch1', B2_USER_ID = 'HpfmUBranch2'
    static final String PASSWORD = 'hpf@2026'
    static final List<String> FILES = ['monitor-units.csv', 'monitor-remittances-1.csv', 'monitor-remittances-2.csv']

    @Shared YearMonth thisMonth = YearMonth.now(ZoneId.of('Asia/Shanghai'))

    void setupFixtures() {
        clean()
        setupFixture()
        ec.user.internalLoginUser('hpf.it')
    }

    void cleanFixtures() { clean() }

    /** A valid code of Yangquan (140300) whose organization code starts with body8. */
    static String uscc(String body8) {
        String first17 = '91140300' + body8 + Uscc.orgCodeCheck(body8)
        return first17 + Uscc.checkDigit(first17)
    }

    void setupFixture() {
        Map branches = [(B1): ['TSM1', '监测一部', 911], (B2): ['TSM2', '监测二部', 912]]
        branches.each { id, v ->
            ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: id, branchCode: v[0], branchName: v[1],
                    branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: v[2]]).createOrUpdate()
        }
        [[B1_USER_ID, B1_USER, B1], [B2_USER_ID, 'hpfm.branch2', B2]].each { List u ->
            ec.entity.makeValue('moqui.security.UserAccount').setAll([userId: u[0], username: u[1], userFullName: '监测经办人',
                    locale: 'zh_CN', timeZone: 'Asia/Shanghai', disabled: 'N']).createOrUpdate()
            ec.entity.makeValue('moqui.security.UserGroupMember').setAll([userGroupId: 'HPF_BRANCH', userId: u[0],
                    fromDate: java.sql.Timestamp.valueOf('2020-01-01 00:00:00')]).createOrUpdate()
            ec.entity.makeValue('hpf.compliance.BranchStaff').setAll([branchId: u[2], userId: u[0],
                    fromDate: java.sql.Timestamp.valueOf('2020-01-01 00:00:00'), staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
        }
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '监测测试专项',
                statusId: 'HpfCmpActive', cutoffMonth: thisMonth.minusMonths(12).toString(), stopThresholdMonths: 3,
                alertContactDays: 5]).createOrUpdate()
    }

    void clean() {
        List unitIds = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', 'T99100000%')
                .useCache(false).list()*.unitId
        List targetIds = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).useCache(false).list()*.targetId
        if (targetIds) {
            ec.entity.find('hpf.compliance.GuidanceNotice').condition('targetId', 'in', targetIds).deleteAll()
            ec.entity.find('hpf.compliance.TargetActivity').condition('targetId', 'in', targetIds).deleteAll()
            ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', 'in', targetIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.ArrearsAlert').condition('campaignId', CAMPAIGN).deleteAll()
        if (unitIds) {
            ec.entity.find('hpf.compliance.ArrearsAlert').condition('unitId', 'in', unitIds).deleteAll()
            ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', unitIds).deleteAll()
            ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', unitIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', CAMPAIGN).deleteAll()
        List batchIds = ec.entity.find('hpf.compliance.ImportBatch').condition('fileName', 'in', FILES).useCache(false).list()*.importBatchId
        if (batchIds) {
            ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', 'in', batchIds).deleteAll()
            ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', 'in', batchIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.DocumentSequence').condition('branchId', 'in', [B1, B2]).deleteAll()
        ec.entity.find('hpf.compliance.BranchStaff').condition('userId', 'in', [B1_USER_ID, B2_USER_ID]).deleteAll()
        ec.entity.find('moqui.security.UserGroupMember').condition('userId', 'in', [B1_USER_ID, B2_USER_ID]).deleteAll()
        ec.entity.find('hpf.compliance.CampaignPhase').condition('campaignId', CAMPAIGN).deleteAll()
        ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).deleteAll()
        ec.entity.find('hpf.compliance.Branch').condition('branchId', 'in', [B1, B2]).deleteAll()
    }

    Map importText(String importTypeEnumId, String name, String text) {
        return ec.service.sync().name('hpf.compliance.ImportServices.import#File')
                .parameters([importTypeEnumId: importTypeEnumId, fileName: name, fileText: text]).call()
    }

    /** Remittance rows of a unit, paid on the 15th, for every month from..thru. */
    static String paidRows(String accountNo, YearMonth from, YearMonth thru, String amount) {
        StringBuilder sb = new StringBuilder()
        for (YearMonth m = from; !m.isAfter(thru); m = m.plusMonths(1))
            sb.append("${accountNo},${m.toString().replace('-', '')},汇缴,${amount},${amount},${m.atDay(15)}\n")
        return sb.toString()
    }

    /**
     * Waits for a completed run of the campaign that started once the import had finished (the import starts it
     * asynchronously). Counting runs is not enough: the scheduled monthly job (hpf_monitoring_screening) also runs the
     * enabled campaigns, on its first poll of a fresh database, and its run may complete before the import's.
     */
    EntityValue waitForRunAfter(Map importOut) {
        java.sql.Timestamp done = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', importOut.importBatchId)
                .useCache(false).one().completedDate
        long until = System.currentTimeMillis() + 180_000
        while (true) {
            EntityValue run = ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', CAMPAIGN)
                    .condition('startedDate', org.moqui.entity.EntityCondition.ComparisonOperator.GREATER_THAN_EQUAL_TO, done)
                    .condition('completedDate', org.moqui.entity.EntityCondition.ComparisonOperator.NOT_EQUAL, null)
                    .orderBy('startedDate').useCache(false).list().find()
            if (run != null || System.currentTimeMillis() > until) return run
            Thread.sleep(500)
        }
    }

    EntityValue alertOf(String accountNo, List statuses = ['HpfAlrOpen', 'HpfAlrAcknowledged', 'HpfAlrEscalated']) {
        String unitId = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', accountNo).useCache(false).one()?.unitId
        return ec.entity.find('hpf.compliance.ArrearsAlert').condition([campaignId: CAMPAIGN, unitId: unitId])
                .condition('statusId', 'in', statuses).useCache(false).one()
    }

    def "only an administrator enables monitoring, and only once the consolidation phase has begun"() {
        when: "IT may not"
        ec.service.sync().name('hpf.compliance.MonitoringServices.update#CampaignMonitoring')
                .parameters([campaignId: CAMPAIGN, monitoringEnabled: 'Y']).call()
        then:
        ec.message.hasError()

        when: "an administrator, before the consolidation phase"
        ec.message.clearAll()
        ec.user.loginUser('hpf.admin', PASSWORD)
        ec.entity.makeValue('hpf.compliance.CampaignPhase').setAll([campaignId: CAMPAIGN, phaseEnumId: 'HpfPhConsolidate',
                fromDate: java.sql.Date.valueOf(LocalDate.now(ZoneId.of('Asia/Shanghai')).plusDays(10))]).createOrUpdate()
        ec.service.sync().name('hpf.compliance.MonitoringServices.update#CampaignMonitoring')
                .parameters([campaignId: CAMPAIGN, monitoringEnabled: 'Y']).call()
        then:
        ec.message.hasError()
        ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).useCache(false).one().monitoringEnabled != 'Y'

        when: "the consolidation phase has begun"
        ec.message.clearAll()
        ec.entity.makeValue('hpf.compliance.CampaignPhase').setAll([campaignId: CAMPAIGN, phaseEnumId: 'HpfPhConsolidate',
                fromDate: java.sql.Date.valueOf(LocalDate.now(ZoneId.of('Asia/Shanghai')).minusDays(1))]).update()
        ec.service.sync().name('hpf.compliance.MonitoringServices.update#CampaignMonitoring')
                .parameters([campaignId: CAMPAIGN, monitoringEnabled: 'Y', alertContactDays: 5]).call()
        then:
        !ec.message.hasError()
        ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).useCache(false).one().monitoringEnabled == 'Y'

        cleanup:
        ec.user.logoutUser()
        ec.user.internalLoginUser('hpf.it')
    }

    def "a remittance import runs the monitoring, which opens an alert for each new arrears unit with a due date in working days"() {
        given:
        YearMonth paidThru = thisMonth.minusMonths(3)   // last month is assessed: two months owed
        String units = '单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n' +
                "T991000001,监测新增欠缴单位,${uscc('MA010M01')},TSM1,正常,2024-01-10,,8,800.00,12%,12%\n" +
                "T991000002,监测正常单位,${uscc('MA010M02')},TSM1,正常,2024-01-10,,5,500.00,12%,12%\n" +
                "T991000003,监测二部欠缴单位,${uscc('MA010M03')},TSM2,正常,2024-01-10,,6,600.00,12%,12%\n"
        String rems = '单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n' +
                paidRows('T991000001', YearMonth.of(2024, 1), paidThru, '800.00') +
                paidRows('T991000002', YearMonth.of(2024, 1), thisMonth.minusMonths(1), '500.00') +
                paidRows('T991000003', YearMonth.of(2024, 1), paidThru, '600.00')

        when:
        Map u = importText('HpfImpUnits', 'monitor-units.csv', units)
        Map r = importText('HpfImpRemittances', 'monitor-remittances-1.csv', rems)
        EntityValue run = waitForRunAfter(r)
        EntityValue a1 = alertOf('T991000001')
        EntityValue a3 = alertOf('T991000003')
        java.sql.Date due = ec.service.sync().name('hpf.compliance.CalendarServices.add#WorkingDays')
                .parameters([startDate: java.sql.Date.valueOf(LocalDate.now(ZoneId.of('Asia/Shanghai'))), days: 5]).call().dueDate

        then:
        u.createdRows == 3
        r.statusId == 'HpfImbCompleted'
        run != null
        run.runTypeEnumId == 'HpfRunMonitoring'
        run.assessMonth == thisMonth.minusMonths(1).toString()
        a1 != null
        a1.statusId == 'HpfAlrOpen'
        a1.alertTypeEnumId == 'HpfAltNewArrears'
        a1.branchId == B1
        (a1.amountOwed as BigDecimal).compareTo(new BigDecimal('1600')) == 0
        a1.dueDate.toString() == due.toString()
        a1.detectedMonth != null
        a3 != null
        a3.branchId == B2
        alertOf('T991000002') == null
    }

    def "alerts are assigned to staff of their own branch only"() {
        given:
        EntityValue a1 = alertOf('T991000001')
        EntityValue a3 = alertOf('T991000003')

        when:
        Map out = ec.service.sync().name('hpf.compliance.MonitoringServices.assign#Alerts')
                .parameters([alertIds: [a1.alertId], assignedUserId: B1_USER_ID]).call()
        then:
        !ec.message.hasError()
        out.assignedCount == 1
        alertOf('T991000001').assignedUserId == B1_USER_ID

        when: "a 监测二部 alert to a 监测一部 user"
        ec.message.clearAll()
        ec.service.sync().name('hpf.compliance.MonitoringServices.assign#Alerts')
                .parameters([alertIds: [a3.alertId], assignedUserId: B1_USER_ID]).call()
        then:
        ec.message.hasError()
        alertOf('T991000003').assignedUserId == null
    }

    def "branch staff see and work only their own branch's alerts"() {
        given:
        EntityValue a3 = alertOf('T991000003')
        ec.user.logoutUser()
        ec.user.internalLoginUser(B1_USER)
        ec.user.context.remove('userBranchIdsFor')

        when:
        Map found = ec.service.sync().name('hpf.compliance.MonitoringServices.find#Alerts').parameters([campaignId: CAMPAIGN]).call()
        ec.service.sync().name('hpf.compliance.MonitoringServices.close#Alert')
                .parameters([alertId: a3.alertId, closeReasonEnumId: 'HpfAlcDataError', closeNote: '不是本部的']).call()
        boolean refused = ec.message.hasError()

        then:
        found.alertList*.branchId.unique() == [B1]
        found.alertCount == 1
        refused
        alertOf('T991000003') != null

        cleanup:
        ec.message.clearAll()
        ec.user.logoutUser()
        ec.user.internalLoginUser('hpf.it')
        ec.user.context.remove('userBranchIdsFor')
    }

    def "an alert is closed by hand with a reason and a note, never as paid"() {
        given:
        EntityValue a3 = alertOf('T991000003')

        when: "paid is the monitoring's reason"
        ec.service.sync().name('hpf.compliance.MonitoringServices.close#Alert')
                .parameters([alertId: a3.alertId, closeReasonEnumId: 'HpfAlcPaid', closeNote: '已缴']).call()
        then:
        ec.message.hasError()

        when:
        ec.message.clearAll()
        ec.service.sync().name('hpf.compliance.MonitoringServices.close#Alert')
                .parameters([alertId: a3.alertId, closeReasonEnumId: 'HpfAlcDataError', closeNote: '核心系统缴存数据有误，已更正']).call()
        EntityValue closed = ec.entity.find('hpf.compliance.ArrearsAlert').condition('alertId', a3.alertId).useCache(false).one()
        then:
        !ec.message.hasError()
        closed.statusId == 'HpfAlrDismissed'
        closed.closeReasonEnumId == 'HpfAlcDataError'
        closed.closeNote == '核心系统缴存数据有误，已更正'
        closed.closedDate != null
        closed.closedByUserId == ec.user.userId
        ec.entity.find('moqui.entity.EntityAuditLog').condition([changedEntityName: 'hpf.compliance.ArrearsAlert',
                changedFieldName: 'statusId', pkPrimaryValue: a3.alertId, newValueText: 'HpfAlrDismissed']).count() == 1

        when: "closing it again"
        ec.service.sync().name('hpf.compliance.MonitoringServices.close#Alert')
                .parameters([alertId: a3.alertId, closeReasonEnumId: 'HpfAlcOther', closeNote: '再关一次']).call()
        then:
        ec.message.hasError()
    }

    def "escalation creates the unit's target and issues its guidance letter"() {
        given:
        EntityValue a1 = alertOf('T991000001')

        when:
        Map out = ec.service.sync().name('hpf.compliance.MonitoringServices.escalate#Alert').parameters([alertId: a1.alertId]).call()
        EntityValue alert = ec.entity.find('hpf.compliance.ArrearsAlert').condition('alertId', a1.alertId).useCache(false).one()
        EntityValue target = ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', out.targetId).useCache(false).one()
        EntityValue notice = ec.entity.find('hpf.compliance.GuidanceNotice').condition('noticeId', out.noticeId).useCache(false).one()

        then:
        !ec.message.hasError()
        alert.statusId == 'HpfAlrEscalated'
        alert.targetId == out.targetId
        alert.noticeId == out.noticeId
        target.campaignId == CAMPAIGN
        target.unitId == a1.unitId
        target.statusId == 'HpfTgtNoticed'
        (target.initialAmountOwed as BigDecimal).compareTo(new BigDecimal('1600')) == 0
        notice.statusId == 'HpfNtcIssued'
        (notice.noticeNumber as String).contains('TSM1')

        when: "escalating again"
        ec.service.sync().name('hpf.compliance.MonitoringServices.escalate#Alert').parameters([alertId: a1.alertId]).call()
        then:
        ec.message.hasError()
    }

    def "a later import that shows the unit paid resolves its alert by the next monitoring run"() {
        given:
        String rems = '单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n' +
                paidRows('T991000001', thisMonth.minusMonths(2), thisMonth.minusMonths(1), '800.00')
        String alertId = alertOf('T991000001').alertId

        when:
        Map r = importText('HpfImpRemittances', 'monitor-remittances-2.csv', rems)
        EntityValue run = waitForRunAfter(r)
        EntityValue alert = ec.entity.find('hpf.compliance.ArrearsAlert').condition('alertId', alertId).useCache(false).one()

        then:
        r.statusId == 'HpfImbCompleted'
        run != null
        alert.statusId == 'HpfAlrResolved'
        alert.closeReasonEnumId == 'HpfAlcPaid'
        alert.closedDate != null
        alert.closedMonth != null
        (alert.amountOwed as BigDecimal).compareTo(BigDecimal.ZERO) == 0
        alertOf('T991000001') == null
    }
}
