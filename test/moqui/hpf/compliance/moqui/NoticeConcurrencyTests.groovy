package hpf.compliance.moqui

import hpf.compliance.core.rules.NoticeNumbering
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.Shared

import java.sql.Timestamp
import java.time.LocalDate
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * Fifty staff of one branch issue the first guidance letters of the year at the same moment, each in a thread of its
 * own with its own ExecutionContext and logged in as a user of that branch, while the branch's number counter for the
 * year does not exist yet; the same for fifty first orders to pay (责令限期缴存通知书), issued by the office. As many issues at once as the connection pool holds: each of them already holds a
 * connection when it reaches the counter, so creating the counter must not need another one. All fifty succeed, with
 * the numbers 1 to 50 of the branch and year, each once.
 *
 * <p>Moqui itself fetches a new bank of ids (SequenceValueItem) in a transaction of its own, that is with a second
 * pooled connection; with exactly as many transactions as the pool has connections that fetch waits for one. That is
 * the framework's rule (the pool must be larger than the number of concurrent requests; docs/CONCURRENCY.md), not the
 * counter's, so the entities the race creates get a loaded bank of ids first and what is measured is the counter.
 */
class NoticeConcurrencyTests extends HpfSpec {
    static final int USERS = 50

    static final List<String> ID_BANKS = ['hpf.compliance.GuidanceNotice', 'hpf.compliance.EnforcementAction',
            'moqui.entity.EntityAuditLog', 'moqui.server.ArtifactHit']
    static final String ORDER_PATTERN = '测住金责〔{year}〕{branch}-{seq:4}号'
    static final String USER_ID = 'HpftUConc'
    static final String USERNAME = 'hpft.conc'

    @Shared NoticeNumbering numbering = NoticeNumbering.compile(PushFixtures.PATTERN)
    @Shared NoticeNumbering orderNumbering = NoticeNumbering.compile(ORDER_PATTERN)
    @Shared String code = 'C' + PushFixtures.RUN
    @Shared String branchId = 'HPFT_BR_' + code

