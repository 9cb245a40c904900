package hpf.compliance.moqui

import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Stepwise

import java.sql.Date
import java.sql.Timestamp
import java.time.YearMonth

/**
 * Early warning (hpf.compliance.WarningServices) on a fixture whose history is known, scored as of 2026-02: in 预警一部
 * W1 paid its last three months 12 days after the deadline (payday 10 + 5 days; a year earlier on time) and W2's
 * 缴存人数 fell from 50 to 35; in 预警二部 W3 drifts like W1. The reasons carry their numbers, a branch user's list
 * holds only its own branch's units (service and REST), and lowering the drift's weight puts W2 above W1.
 */
@Stepwise
class WarningServicesTests extends HpfSpec {
    static final String B1 = 'HPFW_B1', B2 = 'HPFW_B2'
    static final String B1_USER = 'hpfw.branch1', B1_USER_ID = 'HpfwUBranch1'
    static final List<String> UNITS = ['HPFW_U1', 'HPFW_U2', 'HPFW_U3']
    static final String M = '2026-02'
    static final String TOKEN = 'TestSessionToken'

    @Shared Map<String, Object> weightBefore = [:]
    @Shared String firstRunId, tunedRunId

    /** features run as the users they log in, with their rights */
    boolean featuresWithoutAuthz() { false }

    void setupFixtures() {
        clean()
        setupFixture()
        EntityValue s = ec.entity.find('hpf.compliance.RiskSignalSetting').condition('signalCode', 'LATE_DRIFT').useCache(false).one()
        weightBefore = [weight: s.weight, threshold: s.threshold, saturation: s.saturation]
    }

    void cleanFixtures() {
        if (weightBefore) ec.entity.makeValue('hpf.compliance.RiskSignalSetting').setAll([signalCode: 'LATE_DRIFT'] + weightBefore).update()
        clean()
    }

