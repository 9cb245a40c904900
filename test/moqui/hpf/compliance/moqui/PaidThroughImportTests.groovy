package hpf.compliance.moqui

import hpf.compliance.core.Months
import hpf.compliance.core.account.AccountStatus
import hpf.compliance.core.account.BusinessType
import hpf.compliance.core.account.Money
import hpf.compliance.core.account.RemittanceLine
import hpf.compliance.core.account.UnitAccount
import hpf.compliance.core.screening.ScreeningParams
import hpf.compliance.core.screening.UnitScreener
import org.moqui.entity.EntityValue
import spock.lang.Stepwise

import java.sql.Timestamp
import java.time.YearMonth

/**
 * The paid-through month (缴至年月) after an import, recomputed with JDBC (UnitServices.update#UnitsPaidThrough over core
 * PaidThroughStore): a unit with a gap is paid through the month before it, a unit whose month does not change is not
 * written, the months are those the former entity-facade computation gives (it is replayed here over entity values),
 * and the units whose month changed go to the search feed when it is the push feed. 12 units of a test branch.
 */
@Stepwise
class PaidThroughImportTests extends HpfSpec {
    static final String BRANCH = 'HPFT_PAID'
    static final String PREFIX = 'T997'
    static final int UNITS = 12
    static final List<String> FILES = ['paidthru-units.csv', 'paidthru-a.csv', 'paidthru-b.csv']

    void setupFixtures() {
        clean()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH, branchCode: 'TSTPT', branchName: '缴至年月测试部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 909]).createOrUpdate()
        loginAs('hpf.it')
        StringBuilder units = new StringBuilder('单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例\n')
        for (int u = 1; u <= UNITS; u++) {
            String status = u == 10 ? '封存' : '正常'
            String sealed = u == 10 ? '2025-03-20' : ''
            units.append("${account(u)},缴至测试单位${u},,缴至年月测试部,${status},2024-01-05,${sealed},10,1000.00,12%,12%\n")
        }
        assert importFile('paidthru-units.csv', 'HpfImpUnits', units.toString()).createdRows == UNITS
    }

    void cleanFixtures() { clean() }

    static String account(int u) { PREFIX + String.format('%06d', u) }

    Map importFile(String name, String type, String text) {
        return ec.service.sync().name('hpf.compliance.ImportServices.import#File')
                .parameters([importTypeEnumId: type, fileName: name, fileText: text]).call() ?: [:]
    }

    static String line(int u, YearMonth m, String type, String due, String paid) {
        "${account(u)},${m.toString().replace('-', '')},${type},${due},${paid},${m.atDay(15)}\n"
    }