    void setupFixtures() {
        PushFixtures.setup(ec)
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            ec.entity.makeValue("hpf.compliance.Branch").setAll([branchId: branchId, branchCode: code,
                    branchName: '并发首号测试管理部', branchTypeEnumId: 'HpfBrtManagementDept']).createOrUpdate()
            Timestamp from = Timestamp.valueOf('2020-01-01 00:00:00')
            ec.entity.makeValue('moqui.security.UserAccount').setAll([userId: USER_ID, username: USERNAME,
                    userFullName: '并发测试经办人', locale: 'zh_CN', timeZone: 'Asia/Shanghai', disabled: 'N']).createOrUpdate()
            ec.entity.makeValue('moqui.security.UserGroupMember').setAll([userGroupId: 'HPF_BRANCH', userId: USER_ID,
                    fromDate: from]).createOrUpdate()
            ec.entity.makeValue('hpf.compliance.BranchStaff').setAll([branchId: branchId, userId: USER_ID, fromDate: from,
                    staffRoleEnumId: 'HpfSrStaff']).createOrUpdate()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    void cleanFixtures() {
        PushFixtures.clean(ec)
        ec.entity.find("hpf.compliance.DocumentSequence").condition("branchId", branchId).deleteAll()
        ec.entity.find("hpf.compliance.BranchStaff").condition("userId", USER_ID).deleteAll()
        ec.entity.find("moqui.security.UserGroupMember").condition("userId", USER_ID).deleteAll()
        ec.entity.find("hpf.compliance.Branch").condition("branchId", branchId).deleteAll()
    }

    /** Gives each entity written in a race a bank of 1,000 ids far above its stored sequence (see the class comment). */
    void loadIdBanks() {
        for (String seqName in ID_BANKS) {
            def item = ec.entity.find('moqui.entity.SequenceValueItem').condition('seqName', seqName).useCache(false).one()
            ec.entity.tempSetSequencedIdPrimary(seqName, ((item?.seqNum ?: 100000L) as long) + 10_000_000L, 1000L)
        }
    }

    void resetIdBanks() { for (String seqName in ID_BANKS) ec.entity.tempResetSequencedIdPrimary(seqName) }

    /**
     * Makes the pool open {@code n} connections now, one after another, each held by a transaction of its own until
     * all are open. The pool grows on demand, and with fifty callers asking at once on PostgreSQL (pool maximum 90) it
     * stopped at 48 while the others waited out its 30 s.
     */
    void growPool(int n) {
        boolean outer = ec.transaction.isTransactionInPlace() && ec.transaction.suspend()
        int began = 0
        try {
            for (int i = 0; i < n; i++) {
                if (began > 0) ec.transaction.suspend()
                ec.transaction.begin(60)
                began++
                ec.entity.find("moqui.basic.Enumeration").condition("enumId", "HpfImpUnits").useCache(false).disableAuthz().one()
            }
        } finally {
            for (int i = began; i > 0; i--) {
                ec.transaction.commit()
                if (i > 1) ec.transaction.resume()
            }
            if (outer) ec.transaction.resume()
        }
    }

    /**
     * Calls the service once per target, each in a thread of its own (own ExecutionContext, logged in as username), all
     * released at the same moment; returns [targetId, number (the out-parameter numberField), error, errors] per call.
     * Each call runs in a transaction that has read its target before the release, as a REST request's transaction has
     * read the user's branches before it calls the service: every caller holds a pooled connection when the race starts.
     */
    List<Map> race(List<String> targetIds, String username, String serviceName, String numberField) {
        // every caller holds a connection, as many as the pool has: asynchronous work an earlier spec left running
        // (monitoring runs and reminders after an import) would take the last ones and starve a caller for the pool's 30 s
        ((org.moqui.impl.context.ExecutionContextFactoryImpl) ec.factory).waitWorkerPoolEmpty(600)
        growPool(targetIds.size())
        CountDownLatch ready = new CountDownLatch(targetIds.size())
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(targetIds.size())
        List<Map> results = Collections.synchronizedList([])
        targetIds.each { String targetId ->
            Thread.start {
                ExecutionContext tec = Moqui.getExecutionContext()
                try {
                    tec.user.internalLoginUser(username)
                    // as the REST path grants it (services called directly need their own authz); the branch scope stays
                    tec.artifactExecution.disableAuthz()
                    tec.transaction.begin(600)
                    tec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).useCache(false).one()
                    ready.countDown()
                    go.await(120, TimeUnit.SECONDS)
                    Map out = tec.service.sync().name(serviceName).parameters([targetId: targetId]).call()
                    boolean failed = tec.message.hasError()
                    List errors = new ArrayList(tec.message.errors)
                    if (failed) tec.transaction.rollback("the call failed", null) else tec.transaction.commit()
                    results.add([targetId: targetId, number: out?.get(numberField), error: failed, errors: errors])
                } catch (Throwable t) {
                    if (tec.transaction.isTransactionInPlace()) tec.transaction.rollback("the call failed", t)
                    results.add([targetId: targetId, error: true, errors: [t.toString()]])
                } finally {
                    tec.message.clearAll()
                    if (tec.user.userId) tec.user.logoutUser()
                    tec.destroy()
                    done.countDown()
                }
            }
        }
        ready.await(120, TimeUnit.SECONDS)
        long started = System.currentTimeMillis()
        go.countDown()
        done.await(300, TimeUnit.SECONDS)
        println "${targetIds.size()} concurrent ${serviceName}: ${results.count { !it.error }} numbered in " +
                "${(System.currentTimeMillis() - started).intdiv(1000L)} s; failures: ${results.findAll { it.error }.take(3)}"
        return new ArrayList(results)
    }

