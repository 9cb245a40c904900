package hpf.compliance.bench

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Date
import java.sql.Timestamp
import java.time.LocalDate
import java.time.ZoneId

/**
 * Benchmark (not part of HpfComplianceSuite, not a timed test): loads a generated campaign of 100,000 targets
 * (-Dhpf.bench.targets) across the demo branches into the running Moqui's database, with letters, service records,
 * interviews, orders, court referrals, penalties, applications and alerts in realistic proportions, then times
 * get#BranchFigures and the render of the campaign dashboard (Campaign/CampaignDashboard) for the office and a
 * branch user; the same for the demo city (campaign YQ2026, surveyed first when it has no targets). Prints the
 * figures as "BENCH ..." lines. The generated campaign (HPFB_BENCH) stays for the next run (-Dhpf.bench.regenerate=true
 * makes it again); `run-specs.sh DEST --reload` gives the freshly loaded database back.
 */
class DashboardBenchmark extends Specification {
    static final String CAMPAIGN = 'HPFB_BENCH'
    static final List<String> BRANCHES = ['YQ01', 'YQ02', 'YQ03', 'YQ04', 'YQ05', 'YQ06', 'HY01']
    static final int TARGETS = Integer.getInteger('hpf.bench.targets', 100000)
    static final int RUNS = Integer.getInteger('hpf.bench.runs', 3)
    static final int WARMUPS = Integer.getInteger('hpf.bench.warmups', 1)
    static final ZoneId SHANGHAI = ZoneId.of('Asia/Shanghai')

    @Shared ExecutionContext ec

    def setupSpec() {
        ec = Moqui.getExecutionContext()
    }