    /** 2024-01 … thru, paid in full, except the months of {@code short} paid 400.00 of 1000.00. */
    static String paidRows(int u, YearMonth thru, List<YearMonth> shortMonths = []) {
        StringBuilder sb = new StringBuilder()
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(thru); m = m.plusMonths(1))
            sb.append(line(u, m, '汇缴', '1000.00', m in shortMonths ? '400.00' : '1000.00'))
        return sb.toString()
    }

    static final String HEADER = '单位账号,缴存年月,业务类型,应缴金额,实缴金额,缴款日期\n'

    EntityValue unit(int u) {
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', account(u)).useCache(false).one()
    }

    List<String> unitIds() {
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', PREFIX + '%').useCache(false).list()*.unitId
    }

    /**
     * The former update#UnitsPaidThrough, as it was before the JDBC rewrite: remittances and units read as entity
     * values, the same rule; the month of each unit it would have set (units it would leave are absent).
     */
    Map<String, String> formerMonths(List<String> ids) {
        YearMonth assess = hpf.compliance.core.CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).month().minusMonths(1)
        UnitScreener screener = new UnitScreener(ScreeningParams.of(assess, assess, ScreeningParams.DEFAULT_STOP_MONTHS))
        Map statusByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfAccountStatus').useCache(true)
                .list().collectEntries { [(it.enumId): AccountStatus.fromText(it.enumCode)] }
        Map typeByEnumId = ec.entity.find('moqui.basic.Enumeration').condition('enumTypeId', 'HpfRemitType').useCache(true)
                .list().collectEntries { [(it.enumId): BusinessType.fromText(it.enumCode)] }
        Map<String, List<RemittanceLine>> linesByUnit = [:]
        for (r in ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', ids).useCache(false).list()) {
            linesByUnit.computeIfAbsent(r.unitId as String, { [] }).add(new RemittanceLine(r.unitId, Months.parseIndex(r.remitMonth),
                    typeByEnumId[r.remitTypeEnumId] ?: BusinessType.REGULAR, Money.toCents(r.dueAmount), Money.toCents(r.paidAmount), null, 0L))
        }
        Map<String, String> months = [:]
        for (u in ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', ids).useCache(false).list()) {
            List<RemittanceLine> lines = linesByUnit[u.unitId as String]
            if (u.openedDate == null || !lines) continue
            UnitAccount account = UnitAccount.of(u.unitId, null, null, statusByEnumId[u.accountStatusEnumId] ?: AccountStatus.OTHER,
                    u.openedDate.toLocalDate(), u.sealedClosedDate?.toLocalDate(), 0, (u.monthlyDueAmount ?: BigDecimal.ZERO) as BigDecimal)
            months[u.unitId as String] = Months.formatIndex(screener.paidThroughIndex(account, lines))
        }
        return months
    }

    def "after an import each unit is paid through the month the former facade computation gives, a gap ends it"() {
        given: "units 1-9 paid to 2025-12 (unit 2 short in 2024-06, unit 3 only to 2025-06, unit 4 a back payment), 10 sealed, 11-12 none"
        StringBuilder text = new StringBuilder(HEADER)
        for (int u = 1; u <= 10; u++) {
            if (u == 2) text.append(paidRows(u, YearMonth.of(2025, 12), [YearMonth.of(2024, 6)]))
            else if (u == 3) text.append(paidRows(u, YearMonth.of(2025, 6)))
            else if (u == 4) text.append(paidRows(u, YearMonth.of(2025, 12), [YearMonth.of(2025, 2)]))
                    .append(line(u, YearMonth.of(2025, 2), '补缴', '600.00', '600.00'))
            else text.append(paidRows(u, YearMonth.of(2025, 12)))
        }

        when:
        Map out = importFile('paidthru-a.csv', 'HpfImpRemittances', text.toString())
        Map<String, String> former = formerMonths(unitIds())

        then:
        !ec.message.hasError()
        out.statusId == 'HpfImbCompleted'
        unit(1).paidThroughMonth == '2025-12'
        unit(2).paidThroughMonth == '2024-05'     // underpaid 2024-06, paid again later
        unit(3).paidThroughMonth == '2025-06'
        unit(4).paidThroughMonth == '2025-12'     // 2025-02 settled by its back payment
        unit(10).paidThroughMonth == '2025-02'    // sealed on 2025-03-20: its last obligation month is 2025-02
        unit(11).paidThroughMonth == null         // no remittance: left as it is
        unit(12).paidThroughMonth == null

        and: "the same month as the former entity-facade code for every unit it would have set"
        former.size() == 10
        former.every { id, month -> ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', id).useCache(false).one().paidThroughMonth == month }

        and: "with its lastUpdatedStamp set"
        unit(2).lastUpdatedStamp != null
    }

    def "a later import writes only the units whose month changed"() {
        given: "unit 2 gets a month after its gap (its month stays), unit 3 gets 2025-07 to 2025-12 (its month moves)"
        Timestamp stamp2 = unit(2).lastUpdatedStamp as Timestamp, stamp1 = unit(1).lastUpdatedStamp as Timestamp
        Thread.sleep(20)
        StringBuilder text = new StringBuilder(HEADER).append(line(2, YearMonth.of(2026, 1), '汇缴', '1000.00', '1000.00'))
        for (YearMonth m = YearMonth.of(2025, 7); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1))
            text.append(line(3, m, '汇缴', '1000.00', '1000.00'))

        when:
        Map out = importFile('paidthru-b.csv', 'HpfImpRemittances', text.toString())

        then:
        !ec.message.hasError()
        out.createdRows == 7
        unit(2).paidThroughMonth == '2024-05'
        unit(2).lastUpdatedStamp == stamp2                   // touched by the import, month unchanged: not written
        unit(1).lastUpdatedStamp == stamp1                   // not touched at all
        unit(3).paidThroughMonth == '2025-12'
        (unit(3).lastUpdatedStamp as Timestamp).after(stamp2)
        formerMonths(unitIds()).every { id, month -> ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', id).useCache(false).one().paidThroughMonth == month }
    }

    def "the service answers the units it changed, and hands them to the search feed when it is the push feed"() {
        given: "units 1-3 without their month again"
        List<String> ids = (1..3).collect { unit(it).unitId as String }
        Map<String, String> before = ids.collectEntries { [(it): ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', it).useCache(false).one().paidThroughMonth] }
        ids.each { ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: it, paidThroughMonth: null]).update() }
        EntityValue feed = ec.entity.find('moqui.entity.feed.DataFeed').condition('dataFeedId', 'HpfSearch').useCache(false).one()
        String feedType = feed.dataFeedTypeEnumId

        when: "with the pull feed (no search cluster), then again with the push feed"
        Map pull = ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough').parameters([unitIds: unitIds()]).call()
        Map again = ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough').parameters([unitIds: unitIds()]).call()
        ids.each { ec.entity.makeValue('hpf.compliance.EmployerUnit').setAll([unitId: it, paidThroughMonth: null]).update() }
        feed.set('dataFeedTypeEnumId', 'DTFDTP_RT_PUSH').update()
        Map push = ec.service.sync().name('hpf.compliance.UnitServices.update#UnitsPaidThrough').parameters([unitIds: unitIds() + ids + [null]]).call()
        Map docs = ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedUnits').parameters([unitIds: ids]).call()

        then:
        !ec.message.hasError()
        pull.updatedCount == 3
        pull.searchDocumentCount == 0
        again.updatedCount == 0
        push.updatedCount == 3
        push.searchDocumentCount == 3
        docs.documentCount == 3
        ids.every { ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', it).useCache(false).one().paidThroughMonth == before[it] }

        cleanup:
        feed.set('dataFeedTypeEnumId', feedType).update()
    }

    void clean() { removeImportFixtures(PREFIX, FILES, BRANCH) }
}
