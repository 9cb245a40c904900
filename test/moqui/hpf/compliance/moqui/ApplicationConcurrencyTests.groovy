package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** Two sessions of a center leader approve the same application at the same moment: exactly one wins, the other gets a clear error. */
class ApplicationConcurrencyTests extends HpfSpec {

    void setupFixtures() { ApplicationFixtures.setup(ec) }

    /** the approvals' follow-up work runs in the worker pool: let it finish before the context goes */
    void cleanFixtures() { ec.factory.waitWorkerPoolEmpty(50) }

    def "of two concurrent approvals exactly one wins"() {
        given:
        ApplicationFixtures.unit(ec, 'HPFT_CONC_U1')
        String targetId = ApplicationFixtures.target(ec, 'HPFT_CONC_U1')
        String applicationId = ApplicationFixtures.applicationAtApproval(ec, ApplicationFixtures.validDeferral('HPFT_CONC_U1', targetId))
        assert ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).one().statusId == 'HpfAppOfficeReviewed'
        CountDownLatch ready = new CountDownLatch(2)
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(2)
        List<Map> results = Collections.synchronizedList([])

        when:
        2.times { int n ->
            Thread.start {
                ExecutionContext tec = Moqui.getExecutionContext()
                try {
                    tec.user.internalLoginUser(ApplicationFixtures.LEADER_USER)
                    tec.artifactExecution.disableAuthz()
                    ready.countDown()
                    go.await(10, TimeUnit.SECONDS)
                    Map out = tec.service.sync().name("hpf.compliance.ApplicationServices.approve#Application")
                            .parameters([applicationId: applicationId, comments: '审批人' + n]).call()
                    results.add([thread: n, error: tec.message.hasError(), errors: new ArrayList(tec.message.errors), statusId: out?.statusId])
                } catch (Throwable t) {
                    results.add([thread: n, error: true, errors: [t.toString()]])
                } finally {
                    tec.message.clearAll()
                    tec.destroy()
                    done.countDown()
                }
            }
        }
        ready.await(10, TimeUnit.SECONDS)
        go.countDown()
        done.await(60, TimeUnit.SECONDS)

        then:
        results.size() == 2
        results.count { !it.error } == 1
        results.count { it.error } == 1
        // the loser is told the step was already decided, not a database error
        results.find { it.error }.errors.any { String e -> e.contains(applicationId) }
        ec.entity.find("hpf.compliance.RegularizationApplication").condition("applicationId", applicationId).useCache(false).one().statusId == 'HpfAppInForce'
        ec.entity.find("hpf.compliance.ApplicationReview").condition([applicationId: applicationId, reviewStepEnumId: 'HpfRsApproval']).count() == 1
        ec.entity.find("hpf.compliance.CampaignTarget").condition("targetId", targetId).useCache(false).one().statusId == 'HpfTgtDeferred'
    }
}
