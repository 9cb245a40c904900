package hpf.compliance.bench

import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.IgnoreIf
import spock.lang.Shared
import spock.lang.Specification

import java.lang.management.ManagementFactory
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection
import java.sql.PreparedStatement

/**
 * Benchmark (not part of HpfComplianceSuite, not a timed test): the Moqui screening service on a generated city.
 * Generates 200,000 units × 36 months (-Dhpf.bench.units, -Dhpf.bench.months; CityGenerator, the command line's city,
 * about 7 million remittance rows) unless the database already holds them, loads them into EmployerUnit and
 * UnitRemittance with JDBC batches (a loader for the benchmark only, not the import service), then times
 * run#CampaignScreening on the campaign HPFS_BENCH (cut-off 2025-02, assessment 2026-02): a first run that creates
 * the targets and -Dhpf.bench.runs (default 2) more that refresh them. Prints "BENCH ..." lines: wall time and the
 * process's CPU time (all its threads: the run, the reminders it sends asynchronously, GC),
 * unit-months (remittance rows read) per second, units, targets, the peak heap used during the run (sampled every
 * 50 ms) against the maximum heap, and the machine's load average. A second feature times the paid-through recompute
 * (update#UnitsPaidThrough) over every unit of the city; -Dhpf.bench.only=screening (default), paidThrough or all
 * chooses which run. The city stays for the next run;
 * `run-specs.sh DEST --reload` gives the freshly loaded database back.
 */
class ScreeningVolumeBenchmark extends Specification {
    static final String CAMPAIGN = 'HPFS_BENCH'
    static final String PREFIX = 'HPFS'
    static final long UNITS = Long.getLong('hpf.bench.units', 200_000L)
    static final int MONTHS = Integer.getInteger('hpf.bench.months', 36)
    static final int RUNS = Integer.getInteger('hpf.bench.runs', 2)

