package hpf.compliance.moqui

import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Stepwise

import java.sql.Connection
import java.sql.PreparedStatement
import java.sql.Timestamp
import java.time.YearMonth

/**
 * Imports after the move to core and JDBC batches (ImportRun, RemittanceStore): a background import records its
 * progress in its ImportBatch as it goes and ends with the counts of a synchronous one; a second background start of
 * the same type is refused in Chinese, through the service and REST, while one runs; a run without progress for the
 * stale time holds up no one and is marked failed; the month's 缴存人数 and 封存人数 are stored, kept when a later export
 * lacks them, and feed the early warning's signals; a re-import changes nothing; bad rows are reported by line while
 * the good rows are kept; a file above the size limit is stored on the file system, not in the database. 120 units of
 * a test branch of their own, 24 months each.
 */
@Stepwise
class ImportProgressTests extends HpfSpec {
    static final String BRANCH = 'HPFT_BP'
    static final String PREFIX = 'T996'
    static final int UNITS = 120
    static final String USER = 'hpf.it'
    static final List<String> FILES = ['progress-units.csv', 'progress-a.csv', 'progress-b.csv', 'progress-c.csv',
            'progress-heads.csv', 'progress-heads-2.csv', 'progress-bad.csv', 'progress-big.csv']

    void setupFixtures() {
        clean()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH, branchCode: 'TSTP', branchName: '导入进度测试部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 908]).createOrUpdate()
        loginAs(USER)
        StringBuilder units = new StringBuilder('单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n')
        for (int u = 1; u <= UNITS; u++) units.append("${account(u)},进度测试单位${u},,导入进度测试部,正常,2024-01-05,,50,10000.00,12%,12%\n")
        Map out = importFile('HpfImpUnits', 'progress-units.csv', units.toString(), [:])
        assert out.createdRows == UNITS
    }

    void cleanFixtures() { clean() }

    static String account(int u) { PREFIX + String.format('%06d', u) }

    Map importFile(String type, String name, String text, Map more) {
        return ec.service.sync().name('hpf.compliance.ImportServices.import#File')
                .parameters([importTypeEnumId: type, fileName: name, fileText: text] + more).call() ?: [:]
    }

    /** Remittances of the test units, fully paid on the 15th, from..thru; extra columns by (unit, month) when given. */
    static String remittances(YearMonth from, YearMonth thru, Closure<String> extra = null) {
        StringBuilder sb = new StringBuilder('单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期')
        if (extra) sb.append(',缴存人数,封存人数')
        sb.append('\n')
        for (int u = 1; u <= UNITS; u++) {
            for (YearMonth m = from; !m.isAfter(thru); m = m.plusMonths(1)) {
                sb.append("${account(u)},${m.toString().replace('-', '')},汇缴,10000.00,10000.00,${m.atDay(15)}")
                if (extra) sb.append(',').append(extra(u, m))
                sb.append('\n')
            }
        }
        return sb.toString()
    }

