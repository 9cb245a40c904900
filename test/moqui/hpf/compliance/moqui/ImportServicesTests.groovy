package hpf.compliance.moqui

import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import spock.lang.Shared

import java.nio.charset.Charset
import java.nio.charset.StandardCharsets

/**
 * Import of the core system's exports through hpf.compliance.ImportServices: the small fixture under
 * test/unit/resources/survey (units of two test branches, 测试一部 HPFT_B1 and 测试二部 HPFT_B2) imported twice — the second
 * time nothing changes — rejected rows reported with line, column and a Chinese reason, and a branch user's file
 * with a row of another branch. Everything the spec creates is removed again (SurveyFixtures.clean).
 */
class ImportServicesTests extends HpfSpec {
    @Shared String firstUnitBatchId

    void setupFixtures() {
        SurveyFixtures.clean(ec)
        SurveyFixtures.setup(ec)
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
    }

    void cleanFixtures() { SurveyFixtures.clean(ec) }

    def "the unit fixture creates its units and reports the rejected rows with line numbers and reasons"() {
        when:
        Map out = SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-small.csv')
        firstUnitBatchId = out.importBatchId
        EntityValue batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', out.importBatchId).one()
        List<EntityValue> errors = ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', out.importBatchId)
                .orderBy('errorSeqId').list()
        EntityValue stopped = SurveyFixtures.unit(ec, 'T990000001')
        EntityValue byCode = SurveyFixtures.unit(ec, 'T990000002')

        then:
        !ec.message.hasError()
        out.statusId == 'HpfImbCompleted'
        out.totalRows == 7
        out.createdRows == 5
        out.updatedRows == 0
        out.unchangedRows == 0
        out.rejectedRows == 2
        out.warningRows == 0
        batch.acceptedRows == 5
        batch.importedByUserId == ec.user.userId
        batch.fileFormat == 'CSV'
        batch.detectedEncoding == 'UTF-8'
        batch.completedDate != null
        ec.resource.getLocationReference(batch.fileLocation as String).getExists()

        errors.collect { [it.lineNumber as int, it.columnName, it.errorCode, it.severity] } as Set ==
                [[6, '所属机构', 'BRANCH_UNKNOWN', 'E'], [7, '开户日期', 'DATE_IMPOSSIBLE', 'E']] as Set
        errors.every { (it.message as String) =~ /[\u4e00-\u9fa5]/ }
        errors.find { it.lineNumber == 6 }.rawValue == '不存在的管理部'

        // 所属机构 matched by name (测试一部) and by code (TST1)
        stopped.branchId == SurveyFixtures.BRANCH_1
        stopped.accountStatusEnumId == 'HpfAcsNormal'
        stopped.openedDate.toString() == '2024-01-10'
        stopped.workerCount == 10
        (stopped.monthlyDueAmount as BigDecimal).compareTo(new BigDecimal('1000')) == 0
        (stopped.employerRate as BigDecimal).compareTo(new BigDecimal('0.12')) == 0
        stopped.lastImportBatchId == out.importBatchId
        byCode.branchId == SurveyFixtures.BRANCH_1
        SurveyFixtures.unit(ec, 'T990000004').accountStatusEnumId == 'HpfAcsDeferred'
        SurveyFixtures.unit(ec, 'T990000005') == null
        SurveyFixtures.unit(ec, 'T990000006') == null
    }

    def "importing the same file again changes nothing"() {
        given:
        def stampBefore = SurveyFixtures.unit(ec, 'T990000001').lastUpdatedStamp

        when:
        Map out = SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-small.csv')
        EntityValue unitAfter = SurveyFixtures.unit(ec, 'T990000001')

        then:
        out.statusId == 'HpfImbCompleted'
        out.createdRows == 0
        out.updatedRows == 0
        out.unchangedRows == 5
        out.rejectedRows == 2
        unitAfter.lastImportBatchId == firstUnitBatchId
        unitAfter.lastUpdatedStamp == stampBefore
        ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', 'T9900000%').count() == 5
    }