    void setupFixture() {
        [(B1): ['TSW1', '预警一部', 921], (B2): ['TSW2', '预警二部', 922]].each { id, v ->
            ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: id, branchCode: v[0], branchName: v[1],
                    branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: v[2]]).createOrUpdate()
        }
        ec.entity.makeValue('moqui.security.UserAccount').setAll([userId: B1_USER_ID, username: B1_USER, userFullName: '预警经办人',
                locale: 'zh_CN', timeZone: 'Asia/Shanghai', disabled: 'N']).createOrUpdate()
        ec.entity.makeValue('moqui.security.UserGroupMember').setAll([userGroupId: 'HPF_BRANCH', userId: B1_USER_ID,
                fromDate: Timestamp.valueOf('2020-01-01 00:00:00')]).createOrUpdate()
        ec.entity.makeValue('hpf.compliance.BranchStaff').setAll([branchId: B1, userId: B1_USER_ID,
                fromDate: Timestamp.valueOf('2020-01-01 00:00:00'), staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
        // W1 and W3: paid on the 15th (the deadline) until 2025-11, then on the 27th; W2: on time, 50 workers then 35 in M
        [[UNITS[0], B1, 'drift'], [UNITS[1], B1, 'shrink'], [UNITS[2], B2, 'drift']].eachWithIndex { List u, int i ->
            ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: u[0], unitAccountNo: 'T99300000' + (i + 1),
                    unitName: '预警测试单位' + (i + 1), branchId: u[1], accountStatusEnumId: 'HpfAcsNormal',
                    openedDate: Date.valueOf('2024-03-01'), workerCount: 50, monthlyDueAmount: 10000.00G, paydayOfMonth: 10]).create()
            for (YearMonth m = YearMonth.of(2024, 3); !m.isAfter(YearMonth.of(2026, 2)); m = m.plusMonths(1)) {
                boolean late = u[2] == 'drift' && m.isAfter(YearMonth.of(2025, 11))
                int workers = u[2] == 'shrink' && m == YearMonth.of(2026, 2) ? 35 : 50
                ec.entity.makeValue('hpf.compliance.UnitRemittance').setAll([unitId: u[0], remitMonth: m.toString(),
                        remitTypeEnumId: 'HpfRtRegular', dueAmount: 10000.00G, paidAmount: 10000.00G,
                        paidDate: Date.valueOf(m.atDay(late ? 27 : 15)), workerCount: workers, sealedWorkerCount: 0]).create()
            }
        }
    }

    void clean() {
        List runIds = ec.entity.find('hpf.compliance.UnitRiskScore').condition('unitId', 'in', UNITS).useCache(false).list()*.riskRunId.unique()
        if (runIds) {
            ec.entity.find('hpf.compliance.UnitRiskScore').condition('riskRunId', 'in', runIds).deleteAll()
            ec.entity.find('hpf.compliance.RiskScoringRun').condition('riskRunId', 'in', runIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', UNITS).deleteAll()
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', UNITS).deleteAll()
        ec.entity.find('hpf.compliance.BranchStaff').condition('userId', B1_USER_ID).deleteAll()
        ec.entity.find('moqui.security.UserGroupMember').condition('userId', B1_USER_ID).deleteAll()
        ec.entity.find('hpf.compliance.Branch').condition('branchId', 'in', [B1, B2]).deleteAll()
    }

    EntityValue scoreOf(String runId, String unitId) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            return ec.entity.find('hpf.compliance.UnitRiskScore').condition([riskRunId: runId, unitId: unitId]).useCache(false).one()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    def "the score lists its reasons with the numbers of the unit's own history"() {
        when:
        ec.user.internalLoginUser('hpf.it')
        Map out = ec.service.sync().name('hpf.compliance.WarningServices.score#Units').parameters([asOfMonth: M]).call()
        firstRunId = out.riskRunId
        EntityValue w1 = scoreOf(firstRunId, UNITS[0]), w2 = scoreOf(firstRunId, UNITS[1])
        EntityValue run = ec.entity.find('hpf.compliance.RiskScoringRun').condition('riskRunId', firstRunId).useCache(false).disableAuthz().one()

        then:
        !ec.message.hasError()
        out.asOfMonth == M
        run.completedDate != null
        run.unitsScored >= 3
        w1.reasonText == '近3个月平均晚缴 12 天（上年同期 0 天），推迟 12 天'
        w1.reasonCodes == 'LATE_DRIFT'
        w1.riskScore == 24.0G // 30 points × 12 / 15 days
        w1.branchId == B1
        w2.reasonText == '缴存人数由 50 人降至 35 人（近6个月减少 30%）'
        w2.riskScore == 15.0G // 20 points × 30 / 40 %
        w1.rankNum < w2.rankNum
    }

    Map restGet(String user, Map params) {
        ec.user.internalLoginUser(user)
        try {
            ScreenTestRender str = ec.screen.makeTest().baseScreenPath('rest').render('s1/hpf/riskScores', params, 'get')
            assert !str.errorMessages
            return (Map) new groovy.json.JsonSlurper().parseText(str.output)
        } finally {
            ec.user.logoutUser()
        }
    }

    def "a branch user's watch list holds only its own branch's units (REST GET /riskScores)"() {
        when:
        Map own = restGet(B1_USER, [riskRunId: firstRunId])
        Map other = restGet(B1_USER, [riskRunId: firstRunId, branchId: B2])
        Map office = restGet('hpf.office', [riskRunId: firstRunId, pageSize: '500'])
        Map officeB2 = restGet('hpf.office', [riskRunId: firstRunId, branchId: B2])

        then:
        own.riskScoreList*.unitId as Set == [UNITS[0], UNITS[1]] as Set
        own.riskScoreList*.branchId.unique() == [B1]
        own.riskScoreList.find { it.unitId == UNITS[0] }.unitName == '预警测试单位1'
        own.riskScoreList.find { it.unitId == UNITS[0] }.reasonText == '近3个月平均晚缴 12 天（上年同期 0 天），推迟 12 天'
        own.riskScoreListCount == 2
        other.riskScoreList == []
        office.riskScoreList*.unitId.containsAll(UNITS)
        officeB2.riskScoreList*.unitId == [UNITS[2]]
    }

    def "the 重点关注 screen shows the latest run a page at a time, highest risk first"() {
        given: "the two highest scores of the run the screen shows"
        ec.user.internalLoginUser('hpf.office')
        // the office reads the list through the screen (or REST); the service's own answer is the expectation
        Map top = withoutAuthz { ec.service.sync().name('hpf.compliance.WarningServices.get#RiskScores').parameters([pageIndex: 0, pageSize: 2]).call() }
        List<String> accounts = top.riskScoreList.collect { it.unitAccountNo as String }
        assert accounts.size() == 2 && !accounts[0].contains(accounts[1]) && !accounts[1].contains(accounts[0])

        when:
        String first = ec.screen.makeTest().baseScreenPath('apps/hpf').render('Monitoring/WatchList', [pageSize: '1', pageIndex: '0'], null).output
        String second = ec.screen.makeTest().baseScreenPath('apps/hpf').render('Monitoring/WatchList', [pageSize: '1', pageIndex: '1'], null).output
        ec.user.logoutUser()

        then:
        top.riskScoreListCount >= 2
        first.contains(accounts[0]) && !first.contains(accounts[1])
        second.contains(accounts[1]) && !second.contains(accounts[0])
    }

    def "the office lowers the weight of late payment and the order changes"() {
        when:
        ec.user.internalLoginUser('hpf.office')
        ec.service.sync().name('hpf.compliance.WarningServices.update#RiskSignalSetting')
                .parameters([signalCode: 'LATE_DRIFT', weight: 5G, threshold: 5G, saturation: 15G]).call()
        ec.user.logoutUser()
        ec.user.internalLoginUser('hpf.it')
        tunedRunId = ec.service.sync().name('hpf.compliance.WarningServices.score#Units').parameters([asOfMonth: M]).call().riskRunId
        EntityValue w1 = scoreOf(tunedRunId, UNITS[0]), w2 = scoreOf(tunedRunId, UNITS[1])

        then:
        !ec.message.hasError()
        w1.riskScore == 4.0G // 5 points × 12 / 15 days
        w2.riskScore == 15.0G
        w2.rankNum < w1.rankNum
    }

    def "branch staff may neither change the settings nor score another branch"() {
        when:
        ec.user.internalLoginUser(B1_USER)
        boolean refused
        try {
            ec.service.sync().name('hpf.compliance.WarningServices.update#RiskSignalSetting')
                    .parameters([signalCode: 'LATE_DRIFT', weight: 50G, threshold: 5G, saturation: 15G]).call()
            refused = ec.message.hasError()
        } catch (org.moqui.context.ArtifactAuthorizationException e) {
            refused = true
        }
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        BigDecimal weightNow = ec.entity.find('hpf.compliance.RiskSignalSetting').condition('signalCode', 'LATE_DRIFT').useCache(false).one().weight
        if (!wasDisabled) ec.artifactExecution.enableAuthz()
        ec.message.clearAll()
        ec.service.sync().name('hpf.compliance.WarningServices.score#Units').parameters([asOfMonth: M, branchId: B2]).call()
        List errors = ec.message.errors

        then:
        refused
        weightNow == 5G
        errors.any { it.contains('分支机构人员只能对本机构单位进行风险评分') }
    }
}
