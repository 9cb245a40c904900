package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.entity.EntityValue
import org.moqui.screen.ScreenTest.ScreenTestRender
import spock.lang.Shared
import spock.lang.Stepwise

import java.sql.Timestamp
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * The screening as a background job on the survey fixture (SurveyFixtures): started from the page it runs in the
 * background and its ScreeningRun row carries the progress, which the run page shows while it goes on; a second start
 * of the same campaign while one runs is refused (service, REST, screen, and two starts at the same moment), a run that
 * stopped reporting no longer blocks; and what the entity ECAs did before the JDBC batches still happens: the opened
 * alert reminds its unit, statuses are in the audit log, an archived campaign refuses the run, the written targets go
 * to the search feed.
 */
@Stepwise
class ScreeningJobTests extends HpfSpec {
    static final String TOKEN = 'TestSessionToken'
    static final String FAKE_RUN = 'HPFJ_RUNNING'
    @Shared String firstRunId

    void setupFixtures() {
        clean()
        SurveyFixtures.setup(ec)
        ec.user.internalLoginUser(SurveyFixtures.IT_USER)
        assert SurveyFixtures.importFile(ec, 'HpfImpUnits', 'units-small.csv').createdRows == 5
        assert SurveyFixtures.importFile(ec, 'HpfImpRemittances', 'remittances-small.csv').createdRows == 88
        // a mobile to remind (no SMS gateway in the specs: the reminder is logged as failed, which is enough here)
        for (u in ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', 'T9900000%').useCache(false).list())
            u.set('agentMobile', '13800000009').update()
    }

    void cleanFixtures() { clean() }

    void clean() {
        List unitIds = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', 'T9900000%')
                .useCache(false).list()*.unitId
        if (unitIds) {
            List reminders = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', 'in', unitIds).useCache(false).list()
            List smIds = reminders*.systemMessageId.findAll { it }
            ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', 'in', unitIds).deleteAll()
            if (smIds) {
                ec.entity.find('moqui.service.message.SystemMessageError').condition('systemMessageId', 'in', smIds).deleteAll()
                ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', 'in', smIds).deleteAll()
            }
        }
        SurveyFixtures.clean(ec)
    }

    Map start(Map extra = [:]) {
        return ec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: SurveyFixtures.BRANCH_1] + extra).call()
    }

    EntityValue runRow(String id) {
        return ec.entity.find('hpf.compliance.ScreeningRun').condition('screeningRunId', id).useCache(false).disableAuthz().one()
    }

    /** Waits (at most a minute) for the run to finish or fail. */
    EntityValue waitFor(String id) {
        EntityValue run = runRow(id)
        for (int i = 0; i < 300 && run != null && !run.completedDate && !run.failedDate; i++) {
            Thread.sleep(200)
            run = runRow(id)
        }
        return run
    }

    long runCount() {
        return ec.entity.find('hpf.compliance.ScreeningRun').condition('campaignId', SurveyFixtures.CAMPAIGN).useCache(false).disableAuthz().count()
    }

    /** A run of the campaign that is going on (as another app server's would be), last heard of {@code minutesAgo}. */
    void fakeRunning(int minutesAgo) {
        Timestamp at = new Timestamp(System.currentTimeMillis() - minutesAgo * 60_000L)
        ec.entity.makeValue('hpf.compliance.ScreeningRun').setAll([screeningRunId: FAKE_RUN, campaignId: SurveyFixtures.CAMPAIGN,
                runTypeEnumId: 'HpfRunSurvey', startedDate: at, progressDate: at, unitsDone: 12345L, unitsPerSecond: 4321L,
                issuesFound: 17L, completedDate: null, failedDate: null]).createOrUpdate()
    }

    def "a screening started in the background answers at once and its run records the progress and the results"() {
        when:
        Map out = start([background: true])
        firstRunId = out.screeningRunId
        EntityValue run = waitFor(firstRunId)
        List<EntityValue> targets = ec.entity.find('hpf.compliance.CampaignTarget')
                .condition('campaignId', SurveyFixtures.CAMPAIGN).useCache(false).list()

        then:
        !ec.message.hasError()
        firstRunId
        out.targetCount == null // the answer comes before the results
        run.completedDate != null
        run.failedDate == null
        run.unitsDone >= 5 // every unit is read, the branch is filtered in the core
        run.unitsPerSecond != null
        run.progressDate != null
        run.unitsScreened == 4
        run.targetCount == 1
        run.newArrearsCount == 1
        run.issuesFound == 2
        targets.size() == 1
        targets[0].identifiedRunId == firstRunId
        targets[0].statusId == 'HpfTgtIdentified'
        targets[0].lastUpdatedStamp != null
    }

    def "the run page shows the progress while the run goes on and reloads itself"() {
        given:
        fakeRunning(0)

        when:
        ScreenTestRender running = appTest.render('Survey/ScreeningRunDetail', [screeningRunId: FAKE_RUN], null)
        ScreenTestRender done = appTest.render('Survey/ScreeningRunDetail', [screeningRunId: firstRunId], null)

        then:
        running.errorMessages.isEmpty()
        running.assertContains('12,345')
        running.assertContains('4,321')
        running.assertContains('reloadSubscreens')
        done.errorMessages.isEmpty()
        done.assertNotContains('reloadSubscreens')
    }

    def "a second start of the campaign's screening is refused while one runs: service, REST and page"() {
        given:
        fakeRunning(1)
        long before = runCount()
        ec.artifactExecution.enableAuthz()
        loginAs(SurveyFixtures.OFFICE_USER)

        when:
        start()
        List<String> serviceErrors = errors()
        ec.message.clearAll()
        ScreenTestRender rest = restTest.render('s1/hpf/screeningRuns', [campaignId: SurveyFixtures.CAMPAIGN,
                moquiSessionToken: TOKEN], 'post')
        ScreenTestRender page = appTest.render('Survey/FindScreeningRun/runScreening', [campaignId: SurveyFixtures.CAMPAIGN,
                moquiSessionToken: TOKEN], 'post')

        then:
        serviceErrors.size() == 1
        serviceErrors[0].contains(FAKE_RUN)
        serviceErrors[0].contains('正在进行')
        serviceErrors[0].contains('12345') || serviceErrors[0].contains('12,345')
        rest.errorMessages.join(' ').contains(FAKE_RUN)
        page.errorMessages.join(' ').contains(FAKE_RUN)
        runCount() == before

        cleanup:
        ec.message.clearAll()
        loginAs(SurveyFixtures.IT_USER)
        ec.artifactExecution.disableAuthz()
    }

    def "a run that stopped reporting (its server crashed) no longer blocks, and is marked failed"() {
        given:
        fakeRunning(ScreeningRunClaimMinutes.STALE + 1)

        when:
        Map out = start()
        EntityValue crashed = runRow(FAKE_RUN)

        then:
        !ec.message.hasError()
        out.screeningRunId
        out.targetCount == 1
        crashed.failedDate != null
        crashed.failureText
        runRow(out.screeningRunId as String).completedDate != null
    }

    def "two starts at the same moment: one claims the run, the other is refused"() {
        given:
        CountDownLatch ready = new CountDownLatch(2)
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(2)
        List<Map> results = Collections.synchronizedList([])
        2.times {
            Thread.start {
                ExecutionContext tec = Moqui.getExecutionContext()
                try {
                    tec.user.internalLoginUser(SurveyFixtures.IT_USER)
                    tec.artifactExecution.disableAuthz()
                    ready.countDown()
                    go.await(30, TimeUnit.SECONDS)
                    Map out = tec.service.sync().name('hpf.compliance.ScreeningServices.run#CampaignScreening')
                            .parameters([campaignId: SurveyFixtures.CAMPAIGN, branchId: SurveyFixtures.BRANCH_1, background: true]).call()
                    results.add([runId: out?.screeningRunId, errors: new ArrayList(tec.message.errors)])
                } catch (Throwable t) {
                    results.add([errors: [t.toString()]])
                } finally {
                    tec.message.clearAll()
                    tec.destroy()
                    done.countDown()
                }
            }
        }
        ready.await(60, TimeUnit.SECONDS)

        when:
        go.countDown()
        done.await(120, TimeUnit.SECONDS)
        Map claimed = results.find { !it.errors }
        Map refused = results.find { it.errors }
        EntityValue run = claimed ? waitFor(claimed.runId as String) : null

        then:
        results.size() == 2
        claimed != null
        refused != null
        (refused.errors as List).join(' ').contains(claimed.runId as String)
        run.completedDate != null
    }

    def "the alert a run opened reminds its unit, and the new statuses are in the audit log"() {
        when:
        EntityValue alert = ec.entity.find('hpf.compliance.ArrearsAlert').condition('screeningRunId', firstRunId).useCache(false).one()
        EntityValue reminder = null
        for (int i = 0; i < 100 && reminder == null; i++) {
            reminder = ec.entity.find('hpf.compliance.ReminderMessage').condition('alertId', alert.alertId).useCache(false).one()
            if (reminder == null) Thread.sleep(200)
        }
        EntityValue target = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN)
                .useCache(false).one()
        List<EntityValue> audit = ec.entity.find('moqui.entity.EntityAuditLog')
                .condition('pkPrimaryValue', 'in', [alert.alertId, target.targetId]).condition('changedFieldName', 'statusId')
                .useCache(false).list()

        then:
        alert.statusId == 'HpfAlrOpen'
        alert.lastUpdatedStamp != null
        reminder != null
        reminder.reasonEnumId == 'HpfRrAlertOpened'
        reminder.unitId == alert.unitId
        audit.find { it.changedEntityName == 'hpf.compliance.ArrearsAlert' && it.newValueText == 'HpfAlrOpen' && it.changedByUserId }
        audit.find { it.changedEntityName == 'hpf.compliance.CampaignTarget' && it.newValueText == 'HpfTgtIdentified' }
    }

    def "an archived campaign refuses the run with the archive message, before anything is written"() {
        given:
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: SurveyFixtures.CAMPAIGN,
                archivedDate: new Timestamp(System.currentTimeMillis())]).update()
        long before = runCount()

        when:
        start()
        List<String> refused = errors()
        ec.message.clearAll()

        then:
        refused.size() == 1
        refused[0].contains('测试专项工作')
        refused[0].contains('归档')
        runCount() == before

        cleanup:
        ec.message.clearAll()
        ec.entity.makeValue('hpf.compliance.Campaign').setAll([campaignId: SurveyFixtures.CAMPAIGN, archivedDate: null]).update()
    }

    def "the targets a run wrote go to the search feed when it is the push feed"() {
        given:
        List targetIds = ec.entity.find('hpf.compliance.CampaignTarget').condition('campaignId', SurveyFixtures.CAMPAIGN)
                .useCache(false).list()*.targetId
        EntityValue feed = ec.entity.find('moqui.entity.feed.DataFeed').condition('dataFeedId', 'HpfSearch').useCache(false).one()
        String feedType = feed.dataFeedTypeEnumId

        when:
        Map pull = ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedTargets').parameters([targetIds: targetIds]).call()
        feed.set('dataFeedTypeEnumId', 'DTFDTP_RT_PUSH').update()
        Map push = ec.service.sync().name('hpf.compliance.SearchServices.feed#ChangedTargets').parameters([targetIds: targetIds]).call()

        then:
        !ec.message.hasError()
        targetIds.size() == 1
        pull.documentCount == 0
        push.documentCount == targetIds.size()

        cleanup:
        feed.set('dataFeedTypeEnumId', feedType).update()
    }

    /** Minutes after which a silent run is taken for crashed (core ScreeningRunClaim). */
    static class ScreeningRunClaimMinutes {
        static final int STALE = (int) (hpf.compliance.core.screening.store.ScreeningRunClaim.STALE_MILLIS / 60_000L)
    }
}