    def "the same file saved as GBK by Excel is recognised and changes nothing either"() {
        when:
        String text = SurveyFixtures.fixtureText(ec, 'units-small.csv').replace('\uFEFF', '')
        Map out = ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpUnits',
                fileName: 'units-small-gbk.csv', fileBase64: text.getBytes(Charset.forName('GB18030')).encodeBase64().toString()]).call()
        EntityValue batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', out.importBatchId).one()

        then:
        !ec.message.hasError()
        batch.detectedEncoding == 'GB18030'
        out.unchangedRows == 5
        out.createdRows == 0
        out.updatedRows == 0
    }

    def "a changed row is updated and the others stay unchanged"() {
        when:
        String text = SurveyFixtures.fixtureText(ec, 'units-small.csv').replace('T990000002,测试正常单位', 'T990000002,测试正常单位（更名）')
        Map out = ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpUnits',
                fileName: 'units-small-renamed.csv', fileText: text]).call()

        then:
        out.updatedRows == 1
        out.unchangedRows == 4
        SurveyFixtures.unit(ec, 'T990000002').unitName == '测试正常单位（更名）'
        SurveyFixtures.unit(ec, 'T990000002').lastImportBatchId == out.importBatchId
    }

    def "remittances are upserted by unit, month and type; unknown accounts and non-payment types are rejected"() {
        when:
        Map first = SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-small.csv')
        Map again = SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-small.csv')
        List<EntityValue> errors = ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', first.importBatchId).list()
        EntityValue under = ec.entity.find('hpf.compliance.UnitRemittance').condition([unitId: SurveyFixtures.unit(ec, 'T990000007').unitId,
                remitMonth: '2024-06', remitTypeEnumId: 'HpfRtRegular']).one()

        then:
        first.statusId == 'HpfImbCompleted'
        first.totalRows == 90
        first.createdRows == 88
        first.rejectedRows == 2
        errors.collect { [it.lineNumber as int, it.errorCode] } as Set == [[90, 'UNIT_UNKNOWN'], [91, 'TYPE_UNKNOWN']] as Set
        (under.dueAmount as BigDecimal).compareTo(new BigDecimal('600')) == 0
        (under.paidAmount as BigDecimal).compareTo(new BigDecimal('300')) == 0
        under.paidDate.toString() == '2024-06-15'
        again.createdRows == 0
        again.updatedRows == 0
        again.unchangedRows == 88
    }

    def "after the remittances each unit is paid through the month the screening rule gives, as on its target"() {
        when: "a survey of the fixture's campaign, whose target page shows the rule's 缴至年月"
        ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: SurveyFixtures.BRANCH_1]).call()
        EntityValue target = ec.entity.find('hpf.compliance.CampaignTarget').condition([campaignId: SurveyFixtures.CAMPAIGN,
                unitId: SurveyFixtures.unit(ec, 'T990000001').unitId]).useCache(false).one()

        then: "the stopped unit: paid through its last paid month, on the unit as on its target"
        !ec.message.hasError()
        target.paidThroughMonth == '2024-12'
        SurveyFixtures.unit(ec, 'T990000001').paidThroughMonth == target.paidThroughMonth

        and: "the others by the same rule: the month before the first unsettled one"
        SurveyFixtures.unit(ec, 'T990000007').paidThroughMonth == '2024-05'   // underpaid 2024-06, paid again later
        SurveyFixtures.unit(ec, 'T990000003').paidThroughMonth == '2025-12'   // nothing paid from 2026-01
        SurveyFixtures.unit(ec, 'T990000002').paidThroughMonth == '2026-02'   // every month paid up to its last record
        SurveyFixtures.unit(ec, 'T990000004').paidThroughMonth == null        // no remittance imported yet

        when: "back payments of 2025-01 to 2026-02 arrive"
        Map out = SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-backpay.csv')

        then: "its paid-through month moves on with them"
        out.createdRows == 14
        SurveyFixtures.unit(ec, 'T990000001').paidThroughMonth == '2026-02'
        SurveyFixtures.unit(ec, 'T990000007').paidThroughMonth == '2024-05'
    }

    def "a branch user may import only rows of its own branch"() {
        given:
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.BRANCH_1_USER)

        when:
        Map out = SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-two-branches.csv')
        List<EntityValue> errors = ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', out.importBatchId).list()

        then:
        out.createdRows == 1
        out.rejectedRows == 1
        errors.size() == 1
        errors[0].lineNumber == 3
        errors[0].errorCode == 'BRANCH_NOT_OWN'
        (errors[0].message as String).contains('其他分支机构')
        SurveyFixtures.unit(ec, 'T990000011').branchId == SurveyFixtures.BRANCH_1
        SurveyFixtures.unit(ec, 'T990000012') == null

        cleanup:
        ec.user.logoutUser()
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
    }

    def "a file without the required columns fails its batch with the reason"() {
        when:
        Map out = ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpUnits',
                fileName: 'units-bad-header.csv', fileText: '账号,名称\n1,2\n']).call()
        EntityValue batch = ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', out.importBatchId).one()

        then:
        batch.statusId == 'HpfImbFailed'
        (batch.errorText as String).contains('缺少必需的列')
        batch.completedDate != null
    }

    def "only CSV and XLSX files are accepted"() {
        when:
        ec.service.sync().name('hpf.compliance.ImportServices.import#File').parameters([importTypeEnumId: 'HpfImpUnits',
                fileName: 'units.txt', fileText: 'x']).call()

        then:
        ec.message.hasError()
    }

    def "the blank templates carry the Chinese headers after a byte order mark"() {
        when:
        Map units = ec.service.sync().name('hpf.compliance.ImportServices.get#ImportTemplate').parameters([importTypeEnumId: 'HpfImpUnits']).call()
        Map rems = ec.service.sync().name('hpf.compliance.ImportServices.get#ImportTemplate').parameters([importTypeEnumId: 'HpfImpRemittances']).call()

        then:
        (units.templateText as String).startsWith('\uFEFF单位账号,单位名称,')
        (units.templateText as String).contains('所属机构')
        (rems.templateText as String).startsWith('\uFEFF单位账号,缴存年月,业务类型')
        (units.fileName as String).endsWith('.csv')
    }
}

