package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.RegularizationRules.*;
import static org.junit.jupiter.api.Assertions.*;

class RegularizationRulesTest {
    static final LocalDate SUBMITTED = LocalDate.of(2026, 5, 20);
    static final RegularizationConfig CFG = RegularizationConfig.defaults();

    static BigDecimal pct(String s) {
        return new BigDecimal(s);
    }

    static UnitFacts unit() {
        return new UnitFacts("100200300", pct("0.12"), pct("0.12"), 90, true, null, List.of());
    }

    static RegularizationApplication.Builder reduction() {
        return RegularizationApplication.builder(RegularizationKind.RATE_REDUCTION)
                .requestedEmployerRate(pct("0.05")).requestedEmployeeRate(pct("0.05"))
                .period(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31))
                .reason("订单锐减，连续亏损")
                .profitLoss(pct("-1200000"), pct("-300000"))
                .resolution(WorkerResolution.vote(ResolutionBody.WORKERS_CONGRESS, LocalDate.of(2026, 5, 6), 40, 35, 30, 3))
                .notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), 0, null))
                .attachments(EnumSet.allOf(AttachmentType.class))
                .submittedDate(SUBMITTED);
    }

    static RegularizationApplication.Builder deferral() {
        return reduction().kind(RegularizationKind.DEFERRAL).requestedEmployerRate(null).requestedEmployeeRate(null).deferralMonths(12);
    }

    static List<Violation> check(RegularizationApplication.Builder b) {
        return RegularizationRules.check(b.build(), unit(), CFG);
    }

    static List<Violation> check(RegularizationApplication.Builder b, UnitFacts u) {
        return RegularizationRules.check(b.build(), u, CFG);
    }

    @Test
    void completeApplicationsPass() {
        assertNone(check(reduction()));
        assertNone(check(deferral()));
    }

    @Test
    void kindAndSubmissionDateRequired() {
        assertHas(KIND_REQUIRED, check(reduction().kind(null)));
        assertHas(SUBMITTED_REQUIRED, check(reduction().submittedDate(null)));
    }

    // --- rates ---

    @Test
    void requestedRateBelowFivePercentRefused() {
        Violation v = assertOnly(REQUESTED_EMPLOYER_RATE_BELOW_MIN, check(reduction().requestedEmployerRate(pct("0.04"))));
        assertEquals("requestedEmployerRate", v.field());
        assertEquals("4%", v.args().get("rate"));
        assertOnly(REQUESTED_EMPLOYEE_RATE_BELOW_MIN, check(reduction().requestedEmployeeRate(pct("0.049"))));
    }

    @Test
    void exactlyFivePercentAllowed() {
        assertNone(check(reduction().requestedEmployerRate(pct("0.05")).requestedEmployeeRate(pct("0.050"))));
    }

    @Test
    void requestedRateHigherThanCurrentRefused() {
        UnitFacts u = new UnitFacts("1", pct("0.08"), pct("0.08"), 90, true, null, List.of());
        Violation v = assertOnly(REQUESTED_EMPLOYER_RATE_HIGHER, check(reduction().requestedEmployerRate(pct("0.10")), u));
        assertEquals("10%", v.args().get("rate"));
        assertEquals("8%", v.args().get("current"));
        assertOnly(REQUESTED_EMPLOYEE_RATE_HIGHER, check(reduction().requestedEmployeeRate(pct("0.09")), u));
    }

    @Test
    void oneRateMayStayUnchanged() {
        assertNone(check(reduction().requestedEmployerRate(pct("0.12"))));
        assertNone(check(reduction().requestedEmployeeRate(pct("0.12"))));
    }

    @Test
    void atLeastOneRateMustDrop() {
        Violation v = assertOnly(NO_RATE_LOWERED, check(reduction().requestedEmployerRate(pct("0.12")).requestedEmployeeRate(pct("0.12"))));
        assertEquals("12%", v.args().get("employerCurrent"));
    }

    @Test
    void requestedRatesRequiredForReduction() {
        List<String> c = codes(check(reduction().requestedEmployerRate(null).requestedEmployeeRate(null)));
        assertEquals(List.of(REQUESTED_EMPLOYER_RATE_REQUIRED, REQUESTED_EMPLOYEE_RATE_REQUIRED), c);
    }

    @Test
    void currentRatesMustBeWithinFiveToTwelve() {
        UnitFacts high = new UnitFacts("1", pct("0.15"), pct("0.12"), 90, true, null, List.of());
        assertHas(CURRENT_EMPLOYER_RATE_OUT_OF_RANGE, check(reduction(), high));
        UnitFacts low = new UnitFacts("1", pct("0.12"), pct("0.04"), 90, true, null, List.of());
        assertHas(CURRENT_EMPLOYEE_RATE_OUT_OF_RANGE, check(reduction().requestedEmployeeRate(pct("0.04")), low));
        UnitFacts none = new UnitFacts("1", null, null, 90, true, null, List.of());
        List<String> c = codes(check(reduction(), none));
        assertTrue(c.containsAll(List.of(CURRENT_EMPLOYER_RATE_REQUIRED, CURRENT_EMPLOYEE_RATE_REQUIRED)), c::toString);
        UnitFacts edges = new UnitFacts("1", pct("0.12"), pct("0.06"), 90, true, null, List.of());
        assertNone(check(reduction(), edges));
        UnitFacts atFloor = new UnitFacts("1", pct("0.12"), pct("0.05"), 90, true, null, List.of());
        assertNone(check(reduction().requestedEmployeeRate(pct("0.05")), atFloor));
    }

    @Test
    void renewalWindowIsConfigurable() {
        TermsPeriod inForce = new TermsPeriod(RegularizationKind.RATE_REDUCTION, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), null);
        UnitFacts u = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, true, inForce, List.of());
        RegularizationApplication app = reduction().period(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)).build();
        assertOnly(RENEWAL_OUTSIDE_WINDOW, RegularizationRules.check(app, u, CFG));
        assertNone(RegularizationRules.check(app, u, CFG.withRenewalWindowMonths(2)));
    }

    @Test
    void builderCopies() {
        RegularizationApplication a = reduction().build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(EnumSet.of(AttachmentType.RESOLUTION), RegularizationApplication.builder(RegularizationKind.DEFERRAL)
                .attach(AttachmentType.RESOLUTION).build().attachments());
    }

    @Test
    void deferralIgnoresRates() {
        UnitFacts u = new UnitFacts("1", pct("0.05"), pct("0.05"), 90, true, null, List.of());
        assertNone(check(deferral(), u));
    }

    // --- deferral months and period ---

    @Test
    void deferralMonthsBetweenOneAndMax() {
        assertOnly(DEFERRAL_MONTHS_REQUIRED, check(deferral().deferralMonths(null)));
        assertOnly(DEFERRAL_MONTHS_OUT_OF_RANGE, check(deferral().deferralMonths(0)));
        Violation v = assertOnly(DEFERRAL_MONTHS_OUT_OF_RANGE, check(deferral().deferralMonths(13)));
        assertEquals(12, v.args().get("max"));
        assertNone(check(deferral().deferralMonths(1)));
    }

    @Test
    void deferralMonthsFitInPeriod() {
        RegularizationApplication.Builder b = deferral().deferralMonths(7).period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30));
        Violation v = assertOnly(DEFERRAL_MONTHS_EXCEED_PERIOD, check(b));
        assertEquals(6, v.args().get("periodMonths"));
        assertNone(check(b.deferralMonths(6)));
    }

    @Test
    void periodDatesRequired() {
        assertHas(PERIOD_FROM_REQUIRED, check(reduction().period(null, LocalDate.of(2026, 12, 31))));
        assertHas(PERIOD_THRU_REQUIRED, check(reduction().period(LocalDate.of(2026, 6, 1), null)));
    }

    @Test
    void periodEndAfterStart() {
        assertOnly(PERIOD_THRU_NOT_AFTER_FROM, check(reduction().period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))));
        assertOnly(PERIOD_THRU_NOT_AFTER_FROM, check(reduction().period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1))));
    }

    @Test
    void periodAtMostMaxMonths() {
        Violation v = assertOnly(PERIOD_TOO_LONG, check(reduction().period(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1))));
        assertEquals(13, v.args().get("months"));
        assertNone(check(reduction().period(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31))));
        RegularizationConfig six = CFG.withMaxPeriodMonths(6);
        assertOnly(PERIOD_TOO_LONG, RegularizationRules.check(reduction().build(), unit(), six));
    }

    // --- renewal and duplicates ---

    @Test
    void renewalOnlyInLastMonth() {
        TermsPeriod inForce = new TermsPeriod(RegularizationKind.RATE_REDUCTION, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), null);
        UnitFacts u = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, true, inForce, List.of());
        RegularizationApplication.Builder renewal = reduction().period(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        Violation v = assertOnly(RENEWAL_OUTSIDE_WINDOW, check(renewal.submittedDate(LocalDate.of(2026, 5, 31))
                .notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), 0, null)), u));
        assertEquals(LocalDate.of(2026, 6, 1), v.args().get("windowFrom"));
        assertNone(check(renewal.submittedDate(LocalDate.of(2026, 6, 1)), u));
        assertNone(check(renewal.submittedDate(LocalDate.of(2026, 6, 30)), u));
        // once the terms have ended the unit applies afresh
        assertNone(check(renewal.submittedDate(LocalDate.of(2026, 7, 1)), u));
    }

    @Test
    void renewedPeriodStartsAfterCurrentTerms() {
        TermsPeriod inForce = new TermsPeriod(RegularizationKind.DEFERRAL, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), 12);
        UnitFacts u = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, true, inForce, List.of());
        assertOnly(RENEWAL_OVERLAPS, check(reduction().period(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 5, 31))
                .submittedDate(LocalDate.of(2026, 6, 10)), u));
    }

    @Test
    void noSecondApplicationInProgress() {
        UnitFacts u = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, true, null, List.of("APP-7"));
        Violation v = assertOnly(APPLICATION_IN_PROGRESS, check(reduction(), u));
        assertEquals("APP-7", v.args().get("applications"));
    }

    // --- hardship ---

    @Test
    void reasonAndTwoYearsOfResultsRequired() {
        assertOnly(REASON_REQUIRED, check(reduction().reason("  ")));
        assertOnly(PROFIT_LOSS_LAST_YEAR_REQUIRED, check(reduction().profitLoss(null, BigDecimal.ONE)));
        assertOnly(PROFIT_LOSS_YEAR_BEFORE_REQUIRED, check(reduction().profitLoss(BigDecimal.ONE, null)));
        assertNone(check(reduction().profitLoss(BigDecimal.ZERO, BigDecimal.TEN)));
    }

    // --- resolution ---

    @Test
    void resolutionRequired() {
        assertOnly(RESOLUTION_REQUIRED, check(reduction().resolution(null)));
        assertOnly(RESOLUTION_DATE_REQUIRED, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.TRADE_UNION, null, 9, 9, 9, 0))));
        assertOnly(RESOLUTION_BODY_REQUIRED, check(reduction().resolution(
                new WorkerResolution(null, LocalDate.of(2026, 5, 6), 9, 9, 9, 0, null))));
    }

    @Test
    void voteCountsRequired() {
        List<String> c = codes(check(reduction().resolution(
                new WorkerResolution(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), null, null, null, null, null))));
        assertEquals(List.of(ATTENDANCE_REQUIRED, VOTES_FOR_REQUIRED, VOTES_AGAINST_REQUIRED), c);
    }

    @Test
    void attendanceMoreThanHalfOfMembers() {
        Violation v = assertOnly(ATTENDANCE_NOT_MAJORITY, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.WORKERS_CONGRESS, LocalDate.of(2026, 5, 6), 40, 20, 20, 0))));
        assertEquals(20, v.args().get("attendance"));
        assertEquals(40, v.args().get("members"));
        assertNone(check(reduction().resolution(WorkerResolution.vote(ResolutionBody.WORKERS_CONGRESS, LocalDate.of(2026, 5, 6), 40, 21, 20, 1))));
        // without a member count the quorum cannot be checked and is not invented
        assertNone(check(reduction().resolution(WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), null, 5, 3, 2))));
        assertOnly(ATTENDANCE_EXCEEDS_MEMBERS, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.WORKERS_CONGRESS, LocalDate.of(2026, 5, 6), 40, 41, 41, 0))));
    }

    @Test
    void votesForMoreThanHalfOfAttendance() {
        Violation v = assertOnly(VOTES_FOR_NOT_MAJORITY, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 15, 10))));
        assertEquals(15, v.args().get("votesFor"));
        assertNone(check(reduction().resolution(WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 16, 14))));
    }

    @Test
    void votesCannotExceedAttendance() {
        Violation v = assertOnly(VOTES_EXCEED_ATTENDANCE, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 25, 10))));
        assertEquals(35, v.args().get("votes"));
        assertNone(check(reduction().resolution(WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 20, 10))));
    }

    @Test
    void negativeCountsRefused() {
        assertOnly(COUNT_NEGATIVE, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 25, -1))));
    }

    @Test
    void signaturesOfTwoThirdsWhereNoCongress() {
        UnitFacts noCongress = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, false, null, List.of());
        assertNone(check(reduction().resolution(WorkerResolution.signed(LocalDate.of(2026, 5, 6), 60)), noCongress));
        Violation v = assertOnly(SIGNATURES_BELOW_TWO_THIRDS, check(reduction().resolution(WorkerResolution.signed(LocalDate.of(2026, 5, 6), 59)), noCongress));
        assertEquals(90, v.args().get("workers"));
        UnitFacts unknownWorkers = new UnitFacts("1", pct("0.12"), pct("0.12"), null, false, null, List.of());
        assertOnly(WORKER_COUNT_REQUIRED, check(reduction().resolution(WorkerResolution.signed(LocalDate.of(2026, 5, 6), 60)), unknownWorkers));
        assertOnly(SIGNATURES_REQUIRED, check(reduction().resolution(
                new WorkerResolution(ResolutionBody.WORKER_SIGNATURES, LocalDate.of(2026, 5, 6), null, null, null, null, null)), noCongress));
    }

    @Test
    void negativeSignaturesRefused() {
        UnitFacts noCongress = new UnitFacts("1", pct("0.12"), pct("0.12"), 90, false, null, List.of());
        assertOnly(COUNT_NEGATIVE, check(reduction().resolution(WorkerResolution.signed(LocalDate.of(2026, 5, 6), -1)), noCongress));
    }

    @Test
    void signaturesNotAcceptedWhereCongressExists() {
        assertOnly(SIGNATURES_BUT_CONGRESS, check(reduction().resolution(WorkerResolution.signed(LocalDate.of(2026, 5, 6), 90))));
    }

    @Test
    void resolutionOnOrBeforeNoticeStart() {
        assertNone(check(reduction().resolution(WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 8), 40, 30, 20, 0))));
        Violation v = assertOnly(RESOLUTION_AFTER_NOTICE, check(reduction().resolution(
                WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 9), 40, 30, 20, 0))));
        assertEquals(LocalDate.of(2026, 5, 8), v.args().get("noticeFrom"));
    }

    // --- notice ---

    @Test
    void noticeRequired() {
        assertOnly(NOTICE_REQUIRED, check(reduction().notice(null)));
        assertEquals(List.of(NOTICE_FROM_REQUIRED, NOTICE_THRU_REQUIRED), codes(check(reduction().notice(new PublicNotice(null, null, 0, null)))));
    }

    @Test
    void noticeEndNotBeforeStart() {
        assertOnly(NOTICE_THRU_BEFORE_FROM, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 8), 0, null))
                .resolution(WorkerResolution.vote(ResolutionBody.TRADE_UNION, LocalDate.of(2026, 5, 6), 40, 30, 20, 0))));
    }

    @Test
    void noticeAtLeastMinimumDaysInclusive() {
        Violation v = assertOnly(NOTICE_TOO_SHORT, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 11), 0, null))));
        assertEquals(4L, v.args().get("days"));
        assertNone(check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 12), 0, null))));
        assertOnly(NOTICE_TOO_SHORT, RegularizationRules.check(reduction().build(), unit(), CFG.withMinNoticeDays(10)));
    }

    @Test
    void noticeEndedBeforeSubmission() {
        assertOnly(NOTICE_NOT_ENDED, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), SUBMITTED, 0, null))));
        assertNone(check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), SUBMITTED.minusDays(1), 0, null))));
    }

    @Test
    void objectionsRecordedAndAnswered() {
        assertOnly(OBJECTIONS_REQUIRED, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), null, null))));
        Violation v = assertOnly(OBJECTIONS_RESPONSE_REQUIRED, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), 2, " "))));
        assertEquals(2, v.args().get("objections"));
        assertNone(check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), 2, "已逐一解释，异议人撤回"))));
        assertOnly(COUNT_NEGATIVE, check(reduction().notice(new PublicNotice(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), -1, null))));
    }

    // --- attachments ---

    @Test
    void everyRequiredAttachmentPresent() {
        for (AttachmentType t : AttachmentType.values()) {
            EnumSet<AttachmentType> without = EnumSet.allOf(AttachmentType.class);
            without.remove(t);
            Violation v = Checks.assertOnly(expectedMissing(t), check(reduction().attachments(without)));
            assertEquals("attachments", v.field());
            assertEquals(t.name(), v.args().get("attachment"));
        }
        assertEquals(4, codes(check(reduction().attachments(null))).size());
        RegularizationConfig onlyForm = CFG.withRequiredAttachments(EnumSet.of(AttachmentType.APPLICATION_FORM));
        assertNone(RegularizationRules.check(reduction().attachments(EnumSet.of(AttachmentType.APPLICATION_FORM)).build(), unit(), onlyForm));
    }

    private static String expectedMissing(AttachmentType t) {
        return switch (t) {
            case APPLICATION_FORM -> ATTACHMENT_APPLICATION_FORM_MISSING;
            case RESOLUTION -> ATTACHMENT_RESOLUTION_MISSING;
            case NOTICE_EVIDENCE -> ATTACHMENT_NOTICE_EVIDENCE_MISSING;
            case HARDSHIP_PROOF -> ATTACHMENT_HARDSHIP_PROOF_MISSING;
        };
    }

    @Test
    void emptyApplicationReportsEverythingAtOnce() {
        List<String> c = codes(RegularizationRules.check(RegularizationApplication.builder(RegularizationKind.RATE_REDUCTION).build(), unit(), CFG));
        assertTrue(c.containsAll(List.of(SUBMITTED_REQUIRED, REQUESTED_EMPLOYER_RATE_REQUIRED, PERIOD_FROM_REQUIRED, REASON_REQUIRED,
                RESOLUTION_REQUIRED, NOTICE_REQUIRED, ATTACHMENT_HARDSHIP_PROOF_MISSING)), c::toString);
    }
}
