package hpf.compliance.moqui

/**
 * Unit ids that databases order differently (PROBE_1 / PROBEA, a-1 / A_2: a PostgreSQL database in en_US.UTF-8 puts
 * the first of each pair first, Java and H2 the second): the survey screens each unit with its own remittances, on any
 * database. Before, a non-C collation stopped the run ("数据库返回的单位编号不是按字符顺序排列").
 */
class ScreeningCollationTests extends HpfSpec {
    static final String BRANCH = 'HPFT_COLL'
    static final String CAMPAIGN = 'HPFT_COLLATION'
    /** unit id → the last month it paid (null: never) */
    static final Map<String, String> UNITS = ['PROBE_1': '2024-06', 'PROBEA': '2026-02', 'a-1': null, 'A_2': '2026-02',
            '10': '2026-02', '9': '2025-12']

    void setupFixtures() {
        clean()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH, branchCode: 'TSTC', branchName: '测试排序部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 903]).createOrUpdate()
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '测试排序专项',
                statusId: 'HpfCmpPlanned', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3]).createOrUpdate()
        int n = 0
        UNITS.each { String unitId, String paidThru ->
            n++
            ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: unitId, unitAccountNo: 'T99100000' + n,
                    unitName: '排序测试单位' + n, branchId: BRANCH, accountStatusEnumId: 'HpfAcsNormal',
                    openedDate: java.sql.Date.valueOf('2023-01-05'), workerCount: 5L, monthlyDueAmount: new BigDecimal('1000')]).create()
            if (paidThru) for (java.time.YearMonth m = java.time.YearMonth.of(2023, 1); !m.isAfter(java.time.YearMonth.parse(paidThru)); m = m.plusMonths(1)) {
                ec.entity.makeValue('hpf.compliance.UnitRemittance').setAll([unitId: unitId, remitMonth: m.toString(),
                        remitTypeEnumId: 'HpfRtRegular', dueAmount: new BigDecimal('1000'), paidAmount: new BigDecimal('1000'),
                        paidDate: java.sql.Date.valueOf(m.atDay(15))]).create()
            }
        }
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
    }

    void cleanFixtures() { clean() }

    void clean() {
        List unitIds = new ArrayList(UNITS.keySet())
        List runIds = ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', CAMPAIGN).useCache(false).list()*.screeningRunId
        List targetIds = ec.entity.find('hpf.compliance.CampaignTarget').condition('unitId', 'in', unitIds).useCache(false).list()*.targetId
        if (targetIds) {
            ec.entity.find('hpf.compliance.TargetActivity').condition('targetId', 'in', targetIds).deleteAll()
            ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', 'in', targetIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.ArrearsAlert').condition('unitId', 'in', unitIds).deleteAll()
        if (runIds) ec.entity.find('hpf.compliance.ScreeningRun').condition('screeningRunId', 'in', runIds).deleteAll()
        ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', unitIds).deleteAll()
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', unitIds).deleteAll()
        ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).deleteAll()
        ec.entity.find('hpf.compliance.Branch').condition('branchId', BRANCH).deleteAll()
    }

    def "every unit is screened with its own remittances whatever order the database gives the ids"() {
        when:
        Map out = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: CAMPAIGN, branchId: BRANCH]).call()
        Map targets = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).useCache(false).list()
                .collectEntries { [(it.unitId): it] }
        List alerts = ec.entity.find('hpf.compliance.ArrearsAlert').condition('screeningRunId', out.screeningRunId)
                .useCache(false).list()*.unitId

        then:
        !ec.message.hasError()
        out.unitsScreened == 6
        targets.keySet() == ['PROBE_1', 'a-1'] as Set
        targets['PROBE_1'].firstOwedMonth == '2024-07'
        targets['PROBE_1'].owedMonths == 20
        targets['PROBE_1'].paidThroughMonth == '2024-06'
        targets['a-1'].firstOwedMonth == '2023-01'
        targets['a-1'].owedMonths == 38
        alerts == ['9']
    }
}