/** Test branches, users, campaign and fixture files shared by the import and screening specs; clean() removes them all. */
class SurveyFixtures {
    static final String BRANCH_1 = 'HPFT_B1'
    static final String BRANCH_2 = 'HPFT_B2'
    static final String CAMPAIGN = 'HPFT_SURVEY'
    static final String IT_USER = 'hpf.it'
    static final String OFFICE_USER = 'hpf.office'
    static final String BRANCH_1_USER = 'hpft.branch1'
    static final String BRANCH_1_USER_ID = 'HpftUBranch1'
    static final String FIXTURES = 'component://hpf-compliance/test/unit/resources/survey/'
    static final List<String> FILES = ['units-small.csv', 'units-small-gbk.csv', 'units-small-renamed.csv', 'units-bad-header.csv',
            'units-two-branches.csv', 'remittances-small.csv', 'remittances-backpay.csv']

    static void setup(ExecutionContext ec) {
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH_1, branchCode: 'TST1', branchName: '测试一部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 901]).createOrUpdate()
        ec.entity.makeValue('hpf.compliance.Branch').setAll([branchId: BRANCH_2, branchCode: 'TST2', branchName: '测试二部',
                branchTypeEnumId: 'HpfBrtManagementDept', sequenceNum: 902]).createOrUpdate()
        ec.entity.makeValue('moqui.security.UserAccount').setAll([userId: BRANCH_1_USER_ID, username: BRANCH_1_USER,
                userFullName: '测试一部经办人', locale: 'zh_CN', timeZone: 'Asia/Shanghai', disabled: 'N']).createOrUpdate()
        ec.entity.makeValue('moqui.security.UserGroupMember').setAll([userGroupId: 'HPF_BRANCH', userId: BRANCH_1_USER_ID,
                fromDate: java.sql.Timestamp.valueOf('2020-01-01 00:00:00')]).createOrUpdate()
        ec.entity.makeValue('hpf.compliance.BranchStaff').setAll([branchId: BRANCH_1, userId: BRANCH_1_USER_ID,
                fromDate: java.sql.Timestamp.valueOf('2020-01-01 00:00:00'), staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: CAMPAIGN, campaignName: '测试专项工作',
                statusId: 'HpfCmpPlanned', cutoffMonth: '2025-02', assessMonth: '2026-02', stopThresholdMonths: 3]).createOrUpdate()
    }

    static String fixtureText(ExecutionContext ec, String name) {
        return ec.resource.getLocationText(FIXTURES + name, false)
    }

    static Map importFile(ExecutionContext ec, String importTypeEnumId, String name) {
        return ec.service.sync().name('hpf.compliance.ImportServices.import#File')
                .parameters([importTypeEnumId: importTypeEnumId, fileName: name, fileText: fixtureText(ec, name)]).call()
    }

    static EntityValue unit(ExecutionContext ec, String accountNo) {
        return ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', accountNo).useCache(false).one()
    }

    /** Removes every row the survey specs create (also what an interrupted earlier run left behind). */
    static void clean(ExecutionContext ec) {
        List unitIds = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', 'T9900000%')
                .useCache(false).list()*.unitId
        List targetIds = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', CAMPAIGN).useCache(false).list()*.targetId
        if (unitIds) targetIds += ec.entity.find('hpf.compliance.CampaignTarget').condition('unitId', 'in', unitIds).useCache(false).list()*.targetId
        targetIds = targetIds.unique()
        if (targetIds) {
            ec.entity.find('hpf.compliance.TargetActivity').condition('targetId', 'in', targetIds).deleteAll()
            ec.entity.find('hpf.compliance.CampaignTarget').condition('targetId', 'in', targetIds).deleteAll()
        }
        List runIds = ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', CAMPAIGN).useCache(false).list()*.screeningRunId
        if (runIds) ec.entity.find('hpf.compliance.ArrearsAlert').condition('screeningRunId', 'in', runIds).deleteAll()
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
        ec.entity.find('hpf.compliance.BranchStaff').condition('userId', BRANCH_1_USER_ID).deleteAll()
        ec.entity.find('moqui.security.UserGroupMember').condition('userId', BRANCH_1_USER_ID).deleteAll()
        ec.entity.find('hpf.compliance.Campaign').condition('campaignId', CAMPAIGN).deleteAll()
        ec.entity.find('hpf.compliance.Branch').condition('branchId', 'in', [BRANCH_1, BRANCH_2]).deleteAll()
    }
}