    EntityValue batch(String id) { ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', id).useCache(false).one() }

    /** Reads the batch until it is no longer running; the snapshots of [statusId, totalRows, createdRows, rejectedRows]. */
    List<List> watch(String id) {
        List<List> seen = []
        long until = System.currentTimeMillis() + 300_000
        while (System.currentTimeMillis() < until) {
            EntityValue b = batch(id)
            seen.add([b.statusId, b.totalRows ?: 0L, b.createdRows ?: 0L, b.rejectedRows ?: 0L])
            if (b.statusId != 'HpfImbRunning') break
            Thread.sleep(5)
        }
        return seen
    }

    List<String> unitIds() {
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', PREFIX + '%').useCache(false).list()*.unitId
    }

    EntityValue remittance(int u, String month) {
        String unitId = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', account(u)).useCache(false).one().unitId
        return ec.entity.find('hpf.compliance.UnitRemittance').condition([unitId: unitId, remitMonth: month, remitTypeEnumId: 'HpfRtRegular'])
                .useCache(false).one()
    }

    def "a background import records rows done and errors so far in its batch while it runs, and ends with the counts"() {
        given: "2,880 rows in transactions of 40 rows"
        String text = remittances(YearMonth.of(2024, 1), YearMonth.of(2025, 12))
        int rows = UNITS * 24

        when:
        Map out = importFile('HpfImpRemittances', 'progress-a.csv', text, [background: true, batchSize: 40])
        List<List> seen = watch(out.importBatchId as String)
        EntityValue done = batch(out.importBatchId as String)

        then: "the service answers at once with the running batch"
        !ec.message.hasError()
        out.importBatchId
        out.statusId == 'HpfImbRunning'

        and: "the batch showed rows done while running, never going back"
        seen.any { it[0] == 'HpfImbRunning' && it[1] > 0 && it[1] < rows && it[2] > 0 }
        (1..<seen.size()).every { seen[it][1] >= seen[it - 1][1] }

        and: "it ends completed with every row"
        done.statusId == 'HpfImbCompleted'
        done.totalRows == rows
        done.createdRows == rows
        done.acceptedRows == rows
        done.rejectedRows == 0
        done.completedDate != null
        done.startedDate != null
    }

    def "the batch page shows the rate and, while running, refreshes itself"() {
        when:
        String id = ec.entity.find('hpf.compliance.ImportBatch').condition('fileName', 'progress-a.csv').useCache(false).one().importBatchId
        ScreenTestRender done = appTest.render('Import/ImportBatchDetail', [importBatchId: id], null)
        withoutAuthz { ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: id, statusId: 'HpfImbRunning']).update() }
        ScreenTestRender running = appTest.render('Import/ImportBatchDetail', [importBatchId: id], null)
        withoutAuthz { ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: id, statusId: 'HpfImbCompleted']).update() }

        then:
        !done.errorMessages
        done.output.contains('导入速度')
        !done.output.contains('window.location.reload')
        !running.errorMessages
        running.output.contains('window.location.reload')
        running.output.contains('导入正在进行')
    }

    def "a second background import of the same type is refused in Chinese while one runs, through the service and REST"() {
        given: "a long run: 2,880 rows in transactions of 10"
        String text = remittances(YearMonth.of(2024, 1), YearMonth.of(2025, 12)).replace('10000.00,10000.00', '10000.00,9000.00')

        when:
        Map first = importFile('HpfImpRemittances', 'progress-b.csv', text, [background: true, batchSize: 10])
        Map second = importFile('HpfImpRemittances', 'progress-c.csv', remittances(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), [background: true])
        List<String> serviceErrors = errors()
        ec.message.clearAll()
        ScreenTestRender rest = restTest.render('s1/hpf/imports', [importTypeEnumId: 'HpfImpRemittances', fileName: 'progress-c.csv',
                fileText: remittances(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), background: 'true', moquiSessionToken: 'TestSessionToken'], 'post')
        ec.message.clearAll()
        List<List> seen = watch(first.importBatchId as String)

        then: "the first was running all along"
        seen.size() > 1
        seen[-1][0] == 'HpfImbCompleted'

        and: "the second is refused up front naming the running batch, and leaves no batch behind"
        !second.importBatchId
        serviceErrors.size() == 1
        serviceErrors[0].contains('同类导入正在以批次 ' + first.importBatchId)
        rest.errorMessages.any { it.contains('同类导入正在以批次 ' + first.importBatchId) }
        ec.entity.find('hpf.compliance.ImportBatch').condition('fileName', 'progress-c.csv').useCache(false).count() == 0

        when: "once the first has finished"
        Map later = importFile('HpfImpRemittances', 'progress-c.csv', remittances(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), [:])

        then: "the same start is accepted"
        !ec.message.hasError()
        later.statusId == 'HpfImbCompleted'
        later.createdRows == UNITS
    }

    def "a run without progress for the stale time holds up no one and is marked failed"() {
        given: "a running batch of the type whose last sign of life is two hours old (a server stopped in the middle)"
        String staleId = ec.entity.sequencedIdPrimary('hpf.compliance.ImportBatch', null, null)
        ec.entity.makeValue('hpf.compliance.ImportBatch').setAll([importBatchId: staleId, importTypeEnumId: 'HpfImpRemittances',
                statusId: 'HpfImbRunning', fileName: 'progress-big.csv', fileFormat: 'CSV', importedByUserId: ec.user.userId,
                startedDate: ec.user.nowTimestamp]).create()
        ec.transaction.runRequireNew(60, 'stale fixture', {
            Connection c = ec.entity.getConnection(ec.entity.getEntityGroupName('hpf.compliance.ImportBatch'))
            PreparedStatement ps = c.prepareStatement('UPDATE IMPORT_BATCH SET LAST_UPDATED_STAMP = ? WHERE IMPORT_BATCH_ID = ?')
            ps.setTimestamp(1, new Timestamp(ec.user.nowTimestamp.time - 2 * 3600_000L))
            ps.setString(2, staleId)
            assert ps.executeUpdate() == 1
            ps.close()
        })

        when:
        Map out = importFile('HpfImpRemittances', 'progress-c.csv', remittances(YearMonth.of(2026, 1), YearMonth.of(2026, 1)), [background: true])
        List<List> seen = watch(out.importBatchId as String)
        EntityValue stale = batch(staleId)

        then:
        !ec.message.hasError()
        seen[-1][0] == 'HpfImbCompleted'
        stale.statusId == 'HpfImbFailed'
        (stale.errorText as String).contains('导入已中断')
    }

    def "缴存人数 and 封存人数 are stored, kept when a later export lacks them, and a re-import changes nothing"() {
        given: "unit 1's sealed workers rise from 0 to 10 in 2026; unit 2's headcount falls from 50 to 35 in 2026-02"
        Closure<String> heads = { int u, YearMonth m ->
            int workers = u == 2 && m == YearMonth.of(2026, 2) ? 35 : 50
            int sealed = u == 1 && !m.isBefore(YearMonth.of(2026, 1)) ? 10 : 0
            "${workers},${sealed}".toString()
        }
        // from 2024-01: the months the refused-start feature left underpaid are paid again, so the units owe nothing
        String text = remittances(YearMonth.of(2024, 1), YearMonth.of(2026, 2), heads)

        when:
        Map first = importFile('HpfImpRemittances', 'progress-heads.csv', text, [:])
        EntityValue u1 = remittance(1, '2026-02'), u2 = remittance(2, '2026-02')
        Map again = importFile('HpfImpRemittances', 'progress-heads.csv', text, [:])
        Map without = importFile('HpfImpRemittances', 'progress-heads-2.csv', remittances(YearMonth.of(2026, 2), YearMonth.of(2026, 2)), [:])
        EntityValue u2After = remittance(2, '2026-02')

        then: "the headcounts are stored; the months that changed amounts or counts were updated"
        !ec.message.hasError()
        first.statusId == 'HpfImbCompleted'
        first.rejectedRows == 0
        first.createdRows + first.updatedRows + first.unchangedRows == UNITS * 26
        u1.workerCount == 50
        u1.sealedWorkerCount == 10
        u2.workerCount == 35
        u2.sealedWorkerCount == 0

        and: "the same file again changes nothing"
        again.statusId == 'HpfImbCompleted'
        again.createdRows == 0
        again.updatedRows == 0
        again.unchangedRows == UNITS * 26

        and: "an export without the columns keeps the stored headcounts"
        without.unchangedRows == UNITS
        u2After.workerCount == 35
        u2After.importBatchId == first.importBatchId
    }

    def "the falling-headcount and sealed-workers signals fire on the imported data"() {
        when:
        Map out = ec.service.sync().name('hpf.compliance.WarningServices.score#Units').parameters([asOfMonth: '2026-02', branchId: BRANCH]).call()
        Map<String, EntityValue> byUnit = ec.entity.find('hpf.compliance.UnitRiskScore').condition('riskRunId', out.riskRunId)
                .condition('unitId', 'in', unitIds()).useCache(false).list().collectEntries { [(it.unitId): it] }
        String u1 = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', account(1)).one().unitId
        String u2 = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', account(2)).one().unitId

        then:
        !ec.message.hasError()
        (byUnit[u2]?.reasonCodes as String)?.contains('HEADCOUNT_FALL')
        (byUnit[u2]?.reasonText as String)?.contains('缴存人数由 50 人降至 35 人')
        (byUnit[u1]?.reasonCodes as String)?.contains('SEALED_RISE')

        cleanup:
        if (out?.riskRunId) {
            ec.entity.find('hpf.compliance.UnitRiskScore').condition('riskRunId', out.riskRunId).deleteAll()
            ec.entity.find('hpf.compliance.RiskScoringRun').condition('riskRunId', out.riskRunId).deleteAll()
        }
    }

    def "bad rows are reported by line and the good rows of the same file are kept"() {
        given:
        String text = '单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期,缴存人数,封存人数\n' +
                "${account(3)},202603,汇缴,10000.00,10000.00,2026-03-15,50,0\n" +
                "T996999999,202603,汇缴,10000.00,10000.00,2026-03-15,50,0\n" +
                "${account(3)},2026-13,汇缴,10000.00,10000.00,2026-03-15,50,0\n" +
                "${account(4)},202603,汇缴,10000.00,10000.00,2026-03-15,五十,0\n" +
                "${account(4)},202603,汇缴,10000.00,10000.00,2026-03-15,50,0\n"

        when:
        Map out = importFile('HpfImpRemittances', 'progress-bad.csv', text, [:])
        List<EntityValue> errs = ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', out.importBatchId)
                .orderBy('errorSeqId').useCache(false).list()

        then:
        out.statusId == 'HpfImbCompleted'
        out.totalRows == 5
        out.createdRows == 2
        out.rejectedRows == 3
        errs.collect { [it.lineNumber as int, it.severity] } as Set == [[3, 'E'], [4, 'E'], [5, 'E']] as Set
        errs.find { it.lineNumber == 3 }.errorCode == 'UNIT_UNKNOWN'
        errs.find { it.lineNumber == 5 }.columnName == '缴存人数'
        remittance(3, '2026-03') != null
        remittance(4, '2026-03').workerCount == 50
    }

    def "a file above the size limit is stored on the file system, not in the database"() {
        given:
        String before = System.getProperty('hpf_upload_db_max_kb')
        System.setProperty('hpf_upload_db_max_kb', '1')
        String text = remittances(YearMonth.of(2026, 3), YearMonth.of(2026, 3))

        when:
        Map out
        try { out = importFile('HpfImpRemittances', 'progress-big.csv', text, [:]) }
        finally { before == null ? System.clearProperty('hpf_upload_db_max_kb') : System.setProperty('hpf_upload_db_max_kb', before) }
        String location = batch(out.importBatchId as String).fileLocation
        def ref = ec.resource.getLocationReference(location)

        then:
        text.length() > 1024
        out.statusId == 'HpfImbCompleted'
        out.createdRows == UNITS - 2 // units 3 and 4 have their 2026-03 row from the bad-rows feature
        out.unchangedRows == 2
        !location.startsWith('dbresource:')
        location.startsWith('runtime://hpf/uploads/imports/' + out.importBatchId + '/')
        ref.getFile() != null && ref.getFile().isFile()

        cleanup:
        try { ref?.getFile()?.parentFile?.deleteDir() } catch (Exception ignored) { }
    }

    void clean() { removeImportFixtures(PREFIX, FILES, BRANCH) }
}
