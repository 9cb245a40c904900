package hpf.compliance.bench

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Timestamp

/**
 * Benchmark (not part of HpfComplianceSuite, not a timed test): with the generated campaign of DashboardBenchmark
 * (100,000 targets, HPFB_BENCH; made first when missing) times the render of every worklist of the app, the target
 * page and the dashboard, as the office (hpf.office, all branches) and as a branch user (hpf.chengqu, 城区): the first
 * page, filtered pages and a page deep in the list (90 % of the way, so the count and the offset both cost). Prints
 * "BENCH" lines and a table (median and max wall time of RUNS renders after WARMUPS warm-ups, CPU time of the process
 * per render); the table also goes to DEST/render-benchmark.md. Every screen is rendered once untimed first (compilation);
 * a render slower than hpf.bench.slowMs (20 s) is timed once (warm-up included) so that a slow "before" run ends.
 */
class RenderBenchmark extends Specification {
    static final int RUNS = Integer.getInteger('hpf.bench.runs', 3)
    static final int WARMUPS = Integer.getInteger('hpf.bench.warmups', 1)
    static final long SLOW_MS = Long.getLong('hpf.bench.slowMs', 20000L)
    static final String RISK_RUN = 'HPFB_RISK'
    static final int RISK_SCORES = 3000
    static final int PAGE_SIZE = 20
    static final String PAGE_SIZE_KEY = 'screen.user.page.size'

    @Shared ExecutionContext ec

    def setupSpec() {
        ec = Moqui.getExecutionContext()
    }

