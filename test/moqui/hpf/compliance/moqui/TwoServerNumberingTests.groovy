package hpf.compliance.moqui

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import hpf.compliance.core.rules.NoticeNumbering
import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.Requires
import spock.lang.Shared

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.time.Duration
import java.time.LocalDate
import java.time.ZoneId
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * A province runs Moqui on more than one JVM against one database: staff of one branch issue guidance letters at the
 * same moment, half of them in this JVM and half through another Moqui server (its REST API) on the same database.
 * Every letter gets a number, and the numbers of the branch and year run on without a gap or a repeat: the counter
 * lives in the database (a row locked for update), never in a JVM.
 *
 * <p>Runs only when HPF_SECOND_SERVER names the base URL of that other server (e.g. http://localhost:18090), which
 * must use the same database as this JVM (PostgreSQL; an embedded H2 cannot be shared), with the demo data loaded.
 */
@Requires({ System.getenv('HPF_SECOND_SERVER') })
class TwoServerNumberingTests extends HpfSpec {
    static final int EACH = 20
    static final String BRANCH_ID = 'YQ01'
    static final String PASSWORD = 'hpf@2026'

    @Shared NoticeNumbering numbering = NoticeNumbering.compile(PushFixtures.PATTERN)
    @Shared String secondServer = System.getenv('HPF_SECOND_SERVER')?.replaceAll('/+$', '')
    @Shared HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()
    @Shared long year = LocalDate.now(ZoneId.of('Asia/Shanghai')).year
    @Shared Long seqBefore

    void setupFixtures() {
        PushFixtures.setup(ec)
        seqBefore = counter()?.lastSeqNum as Long
    }

    void cleanFixtures() {
        PushFixtures.clean(ec)
        // the branch's counter goes back to where the demo data left it, so later runs see the same numbers
        def row = counter()
        if (row != null) {
            if (seqBefore == null) row.delete() else row.set('lastSeqNum', seqBefore).update()
        }
    }

    def counter() {
        ec.entity.find('hpf.compliance.DocumentSequence').condition([documentTypeEnumId: 'HpfDtGuidanceNotice',
                branchId: BRANCH_ID, sequenceYear: year]).useCache(false).forUpdate(false).one()
    }

    /** Issues the letter of a target in this JVM, as the branch user, in a transaction of its own. */
    Map issueHere(String targetId) {
        ExecutionContext tec = Moqui.getExecutionContext()
        try {
            tec.user.internalLoginUser(PushFixtures.YQ01_USER)
            tec.artifactExecution.disableAuthz()
            tec.transaction.begin(600)
            Map out = tec.service.sync().name('hpf.compliance.NoticeServices.issue#GuidanceNotice')
                    .parameters([targetId: targetId]).call()
            boolean failed = tec.message.hasError()
            List errors = new ArrayList(tec.message.errors)
            if (failed) tec.transaction.rollback('the call failed', null) else tec.transaction.commit()
            return [targetId: targetId, where: 'here', number: out?.noticeNumber, error: failed, errors: errors]
        } catch (Throwable t) {
            if (tec.transaction.isTransactionInPlace()) tec.transaction.rollback('the call failed', t)
            return [targetId: targetId, where: 'here', error: true, errors: [t.toString()]]
        } finally {
            tec.message.clearAll()
            if (tec.user.userId) tec.user.logoutUser()
            tec.destroy()
        }
    }

    /** Issues the letter of a target through the other server's REST API, as the same branch user. */
    Map issueThere(String targetId) {
        String auth = Base64.encoder.encodeToString("${PushFixtures.YQ01_USER}:${PASSWORD}".getBytes(StandardCharsets.UTF_8))
        HttpRequest req = HttpRequest.newBuilder(URI.create("${secondServer}/rest/s1/hpf/targets/${targetId}/notices"))
                .header('Authorization', 'Basic ' + auth).header('Content-Type', 'application/json')
                .header('Accept-Language', 'zh-CN').timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofString(JsonOutput.toJson([:]))).build()
        try {
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            Map body = res.body() ? (new JsonSlurper().parseText(res.body()) as Map) : [:]
            boolean failed = res.statusCode() != 200
            return [targetId: targetId, where: 'there', number: body.noticeNumber, error: failed,
                    errors: failed ? [res.statusCode(), body.errors ?: res.body()?.take(300)] : []]
        } catch (Throwable t) {
            return [targetId: targetId, where: 'there', error: true, errors: [t.toString()]]
        }
    }

    def "letters issued at once in two JVMs on one database get consecutive numbers, each once"() {
        given: "the other server answers, and forty targets of one branch wait for their letters"
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("${secondServer}/Login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
        assert ping.statusCode() == 200 : "the second server ${secondServer} does not answer"
        List<String> targetIds = (1..(2 * EACH)).collect { PushFixtures.target(ec, BRANCH_ID) }
        long first = (seqBefore ?: 0L) + 1L

        when: "half are issued here and half there, all released at the same moment"
        CountDownLatch go = new CountDownLatch(1)
        CountDownLatch done = new CountDownLatch(targetIds.size())
        List<Map> results = Collections.synchronizedList([])
        targetIds.eachWithIndex { String targetId, int i ->
            Thread.start {
                try {
                    go.await(120, TimeUnit.SECONDS)
                    results.add(i % 2 == 0 ? issueHere(targetId) : issueThere(targetId))
                } finally {
                    done.countDown()
                }
            }
        }
        go.countDown()
        done.await(600, TimeUnit.SECONDS)
        List<Map> ok = results.findAll { !it.error }
        List<Long> seqs = ok.collect { numbering.parse(it.number as String).get().seq() as Long }.sort()
        println "two JVMs: ${ok.count { it.where == 'here' }} letters numbered here, ${ok.count { it.where == 'there' }} there; " +
                "failures: ${results.findAll { it.error }.take(3)}"

        then: "every letter has a number of the branch and year, and together they run on from the counter without a gap"
        results.size() == 2 * EACH
        results.findAll { it.error }.isEmpty()
        ok.count { it.where == 'there' } == EACH
        seqs == (first..(first + 2 * EACH - 1)).toList()
        ok.every { numbering.parse(it.number as String).get().year() == year }
        counter().lastSeqNum == first + 2 * EACH - 1
        ec.entity.find('hpf.compliance.GuidanceNotice').condition('targetId', 'in', targetIds).useCache(false).count() == 2 * EACH
    }
}