    def "fifty first letters of the year at once all get numbers, 1 to 50 without gaps"() {
        given: "fifty targets of a branch that has no letter number this year yet"
        ec.artifactExecution.disableAuthz()
        List<String> targetIds = (1..USERS).collect { PushFixtures.target(ec, branchId) }
        long year = LocalDate.now().year
        assert ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtGuidanceNotice',
                branchId: branchId, sequenceYear: year]).count() == 0
        loadIdBanks()
        ec.artifactExecution.enableAuthz()

        when: "each user issues one letter, all released at the same moment"
        List<Map> results = race(targetIds, USERNAME, "hpf.compliance.NoticeServices.issue#GuidanceNotice", 'noticeNumber')
        List<String> numbers = results.findAll { !it.error }*.number
        List<Integer> seqs = numbers.collect { numbering.parse(it).get().seq() }.sort()
        ec.artifactExecution.disableAuthz()

        then:
        results.size() == USERS
        results.findAll { it.error }.isEmpty()
        numbers.unique(false).size() == USERS
        seqs == (1..USERS).toList()
        numbers.every { numbering.parse(it).get().branch() == code && numbering.parse(it).get().year() == year }
        ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtGuidanceNotice',
                branchId: branchId, sequenceYear: year]).useCache(false).one().lastSeqNum == USERS
        targetIds.every { PushFixtures.targetRow(ec, it).statusId == 'HpfTgtNoticed' }
        // the timeline and the deadline name the number the letter got
        targetIds.every { String t ->
            Map n = ec.entity.find("hpf.compliance.GuidanceNotice").condition("targetId", t).useCache(false).one().getMap()
            ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: t, noticeId: n.noticeId]).useCache(false)
                    .list().every { (it.reason as String)?.contains(n.noticeNumber as String) } &&
                    (PushFixtures.targetRow(ec, t).nextDeadlineNote as String).contains(n.noticeNumber as String)
        }

        cleanup:
        resetIdBanks()
        ec.artifactExecution.enableAuthz()
    }

    def "fifty first orders to pay of the year at once all get numbers, 1 to 50 without gaps"() {
        given: "fifty targets with a served letter, of the same branch, which has no order number this year yet"
        ec.artifactExecution.disableAuthz()
        ec.entity.makeValue("hpf.compliance.Campaign").setAll([campaignId: PushFixtures.CAMPAIGN_ID, orderNumberPattern: ORDER_PATTERN,
                orderDeadlineDays: 20L]).update()
        List<String> targetIds = (1..USERS).collect {
            String targetId = PushFixtures.target(ec, branchId, [statusId: 'HpfTgtServed'])
            Map t = PushFixtures.targetRow(ec, targetId)
            ec.entity.makeValue("hpf.compliance.GuidanceNotice").setAll([noticeId: 'N' + targetId, targetId: targetId,
                    unitId: t.unitId, branchId: branchId, campaignId: PushFixtures.CAMPAIGN_ID, statusId: 'HpfNtcServed',
                    noticeNumber: 'TESTN-' + targetId, issueDate: PushFixtures.daysAgo(50), rectifyByDate: PushFixtures.daysAgo(20),
                    serviceMethodEnumId: 'HpfSmPersonal', serviceDate: PushFixtures.daysAgo(49), recipientName: '李四',
                    serviceOutcome: 'DELIVERED']).create()
            return targetId
        }
        long year = LocalDate.now().year
        assert ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtOrderToPay',
                branchId: branchId, sequenceYear: year]).count() == 0
        loadIdBanks()
        ec.artifactExecution.enableAuthz()

        when:
        List<Map> results = race(targetIds, PushFixtures.OFFICE_USER, "hpf.compliance.EnforcementServices.issue#OrderToPay", 'documentNumber')
        List<String> numbers = results.findAll { !it.error }*.number
        List<Integer> seqs = numbers.collect { orderNumbering.parse(it).get().seq() }.sort()
        ec.artifactExecution.disableAuthz()

        then:
        results.size() == USERS
        results.findAll { it.error }.isEmpty()
        numbers.unique(false).size() == USERS
        seqs == (1..USERS).toList()
        ec.entity.find("hpf.compliance.DocumentSequence").condition([documentTypeEnumId: 'HpfDtOrderToPay',
                branchId: branchId, sequenceYear: year]).useCache(false).one().lastSeqNum == USERS
        targetIds.every { PushFixtures.targetRow(ec, it).statusId == 'HpfTgtEnforcing' }
        targetIds.every { String t ->
            Map a = ec.entity.find("hpf.compliance.EnforcementAction").condition("targetId", t).useCache(false).one().getMap()
            ec.entity.find("hpf.compliance.TargetActivity").condition([targetId: t, actionId: a.actionId]).useCache(false)
                    .list().every { (it.reason as String)?.contains(a.documentNumber as String) } &&
                    (PushFixtures.targetRow(ec, t).nextDeadlineNote as String).contains(a.documentNumber as String)
        }

        cleanup:
        resetIdBanks()
        ec.artifactExecution.enableAuthz()
    }
}