    @Shared ExecutionContext ec

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        ec.user.internalLoginUser('hpf.it')
    }

    def cleanupSpec() {
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    static String load() {
        def os = ManagementFactory.getOperatingSystemMXBean()
        return String.format('%.2f', os.systemLoadAverage)
    }

    long count(String entity, String field) {
        return ec.entity.find(entity).condition(field, 'like', PREFIX + '%').useCache(false).count()
    }

    String column(String entity, String field) { ec.entity.getEntityDefinition(entity).getColumnName(field) }

    String table(String entity) { ec.entity.getEntityDefinition(entity).getFullTableName() }

    /** Loads U.csv and R.csv of the generator into the tables, a transaction per 20,000 rows. */
    long loadCity(Path dir) {
        Map<String, String> branchByName = ec.entity.find('hpf.compliance.Branch').list().collectEntries { [(it.branchName): it.branchId] }
        String anyBranch = branchByName.values().first()
        Map<AccountStatus, String> statusEnum = [:]
        ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').list().each {
            statusEnum.putIfAbsent(AccountStatus.fromText(it.enumCode as String), it.enumId as String) }
        Map<BusinessType, String> typeEnum = [:]
        ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').list().each {
            typeEnum.putIfAbsent(BusinessType.fromText(it.enumCode as String), it.enumId as String) }
        String group = ec.entity.getEntityDefinition('hpf.compliance.UnitRemittance').getEntityGroupName()
        String u = 'hpf.compliance.EmployerUnit', r = 'hpf.compliance.UnitRemittance'
        String unitSql = "INSERT INTO ${table(u)} (${['unitId', 'unitAccountNo', 'unitName', 'usccCode', 'branchId', 'accountStatusEnumId', 'openedDate', 'sealedClosedDate', 'workerCount', 'monthlyDueAmount', 'lastUpdatedStamp'].collect { column(u, it) }.join(', ')}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        String remSql = "INSERT INTO ${table(r)} (${['unitId', 'remitMonth', 'remitTypeEnumId', 'dueAmount', 'paidAmount', 'paidDate', 'lastUpdatedStamp'].collect { column(r, it) }.join(', ')}) VALUES (?,?,?,?,?,?,?)"
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis())
        Closure<Long> loadFile = { Path file, String sql, Closure bind ->
            long rows = 0
            Files.newBufferedReader(file, StandardCharsets.UTF_8).withCloseable { reader ->
                reader.readLine() // header
                boolean more = true
                while (more) {
                    ec.transaction.runRequireNew(3600, 'bench load', {
                        Connection c = ec.entity.getConnection(group)
                        PreparedStatement ps = c.prepareStatement(sql)
                        try {
                            int n = 0
                            String line
                            while (n < 20_000 && (line = reader.readLine()) != null) {
                                bind(ps, line.split(',', -1))
                                ps.addBatch(); n++
                                if (n % 2000 == 0) ps.executeBatch()
                            }
                            ps.executeBatch()
                            rows += n
                            if (line == null) more = false
                        } finally { ps.close() }
                    })
                }
            }
            return rows
        }
        long t0 = System.currentTimeMillis()
        long units = loadFile(dir.resolve('U.csv'), unitSql) { PreparedStatement ps, String[] f ->
            ps.setString(1, PREFIX + f[0]); ps.setString(2, PREFIX + f[0]); ps.setString(3, f[1]); ps.setString(4, f[2])
            ps.setString(5, branchByName[f[3]] ?: anyBranch); ps.setString(6, statusEnum[AccountStatus.fromText(f[4])])
            ps.setDate(7, java.sql.Date.valueOf(f[5])); ps.setDate(8, f[6] ? java.sql.Date.valueOf(f[6]) : null)
            ps.setLong(9, f[7] as long); ps.setBigDecimal(10, new BigDecimal(f[8])); ps.setTimestamp(11, now)
        }
        long t1 = System.currentTimeMillis()
        long rems = loadFile(dir.resolve('R.csv'), remSql) { PreparedStatement ps, String[] f ->
            ps.setString(1, PREFIX + f[0]); ps.setString(2, f[1].substring(0, 4) + '-' + f[1].substring(4, 6))
            ps.setString(3, typeEnum[BusinessType.fromText(f[2])]); ps.setBigDecimal(4, new BigDecimal(f[3]))
            ps.setBigDecimal(5, new BigDecimal(f[4])); ps.setDate(6, f[5] ? java.sql.Date.valueOf(f[5]) : null); ps.setTimestamp(7, now)
        }
        long t2 = System.currentTimeMillis()
        println "BENCH loaded ${units} units in ${(t1 - t0) / 1000.0} s and ${rems} remittance rows in ${(t2 - t1) / 1000.0} s " +
                "(${(long) (rems * 1000.0 / Math.max(1, t2 - t1))} rows/s; benchmark loader, JDBC batches) load ${load()}"
        return rems
    }

    /** The generated city in the database: generated and loaded unless already there. */
    void ensureCity() {
        ec.artifactExecution.disableAuthz()
        if (count('hpf.compliance.EmployerUnit', 'unitId') != UNITS) {
            ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).deleteAll()
            ec.entity.find('hpf.compliance.ArrearsAlert').condition('unitId', 'like', PREFIX + '%').deleteAll()
            ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'like', PREFIX + '%').deleteAll()
            ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'like', PREFIX + '%').deleteAll()
            Path dir = Path.of(System.getProperty('hpf.bench.dir', System.getProperty('java.io.tmpdir') + '/hpf-screening-bench'))
            long t0 = System.currentTimeMillis()
            long rows = new CityGenerator(20260305L, MONTHS, hpf.compliance.core.Months.parseIndex('2026-02')).write(dir, UNITS)
            println "BENCH generated ${UNITS} units × ${MONTHS} months, ${rows} remittance rows in ${(System.currentTimeMillis() - t0) / 1000.0} s"
            loadCity(dir)
        } else {
            println "BENCH reusing the ${UNITS} generated units"
        }
    }

    @IgnoreIf({ System.getProperty('hpf.bench.only', 'screening') != 'screening' && System.getProperty('hpf.bench.only') != 'all' })
    def "the screening service on a generated city"() {
        given:
        ensureCity()
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '筛查性能基准',
                statusId: 'HpfCmpPlanned', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3]).createOrUpdate()
        long remittanceRows = ec.entity.find('hpf.compliance.UnitRemittance').useCache(false).count()
        long unitRows = ec.entity.find('hpf.compliance.EmployerUnit').useCache(false).count()
        String db = System.getenv('entity_ds_db_conf') ?: 'h2'
        List<Map> results = []

        when:
        for (int i = 0; i <= RUNS; i++) {
            System.gc()
            def memory = ManagementFactory.getMemoryMXBean()
            long peak = memory.heapMemoryUsage.used
            boolean sampling = true
            Thread sampler = Thread.start {
                while (sampling) { peak = Math.max(peak, memory.heapMemoryUsage.used); Thread.sleep(50) }
            }
            def os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()
            long cpu0 = os.processCpuTime
            long t0 = System.nanoTime()
            Map out = ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                    .parameters([campaignId: CAMPAIGN]).call()
            long nanos = System.nanoTime() - t0
            long cpuNanos = os.processCpuTime - cpu0
            sampling = false; sampler.join()
            if (ec.message.hasError()) throw new IllegalStateException(ec.message.errorsString)
            Map r = [run: i == 0 ? 'first (creates targets)' : 'again (refreshes targets)', seconds: nanos / 1e9,
                     unitMonthsPerSecond: (long) (remittanceRows / (nanos / 1e9)),
                     processCpuSeconds: cpuNanos / 1e9, unitMonthsPerCpuSecond: (long) (remittanceRows / (Math.max(1L, cpuNanos) / 1e9)), units: out.unitsScreened,
                     targets: out.targetCount, created: out.createdCount, updated: out.updatedCount,
                     alerts: out.alertCount, peakHeapMiB: peak >> 20, maxHeapMiB: memory.heapMemoryUsage.max >> 20, load: load()]
            results << r
            println "BENCH screening ${db} ${r}"
        }

        then:
        results.every { it.targets > 0 }
        println "BENCH database ${db}: ${unitRows} units, ${remittanceRows} remittance rows"
    }

    /**
     * The paid-through recompute (UnitServices.update#UnitsPaidThrough, assessment 2026-02) over every unit of the city:
     * as an import calls it (chunks of 5,000 unit ids: IN lists) and in one call (the full pass), each with every month
     * cleared first (so every unit with remittances is written, as after a first import), then once more in chunks
     * with nothing to change (a re-import). Run it alone with -Dhpf.bench.only=paidThrough (e.g. through
     * JAVA_TOOL_OPTIONS), or both with -Dhpf.bench.only=all. Prints wall, process CPU, units/s and the load average.
     */
    @IgnoreIf({ !(System.getProperty('hpf.bench.only') in ['paidThrough', 'all']) })
    def "the paid-through recompute on a generated city"() {
        given:
        ensureCity()
        String u = 'hpf.compliance.EmployerUnit'
        String group = ec.entity.getEntityDefinition(u).getEntityGroupName()
        List<String> ids = []
        ec.transaction.runRequireNew(600, 'bench ids', {
            Connection c = ec.entity.getConnection(group)
            c.createStatement().withCloseable { st ->
                st.executeQuery("SELECT ${column(u, 'unitId')} FROM ${table(u)} WHERE ${column(u, 'unitId')} LIKE '${PREFIX}%'").withCloseable { rs ->
                    while (rs.next()) ids << rs.getString(1) } }
        })
        Closure clear = {
            ec.transaction.runRequireNew(3600, 'bench clear', {
                ec.entity.getConnection(group).createStatement().withCloseable { it.executeUpdate(
                        "UPDATE ${table(u)} SET ${column(u, 'paidThroughMonth')} = NULL WHERE ${column(u, 'unitId')} LIKE '${PREFIX}%'") } })
        }
        String db = System.getenv('entity_ds_db_conf') ?: 'h2'
        List<Map> results = []

        when:
        for (String mode in ['chunks of 5,000 (as the import), every month cleared', 'one call (full pass), every month cleared',
                             'chunks of 5,000, nothing to change']) {
            if (mode.contains('cleared')) clear()
            System.gc()
            def os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()
            long cpu0 = os.processCpuTime
            long t0 = System.nanoTime()
            long updated = 0
            for (List chunk in (mode.startsWith('one') ? [ids] : ids.collate(5000))) {
                Map out = ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough')
                        .parameters([unitIds: chunk, assessMonth: '2026-02']).call()
                if (ec.message.hasError()) throw new IllegalStateException(ec.message.errorsString)
                updated += out.updatedCount as long
            }
            long nanos = System.nanoTime() - t0
            long cpuNanos = os.processCpuTime - cpu0
            Map r = [mode: mode, units: ids.size(), updated: updated, seconds: nanos / 1e9, unitsPerSecond: (long) (ids.size() / (nanos / 1e9)),
                     processCpuSeconds: cpuNanos / 1e9, unitsPerCpuSecond: (long) (ids.size() / (Math.max(1L, cpuNanos) / 1e9)), load: load()]
            results << r
            println "BENCH paid-through ${db} ${r}"
        }

        then:
        results[0].updated > 0
        results[0].updated == results[1].updated
        results[2].updated == 0
    }
}
