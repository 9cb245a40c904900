package hpf.compliance.moqui

import org.moqui.Moqui
import org.moqui.context.ExecutionContext
import spock.lang.Shared
import spock.lang.Specification

import static hpf.compliance.moqui.FigureFixtures.*

/**
 * hpf.compliance.CampaignFigureServices.get#BranchFigures against the hand-counted FigureFixtures: every figure per
 * branch and in total, today and as of 2026-05-31 (records of that very day count, later ones do not), and the scope
 * (a branch user gets its own branch only; the office every branch).
 */
class CampaignFigureTests extends Specification {
    @Shared ExecutionContext ec

    static final List<String> KEYS = ['targetCount', 'arrearsCount', 'stoppedCount', 'contactedCount', 'letterIssuedCount',
            'letterServedCount', 'interviewCount', 'orderCount', 'courtReferralCount', 'penaltyCount', 'rectifiedCount',
            'recoveredAmount', 'reductionApprovedCount', 'deferralApprovedCount', 'applicationRefusedCount',
            'outstandingCount', 'outstandingAmount']

    /** the figures in KEYS order, counted by hand from FigureFixtures */
    static final List B1_AS_OF = [5, 4, 1, 5, 4, 2, 3, 1, 0, 0, 1, 12500, 1, 0, 1, 3, 17500]
    static final List B2_AS_OF = [2, 1, 1, 2, 2, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 2000]
    static final List B1_TODAY = [6, 5, 1, 5, 4, 3, 3, 1, 1, 0, 2, 18500, 1, 0, 1, 3, 14500]
    static final List B2_TODAY = B2_AS_OF

    def setupSpec() {
        ec = Moqui.getExecutionContext()
        FigureFixtures.setup(ec)
    }

    def cleanupSpec() {
        FigureFixtures.clean(ec)
        if (ec.user.userId) ec.user.logoutUser()
        ec.destroy()
    }

    def cleanup() {
        ec.artifactExecution.enableAuthz()
        ec.message.clearAll()
        if (ec.user.userId) ec.user.logoutUser()
    }

    /** as the screens and REST call it: the user's VIEW on the app inherits to the service (here: authz off) */
    Map figures(String username, Map params) {
        ec.user.internalLoginUser(username)
        ec.artifactExecution.disableAuthz()
        Map out = ec.service.sync().name('hpf.compliance.CampaignFigureServices.get#BranchFigures')
                .parameters([campaignId: CAMPAIGN] + params).call()
        assert !ec.message.hasError(), ec.message.errorsString
        return out
    }

    static List valuesOf(Map row) {
        return KEYS.collect { k -> row[k] instanceof BigDecimal ? ((BigDecimal) row[k]).stripTrailingZeros().toBigInteger() as int : row[k] as int }
    }

    static Map rowOf(Map out, String branchId) { out.branchFigures.find { it.branchId == branchId } as Map }

    def "as of a date the figures count what had happened by the end of that day"() {
        when:
        Map out = figures('hpf.office', [asOfDate: AS_OF])

        then:
        valuesOf(rowOf(out, B1)) == B1_AS_OF
        valuesOf(rowOf(out, B2)) == B2_AS_OF
        rowOf(out, B1).branchName == '图表一部'
        rowOf(out, B1).recoveredAmount == 12500.00G
        rowOf(out, B1).outstandingAmount.scale() == 2
    }

    def "today every record counts"() {
        when:
        Map out = figures('hpf.office', [:])

        then:
        valuesOf(rowOf(out, B1)) == B1_TODAY
        valuesOf(rowOf(out, B2)) == B2_TODAY
    }

    def "the totals sum the rows, and the office gets every branch in branch order"() {
        when:
        Map out = figures('hpf.office', [asOfDate: AS_OF])
        List allBranchIds = ec.entity.find('hpf.compliance.Branch').orderBy(['sequenceNum', 'branchId']).list()*.branchId

        then:
        out.branchFigures*.branchId == allBranchIds
        // the other branches have no targets in this campaign
        valuesOf(out.totals) == [B1_AS_OF, B2_AS_OF].transpose().collect { it.sum() }
        out.totals.keySet().containsAll(KEYS)
    }

    def "a branch user gets its own branch only, even when asking for another"() {
        when:
        Map own = figures(B1_USER, [asOfDate: AS_OF])
        Map other = figures(B1_USER, [asOfDate: AS_OF, branchId: B2])

        then:
        own.branchFigures*.branchId == [B1]
        valuesOf(own.branchFigures[0]) == B1_AS_OF
        valuesOf(own.totals) == B1_AS_OF
        other.branchFigures == []
        valuesOf(other.totals).every { it == 0 }
    }

    def "leaders and audit see every branch; a branch filter narrows the table"() {
        expect:
        figures('hpf.leader', [:]).branchFigures.size() == figures('hpf.audit', [:]).branchFigures.size()
        figures('hpf.leader', [:]).branchFigures*.branchId.containsAll([B1, B2])
        figures('hpf.audit', [branchId: B2, asOfDate: AS_OF]).branchFigures*.branchId == [B2]
        valuesOf(figures('hpf.audit', [branchId: B2, asOfDate: AS_OF]).totals) == B2_AS_OF
    }

    def "an unknown campaign is refused in the user's language"() {
        when:
        ec.user.internalLoginUser('hpf.office')
        ec.artifactExecution.disableAuthz()
        ec.service.sync().name('hpf.compliance.CampaignFigureServices.get#BranchFigures').parameters([campaignId: 'HPFF_NONE']).call()

        then:
        ec.message.errors.any { it.contains('HPFF_NONE') }
    }
}