    def cleanupSpec() {
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    static Timestamp at(LocalDate d, int hour) { Timestamp.from(d.atTime(hour, 0).atZone(SHANGHAI).toInstant()) }

    /** (shared with RenderBenchmark) A deterministic city: status mix of a campaign some months in, every kind of record it would have. */
    static void generate(ExecutionContext ec) {
        ec.artifactExecution.disableAuthz()
        try {
            long existing = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).count()
            if (existing == TARGETS && !Boolean.getBoolean('hpf.bench.regenerate')) {
                println "BENCH reusing ${existing} generated targets of ${CAMPAIGN}"
                return
            }
            long t0 = System.currentTimeMillis()
            for (String e in ['hpf.compliance.GuidanceNotice', 'hpf.compliance.CollectionInterview', 'hpf.compliance.EnforcementAction',
                    'hpf.compliance.RegularizationApplication', 'hpf.compliance.ArrearsAlert'])
                ec.entity.find(e).condition(e.endsWith('Interview') ? 'interviewId' : (e.endsWith('Notice') ? 'noticeId' :
                        (e.endsWith('Action') ? 'actionId' : (e.endsWith('Application') ? 'applicationId' : 'alertId'))), 'like', 'HPFB%').deleteAll()
            ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).deleteAll()
            ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'like', 'HPFB%').deleteAll()
            ec.entity.find('hpf.compliance.CampaignPhase').condition('campaignId', CAMPAIGN).deleteAll()
            ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '基准测试专项（10万对象）',
                    statusId: 'HpfCmpActive', cutoffMonth: '2025-12', stopThresholdMonths: 3]).createOrUpdate()
            [['HpfPhStartup', '2026-03-01', '2026-03-15'], ['HpfPhSurvey', '2026-03-16', '2026-03-31'],
             ['HpfPhPush', '2026-04-01', '2026-04-30'], ['HpfPhImplement', '2026-05-01', '2026-06-15'],
             ['HpfPhSummary', '2026-06-16', '2026-06-30'], ['HpfPhConsolidate', '2026-07-01', null]].each { List p ->
                ec.entity.makeValue('hpf.compliance.CampaignPhase').setAll([campaignId: CAMPAIGN, phaseEnumId: p[0],
                        fromDate: Date.valueOf(p[1]), thruDate: p[2] ? Date.valueOf(p[2]) : null]).create()
            }
            Random rnd = new Random(20260301L)
            // status mix (per mille): open 600, rectified 300, reduced 30, deferred 20, excluded 50
            List<List> mix = [['HpfTgtIdentified', 100], ['HpfTgtNoticed', 150], ['HpfTgtServed', 150], ['HpfTgtCommitted', 80],
                              ['HpfTgtApplying', 20], ['HpfTgtPartPaid', 50], ['HpfTgtEnforcing', 50], ['HpfTgtRectified', 300],
                              ['HpfTgtReduced', 30], ['HpfTgtDeferred', 20], ['HpfTgtExcluded', 50]]
            LocalDate start = LocalDate.of(2026, 3, 20)
            // rows go in by JDBC batches (the entity layer would write an audit row per status field and run the ECAs
            // for every record: minutes for 300,000 rows on a busy machine); the figures read them through the entity layer
            Map<String, List<Map>> pending = [:]
            Closure flush = { String key ->
                List<Map> rows = pending.remove(key)
                if (!rows) return
                String entityName = key.substring(0, key.indexOf('|'))
                def ed = ec.entity.getEntityDefinition(entityName)
                List<String> fields = (rows[0].keySet() as List<String>) + ['lastUpdatedStamp']
                String sql = "INSERT INTO ${ed.getFullTableName()} (${fields.collect { ed.getColumnName(it) }.join(', ')}) VALUES (${fields.collect { '?' }.join(', ')})"
                Timestamp stamp = new Timestamp(System.currentTimeMillis())
                ec.transaction.runRequireNew(600, 'benchmark data', {
                    def ps = ec.entity.getConnection(ec.entity.getEntityGroupName(entityName)).prepareStatement(sql)
                    try {
                        for (Map row in rows) {
                            fields.eachWithIndex { String f, int i -> ps.setObject(i + 1, f == 'lastUpdatedStamp' ? stamp : row[f]) }
                            ps.addBatch()
                        }
                        ps.executeBatch()
                    } finally { ps.close() }
                })
            }
            Closure add = { String entity, Map fields ->
                String key = entity + '|' + fields.keySet().join(',')
                List<Map> rows = pending.computeIfAbsent(key, { k -> [] })
                rows.add(fields)
                if (rows.size() >= 2000) {
                    // the records of a target go in after the target, and the target after its unit (foreign keys)
                    for (String k in pending.keySet().toList().findAll { it.startsWith('hpf.compliance.EmployerUnit|') }) flush(k)
                    if (!entity.endsWith('EmployerUnit'))
                        for (String k in pending.keySet().toList().findAll { it.startsWith('hpf.compliance.CampaignTarget|') }) flush(k)
                    flush(key)
                }
            }
            int letters = 0, interviews = 0, actions = 0, applications = 0, alerts = 0
            for (int i = 0; i < TARGETS; i++) {
                String n = String.format('%06d', i)
                String unitId = 'HPFB_U' + n, targetId = 'HPFB_T' + n
                String branchId = BRANCHES[i % BRANCHES.size()]
                int pick = rnd.nextInt(1000), acc = 0
                String status = mix.find { acc += (it[1] as int); pick < acc }[0]
                boolean stopped = rnd.nextInt(100) < 30
                BigDecimal initial = new BigDecimal(1000 + rnd.nextInt(200000)).setScale(2)
                boolean resolved = status in ['HpfTgtRectified', 'HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtExcluded']
                LocalDate identified = start.plusDays(rnd.nextInt(12))
                LocalDate resolvedOn = resolved ? identified.plusDays(20 + rnd.nextInt(230)) : null
                BigDecimal recovered = status == 'HpfTgtRectified' ? initial : (status == 'HpfTgtPartPaid' ? (initial * 0.4).setScale(2, java.math.RoundingMode.HALF_UP) : 0.00)
                add('hpf.compliance.EmployerUnit', [unitId: unitId, unitAccountNo: 'B' + n, unitName: '基准测试单位' + n,
                        branchId: branchId, accountStatusEnumId: 'HpfAcsNormal', workerCount: 5L + rnd.nextInt(200), monthlyDueAmount: 1000.00])
                add('hpf.compliance.CampaignTarget', [targetId: targetId, campaignId: CAMPAIGN, unitId: unitId, branchId: branchId,
                        targetTypeEnumId: stopped ? 'HpfTtStopped' : 'HpfTtArrears', statusId: status, owedMonths: 3L + rnd.nextInt(20),
                        initialAmountOwed: initial, amountOwed: status == 'HpfTgtRectified' ? 0.00 : initial - recovered,
                        recoveredAmount: recovered, workerCount: 10L, identifiedDate: at(identified, 10),
                        resolvedDate: resolvedOn ? at(resolvedOn, 15) : null,
                        nextDeadlineDate: !resolved && rnd.nextInt(10) == 0 ? Date.valueOf(identified.plusDays(60)) : null])
                boolean lettered = status != 'HpfTgtIdentified' && status != 'HpfTgtExcluded' && rnd.nextInt(100) < 85
                if (lettered) {
                    LocalDate issued = identified.plusDays(5 + rnd.nextInt(20))
                    boolean served = rnd.nextInt(100) < 80
                    add('hpf.compliance.GuidanceNotice', [noticeId: 'HPFB_N' + n, targetId: targetId, unitId: unitId, branchId: branchId,
                            campaignId: CAMPAIGN, statusId: served ? 'HpfNtcServed' : (rnd.nextInt(10) == 0 ? 'HpfNtcCancelled' : 'HpfNtcIssued'),
                            issueDate: Date.valueOf(issued), serviceDate: served ? Date.valueOf(issued.plusDays(2 + rnd.nextInt(5))) : null])
                    letters++
                    if (rnd.nextInt(100) < 40) {
                        add('hpf.compliance.CollectionInterview', [interviewId: 'HPFB_I' + n, targetId: targetId, unitId: unitId,
                                branchId: branchId, interviewDate: at(issued.plusDays(10 + rnd.nextInt(30)), 9)])
                        interviews++
                    }
                    if (status == 'HpfTgtEnforcing' || (status == 'HpfTgtRectified' && rnd.nextInt(100) < 10)) {
                        LocalDate ordered = issued.plusDays(40 + rnd.nextInt(30))
                        add('hpf.compliance.EnforcementAction', [actionId: 'HPFB_A' + n, targetId: targetId, unitId: unitId, branchId: branchId,
                                campaignId: CAMPAIGN, caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: 'HpfEaOrderToPay',
                                statusId: status == 'HpfTgtRectified' ? 'HpfEnfComplied' : 'HpfEnfIssued', issueDate: Date.valueOf(ordered),
                                dueDate: Date.valueOf(ordered.plusDays(30))])
                        actions++
                        if (status == 'HpfTgtEnforcing' && rnd.nextInt(100) < 20) {
                            add('hpf.compliance.EnforcementAction', [actionId: 'HPFB_C' + n, targetId: targetId, unitId: unitId, branchId: branchId,
                                    campaignId: CAMPAIGN, caseTypeEnumId: 'HpfCtArrears', actionTypeEnumId: rnd.nextBoolean() ? 'HpfEaCourtReferral' : 'HpfEaPenaltyDecision',
                                    statusId: 'HpfEnfIssued', issueDate: Date.valueOf(ordered.plusDays(45))])
                            actions++
                        }
                    }
                }
                if (status in ['HpfTgtReduced', 'HpfTgtDeferred', 'HpfTgtApplying'] || rnd.nextInt(100) < 2) {
                    boolean decided = status != 'HpfTgtApplying'
                    String appStatus = status == 'HpfTgtApplying' ? 'HpfAppSubmitted' : (status in ['HpfTgtReduced', 'HpfTgtDeferred'] ? 'HpfAppInForce' : 'HpfAppRejected')
                    add('hpf.compliance.RegularizationApplication', [applicationId: 'HPFB_P' + n, unitId: unitId, targetId: targetId,
                            campaignId: CAMPAIGN, branchId: branchId, statusId: appStatus,
                            applicationTypeEnumId: status == 'HpfTgtDeferred' || rnd.nextInt(3) == 0 ? 'HpfAtDeferral' : 'HpfAtRateReduction',
                            decisionDate: decided ? at(resolvedOn ?: identified.plusDays(40), 11) : null,
                            stepDueDate: decided ? null : Date.valueOf(identified.plusDays(50)), currentStepEnumId: decided ? null : 'HpfRsOfficeReview'])
                    applications++
                }
                if (rnd.nextInt(100) < 5) {
                    LocalDate detected = LocalDate.of(2026, 7 + rnd.nextInt(5), 5)
                    boolean closed = rnd.nextBoolean()
                    add('hpf.compliance.ArrearsAlert', [alertId: 'HPFB_L' + n, unitId: unitId, branchId: branchId, campaignId: CAMPAIGN,
                            alertTypeEnumId: 'HpfAltNewArrears', statusId: closed ? 'HpfAlrResolved' : 'HpfAlrOpen',
                            amountOwed: (initial / 10).setScale(2, java.math.RoundingMode.HALF_UP), detectedDate: at(detected, 8),
                            detectedMonth: detected.toString().substring(0, 7), dueDate: Date.valueOf(detected.plusDays(7)),
                            closedDate: closed ? at(detected.plusMonths(1), 8) : null,
                            closedMonth: closed ? detected.plusMonths(1).toString().substring(0, 7) : null])
                    alerts++
                }
            }
            // units before targets before the rest, as the foreign keys want them
            for (String key in pending.keySet().toList().sort { k -> k.startsWith('hpf.compliance.EmployerUnit') ? 0 : (k.startsWith('hpf.compliance.CampaignTarget') ? 1 : 2) }) flush(key)
            println "BENCH generated ${TARGETS} targets (and units), ${letters} letters, ${interviews} interviews, " +
                    "${actions} enforcement actions, ${applications} applications, ${alerts} alerts in ${System.currentTimeMillis() - t0} ms"
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    /** the demo city has no targets until surveyed: a survey of YQ2026, as the IT section would run it */
    void surveyDemoCity() {
        if (ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', 'YQ2026').disableAuthz().count() > 0) return
        ec.user.internalLoginUser('hpf.it')
        ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening').parameters([campaignId: 'YQ2026']).disableAuthz().call()
        ec.message.clearAll()
        ec.user.logoutUser()
    }

    /**
     * After WARMUPS warm-up calls, RUNS timed calls: median and max wall time, and the median CPU time of the whole process
     * per call (on a machine shared with other work the wall time mostly measures the wait for a core), in ms.
     */
    static List<Long> time(Closure c) {
        def os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        WARMUPS.times { c() }
        List<Long> wall = [], cpu = []
        RUNS.times {
            long t = System.nanoTime(), p = os.getProcessCpuTime()
            c()
            wall.add((System.nanoTime() - t).intdiv(1_000_000L) as Long)
            cpu.add((os.getProcessCpuTime() - p).intdiv(1_000_000L) as Long)
        }
        wall.sort(); cpu.sort()
        return [wall[(int) (wall.size() / 2)], wall[-1], cpu[(int) (cpu.size() / 2)]]
    }

    Map measure(String campaignId, String username) {
        ec.user.internalLoginUser(username)
        List<Long> figures = time {
            ec.artifactExecution.disableAuthz()
            try {
                ec.service.sync().name('hpf.compliance.CampaignFigureServices.get#BranchFigures').parameters([campaignId: campaignId]).call()
            } finally { ec.artifactExecution.enableAuthz() }
            assert !ec.message.hasError(), ec.message.errorsString
        }
        ScreenTest screenTest = ec.screen.makeTest().baseScreenPath('apps/hpf')
        String output = null
        List<Long> render = time {
            def str = screenTest.render("Campaign/CampaignDashboard?campaignId=${campaignId}", [lastStandalone: '-2'], null)
            assert str.errorMessages.isEmpty(), str.errorMessages.toString()
            output = str.output
        }
        ec.user.logoutUser()
        return [figures: figures, render: render, size: output?.length()]
    }

    def "dashboard and figures with 100,000 targets and in the demo city"() {
        when:
        generate(ec)
        surveyDemoCity()
        long demoTargets = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', 'YQ2026').disableAuthz().count()
        List rows = []
        for (List c in [[CAMPAIGN, TARGETS], ['YQ2026', demoTargets]]) {
            for (String user in ['hpf.office', 'hpf.chengqu']) {
                Map m = measure(c[0] as String, user)
                rows.add([c[0], c[1], user] + m.figures + m.render)
                println "BENCH campaign=${c[0]} targets=${c[1]} user=${user} get#BranchFigures wall median=${m.figures[0]} ms max=${m.figures[1]} ms cpu median=${m.figures[2]} ms; " +
                        "dashboard render wall median=${m.render[0]} ms max=${m.render[1]} ms cpu median=${m.render[2]} ms (${m.size} chars), ${RUNS} runs after ${WARMUPS} warm-up"
            }
        }
        println "BENCH load average ${java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()} on ${Runtime.runtime.availableProcessors()} cores"
        println "BENCH | campaign | targets | user | get#BranchFigures wall median / max, CPU (ms) | dashboard render wall median / max, CPU (ms) |"
        rows.each { r -> println "BENCH | ${r[0]} | ${String.format('%,d', r[1] as long)} | ${r[2]} | ${r[3]} / ${r[4]}, ${r[5]} | ${r[6]} / ${r[7]}, ${r[8]} |" }

        then:
        rows.size() == 4
    }
}