    def cleanupSpec() {
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    /** a city scoring run with RISK_SCORES units on the 重点关注 list (the generated units), so that list has rows */
    void generateRiskRun() {
        ec.artifactExecution.disableAuthz()
        try {
            if (ec.entity.find('hpf.compliance.UnitRiskScore').condition('riskRunId', RISK_RUN).count() == RISK_SCORES) return
            ec.entity.find('hpf.compliance.UnitRiskScore').condition('riskRunId', RISK_RUN).deleteAll()
            ec.entity.find('hpf.compliance.RiskScoringRun').condition('riskRunId', RISK_RUN).deleteAll()
            Timestamp now = new Timestamp(System.currentTimeMillis())
            ec.entity.makeValue('hpf.compliance.RiskScoringRun').setAll([riskRunId: RISK_RUN, asOfMonth: '2026-10',
                    unitsRead: 100000L, unitsScored: 90000L, unitsFlagged: (long) RISK_SCORES, storedCount: (long) RISK_SCORES,
                    startedDate: now, completedDate: now, durationMillis: 1000L]).create()
            for (int i = 0; i < RISK_SCORES; i++) {
                String n = String.format('%06d', i * 29)
                ec.entity.makeValue('hpf.compliance.UnitRiskScore').setAll([riskRunId: RISK_RUN, unitId: 'HPFB_U' + n,
                        branchId: DashboardBenchmark.BRANCHES[(i * 29) % DashboardBenchmark.BRANCHES.size()], asOfMonth: '2026-10',
                        rankNum: (long) (i + 1), riskScore: new BigDecimal(95 - i * 60.0 / RISK_SCORES).setScale(1, java.math.RoundingMode.HALF_UP),
                        reasonCodes: 'LATE_DRIFT', reasonText: '缴存日逐月推后：近 6 个月平均推后 12 天\n缴存人数下降 20%']).create()
            }
        } finally {
            ec.artifactExecution.enableAuthz()
        }
    }

    /** rows the user would see in a list (branch users: their branch), for the page 90 % of the way down */
    long rowsFor(String entityName, String username, Map conditions = [:]) {
        def find = ec.entity.find(entityName).condition(conditions).disableAuthz()
        if (username != 'hpf.office') find.condition('branchId', 'YQ01')
        return find.count()
    }

    static int deepPage(long rows) { Math.max(0, (int) ((rows * 9L).intdiv(10L * PAGE_SIZE))) }

    /** the cases: [screen path, case label, parameters] for a user */
    List<List> cases(String username) {
        String demoRich = 'YQ2026T295'
        String benchRich = ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: DashboardBenchmark.CAMPAIGN,
                branchId: 'YQ01', statusId: 'HpfTgtEnforcing']).orderBy('targetId').limit(1).disableAuthz().list()[0]?.targetId
        long targets = rowsFor('hpf.compliance.CampaignTarget', username)
        long actions = rowsFor('hpf.compliance.EnforcementAction', username)
        long notices = rowsFor('hpf.compliance.GuidanceNotice', username)
        long apps = rowsFor('hpf.compliance.RegularizationApplication', username)
        long alerts = rowsFor('hpf.compliance.ArrearsAlert', username)
        long units = rowsFor('hpf.compliance.EmployerUnit', username)
        long detail = rowsFor('hpf.compliance.CampaignTarget', username, [campaignId: DashboardBenchmark.CAMPAIGN])
        return [
            ['Target/FindTarget', 'first page', [:]],
            ['Target/FindTarget', 'filter: status 已送达 + name contains', [statusId: 'HpfTgtServed', unitName: '单位0001', unitName_op: 'contains']],
            ['Target/FindTarget', 'filter: overdue only', [overdue: 'Y']],
            ['Target/FindTarget', 'filter: unassigned, by months owed', [assignedFilter: 'NONE', orderByField: '-owedMonths']],
            ['Target/FindTarget', "page ${deepPage(targets)} of ${targets} rows".toString(), [pageIndex: deepPage(targets)]],
            ['Enforcement/FindEnforcement', 'first page', [:]],
            ['Enforcement/FindEnforcement', '期限届满仍未缴存 (overdueOnly)', [overdueOnly: 'Y']],
            ['Enforcement/FindEnforcement', 'filter: status issued', [statusId: 'HpfEnfIssued']],
            ['Enforcement/FindEnforcement', "page ${deepPage(actions)} of ${actions} rows".toString(), [pageIndex: deepPage(actions)]],
            ['Notice/FindNotice', 'first page', [:]],
            ['Notice/FindNotice', 'filter: status issued + name contains', [statusId: 'HpfNtcIssued', unitName: '单位0001', unitName_op: 'contains']],
            ['Notice/FindNotice', "page ${deepPage(notices)} of ${notices} rows".toString(), [pageIndex: deepPage(notices)]],
            ['Application/FindApplication', 'first page', [:]],
            ['Application/FindApplication', 'filter: overdue step only', [overdueOnly: 'Y']],
            ['Application/FindApplication', "page ${deepPage(apps)} of ${apps} rows".toString(), [pageIndex: deepPage(apps)]],
            ['Monitoring/FindAlert', 'first page', [:]],
            ['Monitoring/FindAlert', 'filter: overdue only', [overdue: 'Y']],
            ['Monitoring/FindAlert', "page ${deepPage(alerts)} of ${alerts} rows".toString(), [pageIndex: deepPage(alerts)]],
            ['Monitoring/WatchList', "重点关注 (${RISK_SCORES} scores, first page)".toString(), [:]],
            ['Unit/FindUnit', 'first page', [:]],
            ['Unit/FindUnit', 'filter: name contains', [unitName: '单位0001', unitName_op: 'contains']],
            ['Unit/FindUnit', "page ${deepPage(units)} of ${units} rows".toString(), [pageIndex: deepPage(units)]],
            ['Survey/DetailTable', 'HPFB_BENCH first page', [campaignId: DashboardBenchmark.CAMPAIGN]],
            ['Survey/DetailTable', "HPFB_BENCH page ${deepPage(detail)} of ${detail} rows".toString(), [campaignId: DashboardBenchmark.CAMPAIGN, pageIndex: deepPage(detail)]],
            ['Survey/SummaryTable', 'HPFB_BENCH', [campaignId: DashboardBenchmark.CAMPAIGN]],
            ['Target/TargetDetail', "${demoRich} (demo, order + court case)".toString(), [targetId: demoRich]],
            ['Target/TargetDetail', "${benchRich} (generated, enforcing)".toString(), [targetId: benchRich]],
            ['Campaign/CampaignDashboard', 'HPFB_BENCH', [campaignId: DashboardBenchmark.CAMPAIGN]],
            ['Home', 'home page', [:]],
        ]
    }

    /** warm-ups then timed renders: [median, max, cpu median, output length]; one render only when it is very slow */
    static List<Long> time(Closure<Integer> c) {
        def os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        List<Long> wall = [], cpu = []
        int size = 0
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            long t = System.nanoTime(), p = os.getProcessCpuTime()
            size = c()
            long w = (System.nanoTime() - t).intdiv(1_000_000L) as long
            if (i >= WARMUPS || w > SLOW_MS) {
                wall.add(w); cpu.add((os.getProcessCpuTime() - p).intdiv(1_000_000L) as Long)
            }
            if (w > SLOW_MS) break
        }
        wall.sort(); cpu.sort()
        return [wall[(int) (wall.size() / 2)], wall[-1], cpu[(int) (cpu.size() / 2)], (long) size]
    }

    def "worklists, target page and dashboard with 100,000 targets"() {
        when:
        DashboardBenchmark.generate(ec)
        generateRiskRun()
        // a database made before an index was declared lacks it (Moqui creates indexes with their table only): create the
        // missing ones, as README tells an existing install to (-Dhpf.bench.createIndexes=false measures without them)
        if (System.getProperty('hpf.bench.createIndexes', 'true') == 'true') {
            long t0 = System.currentTimeMillis()
            int created = ((org.moqui.impl.entity.EntityFacadeImpl) ec.entity).getEntityDbMeta().createIndexesForExistingTables()
            println "BENCH created ${created} missing indexes in ${System.currentTimeMillis() - t0} ms"
        }
        List rows = []
        String only = System.getProperty('hpf.bench.only')
        for (String user in ['hpf.office', 'hpf.chengqu']) {
            List<List> userCases = cases(user)
            ec.user.internalLoginUser(user)
            // a list page size the user once asked for (a render or REST call with pageSize is kept by Moqui as the
            // preference screen.user.page.size) would make every "first page" that long: measure the lists' defaults
            String keptPageSize = ec.user.getPreference(PAGE_SIZE_KEY)
            if (keptPageSize != null) ec.user.setPreference(PAGE_SIZE_KEY, null)
            ScreenTest screenTest = ec.screen.makeTest().baseScreenPath('apps/hpf')
            // the first render of a screen compiles it (and warms the caches): once per screen before any timing
            for (String path in userCases.collect { it[0] as String }.unique()) {
                screenTest.render(path, (userCases.find { it[0] == path }[2] as Map) + [lastStandalone: '-2'], null)
                ec.message.clearAll()
            }
            for (List c in userCases) {
                if (only && !(c[0] as String).contains(only)) continue
                List<String> errors = []
                List<Long> t = time {
                    def str = screenTest.render(c[0] as String, (c[2] as Map) + [lastStandalone: '-2'], null)
                    errors = str.errorMessages
                    return str.output?.length() ?: 0
                }
                rows.add([c[0], c[1], user] + t + [errors ? errors[0].take(80) : ''])
                println "BENCH ${c[0]} | ${c[1]} | ${user} | median ${t[0]} ms max ${t[1]} ms cpu ${t[2]} ms | ${t[3]} chars ${errors ? 'ERRORS ' + errors : ''}"
                ec.message.clearAll()
            }
            if (keptPageSize != null) ec.user.setPreference(PAGE_SIZE_KEY, keptPageSize)
            ec.user.logoutUser()
        }
        String load = String.format('%.1f', java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
        String db = '?'
        try { db = ((org.moqui.impl.entity.EntityFacadeImpl) ec.entity).getDatabaseNode('transactional')?.attribute('name') } catch (Throwable ignored) { }
        List<String> table = ["Database ${db}; ${RUNS} runs after ${WARMUPS} warm-up; load average ${load} on ${Runtime.runtime.availableProcessors()} cores".toString(),
                '', '| screen | case | user | wall median / max (ms) | CPU (ms) | chars |', '|---|---|---|---|---|---|']
        rows.each { r -> table.add("| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} / ${r[4]} | ${r[5]} | ${String.format('%,d', r[6] as long)}${r[7] ? ' ' + r[7] : ''} |".toString()) }
        table.each { println "BENCH ${it}" }
        new File(System.getProperty('moqui.runtime') ?: '.', 'render-benchmark.md').text = table.join('\n') + '\n'

        then:
        rows.size() > 0
    }
}
