package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import org.moqui.screen.ScreenTest

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import spock.lang.Shared
import spock.lang.Specification

/**
 * The base of the in-Moqui specs: one ExecutionContext for the spec, screen testers for the app and the REST API,
 * fixtures created before the first feature and removed after the last (both with authorization off), and a clean
 * message list, authorization state and login between features.
 *
 * <p>A spec overrides the hooks below, never setupSpec/cleanupSpec/setup/cleanup themselves (Spock would run an
 * overriding fixture method in place of this one and the spec would lose its context).
 */
abstract class HpfSpec extends Specification {
    static final String DEMO_PASSWORD = 'hpf@2026'

    @Shared ExecutionContext ec
    /** renders /apps/hpf screens (add renderMode('qvt') for the Quasar variant) */
    @Shared ScreenTest appTest
    /** calls /rest/s1/hpf/... as the logged-in user */
    @Shared ScreenTest restTest
    /** The users' list page sizes as the spec found them (see {@link #restorePageSizes}) */
    @Shared Map<String, String> pageSizesBefore

    /** True (the default) for specs of services and data: each feature runs with authorization checks off. Specs of
     *  rights answer false: their features run as the user they log in, and the login ends after each feature. */
    boolean featuresWithoutAuthz() { true }

    /** Creates the spec's fixtures, once, before the first feature (authorization off; ec, appTest and restTest ready). */
    void setupFixtures() { }

    /** Removes the spec's fixtures after the last feature (authorization off). */
    void cleanFixtures() { }

    /** Runs before each feature, after the authorization state is set. */
    void beforeFeature() { }

    /** Runs after each feature, before messages are cleared. */
    void afterFeature() { }

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        appTest = ec.screen.makeTest().baseScreenPath('apps/hpf')
        restTest = ec.screen.makeTest().baseScreenPath('rest')
        pageSizesBefore = withoutAuthz { pageSizes().collectEntries { [(it.userId): it.preferenceValue] } }
        withoutAuthz { setupFixtures() }
    }

    def cleanupSpec() {
        ec.message.clearAll()
        withoutAuthz { cleanFixtures() }
        ec.artifactExecution.enableAuthz()
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def setup() {
        if (featuresWithoutAuthz()) ec.artifactExecution.disableAuthz()
        beforeFeature()
    }

    def cleanup() {
        afterFeature()
        withoutAuthz { restorePageSizes() }
        ec.message.clearAll()
        ec.artifactExecution.enableAuthz()
        if (!featuresWithoutAuthz() && ec.user.userId) ec.user.logoutUser()
    }

    static final String PAGE_SIZE_KEY = 'screen.user.page.size'

    private List pageSizes() {
        ec.entity.find('moqui.security.UserPreference').condition('preferenceKey', PAGE_SIZE_KEY).useCache(false).list()
    }

    /**
     * A screen rendered with a pageSize parameter keeps it as the user's preference (Moqui's ScreenRenderImpl), so every
     * later list of that user in any spec would show that many rows: the preference is put back after each feature.
     */
    void restorePageSizes() {
        for (def pref in pageSizes()) {
            String before = pageSizesBefore[pref.userId]
            if (before == null) pref.delete()
            else if (before != pref.preferenceValue) { pref.preferenceValue = before; pref.update() }
        }
    }

    /**
     * Removes what an import spec made: the units whose account number starts with accountPrefix and their remittances,
     * the import batches of the files named (with their rejected rows), and the spec's branch.
     */
    void removeImportFixtures(String accountPrefix, Collection<String> fileNames, String branchId) {
        List unitIds = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitAccountNo', 'like', accountPrefix + '%')
                .useCache(false).list()*.unitId
        if (unitIds) {
            ec.entity.find('hpf.compliance.UnitRemittance').condition('unitId', 'in', unitIds).deleteAll()
            ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', 'in', unitIds).deleteAll()
        }
        List batchIds = ec.entity.find('hpf.compliance.ImportBatch').condition('fileName', 'in', fileNames).useCache(false).list()*.importBatchId
        if (batchIds) {
            ec.entity.find('hpf.compliance.ImportRowError').condition('importBatchId', 'in', batchIds).deleteAll()
            ec.entity.find('hpf.compliance.ImportBatch').condition('importBatchId', 'in', batchIds).deleteAll()
        }
        ec.entity.find('hpf.compliance.Branch').condition('branchId', branchId).deleteAll()
    }

    /** Runs the closure with authorization checks off, restoring the state it found. */
    def <T> T withoutAuthz(Closure<T> work) {
        boolean wasDisabled = ec.artifactExecution.disableAuthz()
        try {
            return work.call()
        } finally {
            if (!wasDisabled) ec.artifactExecution.enableAuthz()
        }
    }

    /** Logs in a user by name (no password), ending the login before. */
    void loginAs(String username) {
        if (ec.user.userId) ec.user.logoutUser()
        ec.user.internalLoginUser(username)
    }

    /** The error messages of the last call, as staff read them. */
    List<String> errors() { new ArrayList<String>(ec.message.errors) + ec.message.validationErrors*.message }

    /**
     * Calls the service once per target at the same moment, each in a thread of its own (own ExecutionContext, logged in
     * as username, authorization off as the REST path grants it); returns per call [targetId, (numberField): its
     * out-parameter, error, errors].
     */
    List<Map> callAtOnce(List<String> targetIds, String username, String serviceName, String numberField) {
        // the calls hold a transaction each, as many as the connection pool has: asynchronous work an earlier spec left
        // running (monitoring runs, reminders) would take the last connections and starve one call for the pool's 30 s
        ((org.moqui.impl.context.ExecutionContextFactoryImpl) ec.factory).waitWorkerPoolEmpty(600)
        CountDownLatch ready = new CountDownLatch(targetIds.size())
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(targetIds.size())
        List<Map> results = Collections.synchronizedList([])
        targetIds.each { String targetId ->
            Thread.start {
                ExecutionContext tec = Moqui.getExecutionContext()
                try {
                    tec.user.internalLoginUser(username)
                    tec.artifactExecution.disableAuthz()
                    ready.countDown()
                    go.await(30, TimeUnit.SECONDS)
                    Map out = tec.service.sync().name(serviceName).parameters([targetId: targetId]).call()
                    results.add([targetId: targetId, (numberField): out?.get(numberField), error: tec.message.hasError(),
                            errors: new ArrayList(tec.message.errors)])
                } catch (Throwable t) {
                    results.add([targetId: targetId, error: true, errors: [t.toString()]])
                } finally {
                    tec.message.clearAll()
                    tec.destroy()
                    done.countDown()
                }
            }
        }
        ready.await(60, TimeUnit.SECONDS)
        go.countDown()
        done.await(180, TimeUnit.SECONDS)
        return new ArrayList(results)
    }
}
