package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * Two uploads at the same moment, each in a thread of its own with its own ExecutionContext: the same export twice
 * (two clerks, a double click) is imported once and the second upload is refused, naming the running batch; two
 * different files holding the same rows both complete, the rows written once. Never a raw database error, nothing
 * doubled, nothing lost. 300 units of a test branch of its own, 24 months of remittances (7,200 rows, 15 batches).
 */
class ImportConcurrencyTests extends HpfSpec {
    static final String BRANCH = 'HPFT_BI'
    static final String ACCOUNT_PREFIX = 'T995'
    static final int UNITS = 300
    static final List<String> FILES = ['concurrent-units.csv', 'concurrent-remittances.csv', 'concurrent-2026-a.csv',
            'concurrent-2026-b.csv']

    void setupFixtures() {
        clean()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH, branchCode: 'TSTI', branchName: '导入并发测试部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 909]).createOrUpdate()
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
        StringBuilder units = new StringBuilder('单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n')
        for (int u = 1; u <= UNITS; u++) units.append("${account(u)},并发导入测试单位${u},,导入并发测试部,正常,2024-01-05,,10,1000.00,12%,12%\n")
        Map out = ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpUnits',
                fileName: 'concurrent-units.csv', fileText: units.toString()]).call()
        assert out.createdRows == UNITS
    }

    void cleanFixtures() { clean() }

    static String account(int u) { ACCOUNT_PREFIX + String.format('%06d', u) }

    /** Remittances of every test unit for the months from..thru (yyyyMM), fully paid; lineEnd '\n' or '\r\n'. */
    static String remittances(int from, int thru, String lineEnd) {
        StringBuilder sb = new StringBuilder('单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期').append(lineEnd)
        for (int u = 1; u <= UNITS; u++) {
            for (int m = from; m <= thru; m = (m % 100 == 12) ? m + 89 : m + 1) {
                String ym = String.valueOf(m)
                sb.append("${account(u)},${ym},汇缴,1000.00,1000.00,${ym[0..3]}-${ym[4..5]}-15").append(lineEnd)
            }
        }
        return sb.toString()
    }

    /** Runs the imports in threads of their own, released at the same moment; each result: out, errors, messages. */
    List<Map> importAtOnce(List<Map> uploads) {
        CountDownLatch ready = new CountDownLatch(uploads.size())
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(uploads.size())
        List<Map> results = Collections.synchronizedList([])
        uploads.each { Map upload ->
            Thread.start {
                ExecutionContext tec = Moqui.getExecutionContext()
                try {
                    tec.user.internalLoginUser(SurveyFixtures.IT_USER)
                    tec.artifactExecution.disableAuthz()
                    ready.countDown()
                    go.await(60, TimeUnit.SECONDS)
                    Map out = tec.service.sync().name('hpf.compliance.ImportServices.import#File')
                            .parameters([importTypeEnumId: 'HpfImpRemittances'] + upload).call()
                    results.add([fileName: upload.fileName, out: out ?: [:], errors: new ArrayList(tec.message.errors),
                            messages: new ArrayList(tec.message.messages)])
                } catch (Throwable t) {
                    results.add([fileName: upload.fileName, out: [:], errors: [t.toString()], messages: []])
                } finally {
                    tec.message.clearAll()
                    if (tec.user.userId) tec.user.logoutUser()
                    tec.destroy()
                    done.countDown()
                }
            }
        }
        ready.await(60, TimeUnit.SECONDS)
        go.countDown()
        done.await(600, TimeUnit.SECONDS)
        return results
    }

    long remittanceCount(String fromMonth, String thruMonth) {
        List unitIds = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', ACCOUNT_PREFIX + '%')
                .useCache(false).list()*.unitId
        return ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', unitIds)
                .condition('remitMonth', '>=', fromMonth).condition('remitMonth', '<=', thruMonth).count()
    }

    static boolean raw(Map result) {
        return (result.errors + result.messages + [result.out.errorText]).any { it != null &&
                (it.toString().contains('23505') || it.toString().contains('record already exists') || it.toString().contains('Error creating')) }
    }

    def "the same export uploaded twice at once is imported once; the second upload is refused naming the running batch"() {
        given:
        String text = remittances(202401, 202512, '\n')
        int rows = UNITS * 24

        when:
        List<Map> results = importAtOnce([[fileName: 'concurrent-remittances.csv', fileText: text],
                                          [fileName: 'concurrent-remittances.csv', fileText: text]])
        Map imported = results.find { it.out.importBatchId }
        Map refused = results.find { !it.out.importBatchId }
        List batches = ec.entity.find('hpf.compliance.ImportBatch').condition('fileName', 'concurrent-remittances.csv').useCache(false).list()

        then: "one batch imports every row"
        results.size() == 2
        imported != null
        imported.errors.isEmpty()
        imported.out.statusId == 'HpfImbCompleted'
        imported.out.createdRows == rows
        imported.out.rejectedRows == 0

        and: "the other is refused up front, in Chinese, naming the running batch, and leaves no batch behind"
        refused != null
        refused.errors.size() == 1
        refused.errors[0].contains('同一文件正在以批次 ' + imported.out.importBatchId + ' 导入')
        batches.size() == 1
        batches[0].statusId == 'HpfImbCompleted'
        batches[0].contentHash != null

        and: "nothing doubled, nothing lost, no raw database error"
        !results.any { raw(it) }
        remittanceCount('2024-01', '2025-12') == rows

        when: "the same file once more, after the first has finished"
        Map again = ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpRemittances',
                fileName: 'concurrent-remittances.csv', fileText: text]).call()

        then: "it is accepted and finds every row unchanged"
        !ec.message.hasError()
        again.statusId == 'HpfImbCompleted'
        again.createdRows == 0
        again.updatedRows == 0
        again.unchangedRows == rows
    }

    def "two different files with the same rows at once both complete and write each row once"() {
        given: "the same 2026 rows, once with Windows line ends: another file, the same data"
        int rows = UNITS * 12

        when:
        List<Map> results = importAtOnce([[fileName: 'concurrent-2026-a.csv', fileText: remittances(202601, 202612, '\n')],
                                          [fileName: 'concurrent-2026-b.csv', fileText: remittances(202601, 202612, '\r\n')]])

        then:
        results.size() == 2
        results.every { it.errors.isEmpty() && it.out.statusId == 'HpfImbCompleted' }
        results.every { it.out.createdRows + it.out.unchangedRows == rows && it.out.updatedRows == 0 && it.out.rejectedRows == 0 }
        results.sum { it.out.createdRows } == rows
        !results.any { raw(it) }
        remittanceCount('2026-01', '2026-12') == rows
    }

    void clean() { removeImportFixtures(ACCOUNT_PREFIX, FILES, BRANCH) }
}
